/**
 * The worker thread of the scan pipeline: it receives batches of file contents, analyses them with
 * the selected analyzer and answers with the stored outcomes. It holds no state between batches.
 */
import { serveTasks } from '../workers/task-worker.js';
import { analyzeContent, selectAnalyzer } from './analyzer.js';
import type { AnalyzeBatch } from './worker-protocol.js';

const analyzer = selectAnalyzer();

serveTasks((batch: AnalyzeBatch) => batch.files.map((f) => analyzeContent(analyzer, f.name, f.bytes)));
