/**
 * The worker thread of the scan pipeline: it receives file contents, analyses them with the
 * selected analyzer and answers with the stored outcome. It holds no state between files.
 */
import { serveTasks } from '../workers/task-worker.js';
import { analyzeContent, selectAnalyzer } from './analyzer.js';
import type { AnalyzeRequest } from './worker-protocol.js';

const analyzer = selectAnalyzer();

serveTasks((request: AnalyzeRequest) => analyzeContent(analyzer, request.name, request.bytes));
