import { existsSync } from 'node:fs';
import { GoradarError } from '../errors.js';
import { TaskPool } from '../workers/task-pool.js';
import { builtWorkerScript } from '../workers/worker-script.js';
import { analyzeContent, selectAnalyzer, type AnalysisOutcome, type FileAnalyzer } from './analyzer.js';
import type { AnalyzeRequest } from './worker-protocol.js';

/**
 * workerEntryPath returns the compiled worker script. From the build it sits beside this module;
 * when this module runs from the TypeScript sources (tests), the compiled copy in dist/ is used.
 */
export function workerEntryPath(moduleUrl: string = import.meta.url): string {
  return builtWorkerScript(moduleUrl, 'analyze-worker.js');
}

/**
 * WorkerPool analyses file contents on worker threads (threads = 0 analyses on the calling thread).
 * Contents are transferred, not copied. A worker that dies fails only its own pending files, which
 * are recorded as analysis errors, and is replaced.
 */
export class WorkerPool {
  readonly analyzerId: string;
  private readonly pool: TaskPool<AnalyzeRequest, AnalysisOutcome> | undefined;
  private readonly inline: FileAnalyzer | undefined;

  constructor(threads: number) {
    const analyzer = selectAnalyzer();
    this.analyzerId = analyzer.id;
    if (threads <= 0) {
      this.inline = analyzer;
      return;
    }
    const script = workerEntryPath();
    if (!existsSync(script)) {
      throw new GoradarError('ERR_INTERNAL', `scan worker ${script} is missing`, { hint: 'build goradar first (npm run build)' });
    }
    this.pool = new TaskPool({ script, threads });
  }

  /** analyze analyses one file content on the least busy worker. */
  analyze(name: string, bytes: Uint8Array): Promise<AnalysisOutcome> {
    if (!this.pool) return Promise.resolve(analyzeContent(this.inline as FileAnalyzer, name, bytes));
    const transferable = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    return this.pool
      .run({ name, bytes }, transferable ? [bytes.buffer as ArrayBuffer] : [])
      .catch((err: Error) => ({ signalsJson: null, error: `analysis: worker failed: ${err.message}` }));
  }

  /** close stops every worker. */
  async close(): Promise<void> {
    await this.pool?.close();
  }
}
