/**
 * ZipWorkers spread the heavy byte work of fetching and verifying (inflating, hashing, writing
 * files) over worker threads, as `go mod download` and `go mod verify` spread it over every core.
 * Small jobs run on the calling thread, where a round trip to a worker would cost more than the job.
 * Errors arrive as the same classes with the same messages as when the work runs in place.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { TaskPool } from '../workers/task-pool.js';
import { TaskError } from '../workers/task-protocol.js';
import { builtWorkerScript } from '../workers/worker-script.js';
import { DirHashError } from './dirhash.js';
import { ZipFormatError } from './zip-inflate.js';
import { runZipTask, type ZipSource, type ZipTask } from './zip-tasks.js';
import { ExtractError } from './zip-tree.js';

/** ZipInput is a zip in memory, or the file that holds one (and, when known, its bytes or its size). */
export type ZipInput = Buffer | { file: string; bytes?: Buffer; size?: number };

/** ZipWorkers run zip and tree work; see the file comment. */
export interface ZipWorkers {
  /** hashZip returns the `h1:` hash of the zip. */
  hashZip(zip: ZipInput): Promise<string>;
  /**
   * hashDir returns the `h1:` hash of the tree at dir, its files named `prefix/<path>`; sizeHint (the
   * size of its zip) says about how much work that is.
   */
  hashDir(dir: string, prefix: string, sizeHint?: number): Promise<string>;
  /** extract writes the files of the checked zip, named `<prefix><name>`, to dir. */
  extract(zip: ZipInput, prefix: string, dir: string): Promise<void>;
  /** makeReadOnly removes the write bits of every directory of the tree at dir. */
  makeReadOnly(dir: string): Promise<void>;
  /** warm starts the worker threads ahead of the work. */
  warm(): void;
  /** close stops the worker threads. */
  close(): Promise<void>;
}

// In place, a job runs synchronously to its end, so the reused memory it touches is never shared.
const inline = async (task: ZipTask): Promise<string> => runZipTask(task);

// In place, bytes already in memory are used; a worker reads the file itself rather than get a copy.
const toSource = (zip: ZipInput, inPlace: boolean): ZipSource => {
  if (Buffer.isBuffer(zip)) return { bytes: zip };
  return inPlace && zip.bytes ? { bytes: zip.bytes } : { file: zip.file };
};

/** INLINE_ZIP_WORKERS does every job on the calling thread. */
export const INLINE_ZIP_WORKERS: ZipWorkers = {
  hashZip: (zip) => inline({ op: 'hash-zip', zip: toSource(zip, true) }),
  hashDir: (dir, prefix) => inline({ op: 'hash-dir', dir, prefix }),
  extract: async (zip, prefix, dir) => void (await inline({ op: 'extract', zip: toSource(zip, true), prefix, dir })),
  makeReadOnly: async (dir) => void (await inline({ op: 'read-only', dir })),
  warm: () => undefined,
  close: async () => undefined,
};

const ERROR_CLASSES: Record<string, new (message: string) => Error> = { DirHashError, ZipFormatError, ExtractError, Error, TypeError, RangeError };

// A task's error comes back as a TaskError: rebuild the class the work throws in place, with the
// fields of a system error (code, errno, syscall, path) where it had them.
function revive(err: unknown): never {
  const Class = err instanceof TaskError ? ERROR_CLASSES[err.name] : undefined;
  if (!Class) throw err;
  const { code, errno, syscall, path } = err as TaskError;
  const fields = Object.fromEntries(Object.entries({ code, errno, syscall, path }).filter(([, v]) => v !== undefined));
  throw Object.assign(new Class((err as Error).message), fields);
}

const knownSize = (zip: ZipInput): number | undefined => (Buffer.isBuffer(zip) ? zip.length : (zip.bytes?.length ?? zip.size));

const statSize = (file: string): Promise<number> =>
  stat(file).then(
    (info) => info.size,
    () => Infinity,
  );

class ThreadedZipWorkers implements ZipWorkers {
  private readonly pool: TaskPool<ZipTask, string>;

  constructor(
    script: string,
    private readonly options: Required<ZipWorkerOptions>,
  ) {
    // One job at a time per worker: jobs are large and uneven, so they wait here, not in a worker's queue.
    this.pool = new TaskPool({ script, threads: options.threads, maxInFlight: 1, lazy: true }, options.shareCallingThread ? runZipTask : undefined);
  }

  // weight is the job's share of work for the pool's scheduling; size decides whether it stays here.
  private run(task: ZipTask, size: number, weight = 0): Promise<string> {
    if (size < this.options.inlineBelow) return inline(task);
    let transfer: ArrayBuffer[] = [];
    if ('zip' in task && 'bytes' in task.zip) {
      // The bytes travel as their own copy, moved rather than cloned a second time.
      const bytes = new Uint8Array(task.zip.bytes);
      task = { ...task, zip: { bytes } };
      transfer = [bytes.buffer];
    }
    return this.pool.run(task, transfer, weight).catch(revive);
  }

  hashZip(zip: ZipInput): Promise<string> {
    // Inflating and hashing a zip is about twice the work of hashing the tree it holds.
    const hashOfSize = (size: number) => this.run({ op: 'hash-zip', zip: toSource(zip, size < this.options.inlineBelow) }, size, 2 * size);
    // With the size known there is no wait before queueing, so jobs queue in the order asked for.
    const size = knownSize(zip);
    return size !== undefined ? hashOfSize(size) : statSize((zip as { file: string }).file).then(hashOfSize);
  }

  hashDir(dir: string, prefix: string, sizeHint = Infinity): Promise<string> {
    return this.run({ op: 'hash-dir', dir, prefix }, sizeHint, Number.isFinite(sizeHint) ? sizeHint : 0);
  }

  // Writing files costs system calls per file more than bytes: however small the zip, a worker does it.
  async extract(zip: ZipInput, prefix: string, dir: string): Promise<void> {
    await this.run({ op: 'extract', zip: toSource(zip, false), prefix, dir }, Infinity);
  }

  async makeReadOnly(dir: string): Promise<void> {
    await this.run({ op: 'read-only', dir }, Infinity);
  }

  warm(): void {
    this.pool.warm(this.options.threads);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** ZipWorkerOptions configure createZipWorkers. */
export interface ZipWorkerOptions {
  /**
   * threads is the most worker threads; 0 does everything in place. Default: one per core but the
   * calling thread's (which has its own work, or shares this), at least 1 and at most 4.
   */
  threads?: number;
  /** inlineBelow is the job size in bytes under which work stays on the calling thread (default 512 KiB). */
  inlineBelow?: number;
  /**
   * shareCallingThread runs a job in place whenever no worker has room for it (each worker takes
   * one job at a time, a starting one included), for callers whose thread has nothing else to do.
   */
  shareCallingThread?: boolean;
}

/**
 * createZipWorkers returns ZipWorkers on up to `threads` worker threads, started as work needs them.
 * Without a built worker script (running from the sources, unbuilt) the work stays in place.
 */
export function createZipWorkers(options: ZipWorkerOptions = {}): ZipWorkers {
  const shareCallingThread = options.shareCallingThread ?? false;
  const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const script = builtWorkerScript(import.meta.url, 'zip-worker.js');
  if (threads <= 0 || !existsSync(script)) return INLINE_ZIP_WORKERS;
  return new ThreadedZipWorkers(script, { threads, inlineBelow: options.inlineBelow ?? 512 * 1024, shareCallingThread });
}
