/**
 * The worker thread of the scan pipeline: it receives file contents, analyses them with the
 * selected analyzer and answers with the stored outcome. It holds no state between files.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeContent, selectAnalyzer } from './analyzer.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

const analyzer = selectAnalyzer();

parentPort?.on('message', (request: WorkerRequest) => {
  const outcome = analyzeContent(analyzer, request.name, request.bytes);
  const reply: WorkerReply = { id: request.id, ...outcome };
  parentPort?.postMessage(reply);
});
