import { existsSync } from 'node:fs';
import { GoradarError } from '../errors.js';
import { TaskPool } from '../workers/task-pool.js';
import { builtWorkerScript } from '../workers/worker-script.js';
import { analyzeContent, selectAnalyzer, type AnalysisOutcome, type FileAnalyzer } from './analyzer.js';
import type { AnalyzeBatch, AnalyzeRequest } from './worker-protocol.js';

/**
 * workerEntryPath returns the compiled worker script. From the build it sits beside this module;
 * when this module runs from the TypeScript sources (tests), the compiled copy in dist/ is used.
 */
export function workerEntryPath(moduleUrl: string = import.meta.url): string {
  return builtWorkerScript(moduleUrl, 'analyze-worker.js');
}

// A batch goes out when it holds this many files or bytes, or at the next turn of the event loop.
const BATCH_FILES = 16;
const BATCH_BYTES = 512 * 1024;

interface Pending {
  request: AnalyzeRequest;
  resolve(outcome: AnalysisOutcome): void;
}

/**
 * WorkerPool analyses file contents on worker threads (threads = 0 analyses on the calling thread).
 * Contents travel in batches, one message for several files, and are transferred, not copied. A
 * worker that dies fails only its own pending files, which are recorded as analysis errors, and is
 * replaced.
 */
export class WorkerPool {
  readonly analyzerId: string;
  private readonly pool: TaskPool<AnalyzeBatch, AnalysisOutcome[]> | undefined;
  private readonly inline: FileAnalyzer | undefined;
  private batch: Pending[] = [];
  private batchBytes = 0;
  private flushTurn: ReturnType<typeof setImmediate> | undefined;

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
    // Each file's parse tree is garbage once its signals are out: a larger young generation
    // collects less often (about 4% less CPU over a large tree). The parser recurses once per
    // nesting level: a 128 MB stack (reserved, touched only as deep as a file goes) reaches
    // go/parser's own limit of 100,000 levels, where Node's default 4 MB stops near 5,000.
    this.pool = new TaskPool({ script, threads, youngGenerationMb: 64, stackSizeMb: 128 });
  }

  /** analyze analyses one file content on the least busy worker, in a batch with its neighbours. */
  analyze(name: string, bytes: Uint8Array): Promise<AnalysisOutcome> {
    if (!this.pool) return Promise.resolve(analyzeContent(this.inline as FileAnalyzer, name, bytes));
    return new Promise<AnalysisOutcome>((resolve) => {
      this.batch.push({ request: { name, bytes }, resolve });
      this.batchBytes += bytes.byteLength;
      if (this.batch.length >= BATCH_FILES || this.batchBytes >= BATCH_BYTES) this.flush();
      else this.flushTurn ??= setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    if (this.flushTurn) clearImmediate(this.flushTurn);
    this.flushTurn = undefined;
    const jobs = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    if (jobs.length === 0 || !this.pool) return;
    // A content that owns its whole buffer moves to the worker; a slice of a shared one is copied.
    const transfer = new Set<ArrayBuffer>();
    for (const { bytes } of jobs.map((j) => j.request)) if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) transfer.add(bytes.buffer as ArrayBuffer);
    this.pool.run({ files: jobs.map((j) => j.request) }, [...transfer]).then(
      (outcomes) => jobs.forEach((j, i) => j.resolve(outcomes[i] ?? { signalsJson: null, error: 'analysis: no outcome from the worker' })),
      (err: Error) => jobs.forEach((j) => j.resolve({ signalsJson: null, error: `analysis: worker failed: ${err.message}` })),
    );
  }

  /** close stops every worker. */
  async close(): Promise<void> {
    this.flush();
    await this.pool?.close();
  }
}
