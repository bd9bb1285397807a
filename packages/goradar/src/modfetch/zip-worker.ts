/** The worker thread of ZipWorkers: it runs ZipTasks and holds no state between them. */
import { serveTasks } from '../workers/task-worker.js';
import { runZipTask } from './zip-tasks.js';

serveTasks(runZipTask);
