import type { ProblemKind, Store } from '../store/types.js';
import { gitBlobHash } from './content-hash.js';
import type { TreeFile, TreeReader } from './tree-reader.js';
import type { WorkerPool } from './worker-pool.js';
import { errorMessage } from './worktree-reader.js';
import type { ScanStats } from './scan-stats.js';

/** AnalysisLimits bound one file and the work in flight. */
export interface AnalysisLimits {
  /** maxFileBytes: larger files are recorded as 'too-large' and not read. */
  maxFileBytes: number;
  /** maxInFlight: files read but not yet analysed, at most. */
  maxInFlight: number;
}

/** AnalysedFile is where a file's content ended up: its hash, or the problem that stopped it. */
export type AnalysedFile = { path: string; hash: string } | { path: string; problem: { kind: ProblemKind; message: string } };

/** AnalysisContext is what analyseFiles needs around it. */
export interface AnalysisContext {
  store: Store;
  pool: WorkerPool;
  limits: AnalysisLimits;
  stats: ScanStats;
  onProgress: () => void;
}

/**
 * analyseFiles makes sure every file's content has stored signals: content already analysed (in
 * any run, repository or snapshot) is not read again when its hash is known up front (git trees)
 * and not analysed again in any case. Results are stored as they arrive, so an interrupted scan
 * keeps them. At most limits.maxInFlight contents are held in memory at once.
 */
export async function analyseFiles(ctx: AnalysisContext, reader: TreeReader, files: readonly TreeFile[]): Promise<AnalysedFile[]> {
  const results: AnalysedFile[] = new Array(files.length);
  const known = ctx.store.knownContent(files.flatMap((f) => (f.hash ? [f.hash] : [])), ctx.pool.analyzerId);
  const inFlight = new Map<string, Promise<void>>();
  const buffer = new ResultBuffer(ctx);
  // A counting gate, not Promise.race over the running set: racing n promises for each of m files
  // attaches n·m reactions.
  const tasks: Array<Promise<void>> = [];
  const waiting: Array<() => void> = [];
  let running = 0;
  let failure: { error: unknown } | undefined;
  for (let i = 0; i < files.length && !failure; i++) {
    while (running >= ctx.limits.maxInFlight) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    const file = files[i] as TreeFile;
    const task = analyseOne({ ctx, reader, file, known, inFlight, buffer })
      .then(
        (r) => void (results[i] = r),
        (error: unknown) => void (failure ??= { error }),
      )
      .finally(() => {
        running--;
        waiting.shift()?.();
      });
    tasks.push(task);
  }
  await Promise.all(tasks);
  if (failure) throw failure.error;
  buffer.flush();
  return results;
}

interface OneFile {
  ctx: AnalysisContext;
  reader: TreeReader;
  file: TreeFile;
  known: Set<string>;
  inFlight: Map<string, Promise<void>>;
  buffer: ResultBuffer;
}

async function analyseOne(job: OneFile): Promise<AnalysedFile> {
  const { ctx, file } = job;
  ctx.stats.goFiles++;
  if (file.size > ctx.limits.maxFileBytes) {
    return { path: file.path, problem: { kind: 'too-large', message: `${file.size} bytes exceeds the ${ctx.limits.maxFileBytes}-byte limit` } };
  }
  if (file.hash && isKnown(job, file.hash)) return reused(job, file.path, file.hash);
  let bytes: Uint8Array;
  try {
    bytes = await job.reader.read(file);
  } catch (err) {
    return { path: file.path, problem: { kind: 'unreadable', message: errorMessage(err) } };
  }
  const hash = file.hash ?? gitBlobHash(bytes);
  if (isKnown(job, hash)) return reused(job, file.path, hash);
  const size = bytes.length;
  const pending = ctx.pool.analyze(file.path, bytes).then((outcome) => {
    job.buffer.add({ contentHash: hash, analyzer: ctx.pool.analyzerId, size, ...outcome });
    job.known.add(hash);
    ctx.stats.filesAnalysed++;
    ctx.stats.bytesAnalysed += size;
    ctx.onProgress();
  });
  job.inFlight.set(hash, pending);
  await pending;
  job.inFlight.delete(hash);
  return { path: file.path, hash };
}

function isKnown(job: OneFile, hash: string): boolean {
  if (job.known.has(hash) || job.inFlight.has(hash)) return true;
  if (job.ctx.store.knownContent([hash], job.ctx.pool.analyzerId).size > 0) {
    job.known.add(hash);
    return true;
  }
  return false;
}

async function reused(job: OneFile, path: string, hash: string): Promise<AnalysedFile> {
  await job.inFlight.get(hash);
  job.ctx.stats.filesReused++;
  job.ctx.onProgress();
  return { path, hash };
}

/** ResultBuffer writes analysis results in batches, one transaction per batch. */
class ResultBuffer {
  private rows: Parameters<Store['putFileSignals']>[0][number][] = [];
  constructor(private readonly ctx: AnalysisContext) {}

  add(row: ResultBuffer['rows'][number]): void {
    this.rows.push(row);
    if (this.rows.length >= 256) this.flush();
  }

  flush(): void {
    if (this.rows.length === 0) return;
    this.ctx.store.putFileSignals(this.rows);
    this.rows = [];
  }
}
