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
import { ZipFormatError } from './zip-reader.js';
import { runZipTask, type ZipTask } from './zip-tasks.js';
import { ExtractError } from './zip-tree.js';

/** ZipWorkers run zip and tree work; see the file comment. */
export interface ZipWorkers {
  /** hashZip returns the `h1:` hash of the zip in zip. */
  hashZip(zip: Buffer): Promise<string>;
  /** hashZipFile returns the `h1:` hash of the zip at file. */
  hashZipFile(file: string): Promise<string>;
  /** hashDir returns the `h1:` hash of the tree at dir, its files named `prefix/<path>`; sizeHint is about how many bytes it holds. */
  hashDir(dir: string, prefix: string, sizeHint?: number): Promise<string>;
  /** extract writes the files of the checked zip in zip, named `<prefix><name>`, to dir. */
  extract(zip: Buffer, prefix: string, dir: string): Promise<void>;
  /** close stops the worker threads. */
  close(): Promise<void>;
}

const inline = async (task: ZipTask): Promise<string> => runZipTask(task);

/** INLINE_ZIP_WORKERS does every job on the calling thread. */
export const INLINE_ZIP_WORKERS: ZipWorkers = {
  hashZip: (zip) => inline({ op: 'hash-zip', zip }),
  hashZipFile: (file) => inline({ op: 'hash-zip-file', file }),
  hashDir: (dir, prefix) => inline({ op: 'hash-dir', dir, prefix }),
  extract: async (zip, prefix, dir) => void (await inline({ op: 'extract', zip, prefix, dir })),
  close: async () => undefined,
};

const ERROR_CLASSES: Record<string, new (message: string) => Error> = { DirHashError, ZipFormatError, ExtractError };

// A task's error comes back as a TaskError: rebuild the class the work throws in place.
function revive(err: unknown): never {
  const Class = err instanceof TaskError ? ERROR_CLASSES[err.name] : undefined;
  throw Class ? new Class((err as Error).message) : err;
}

/** ZipWorkerOptions configure createZipWorkers. */
export interface ZipWorkerOptions {
  /** threads is the most worker threads (default: one per core, at most 4; 0 does everything in place). */
  threads?: number;
  /** inlineBelow is the job size in bytes under which work stays on the calling thread (default 512 KiB). */
  inlineBelow?: number;
}

class ThreadedZipWorkers implements ZipWorkers {
  private readonly pool: TaskPool<ZipTask, string>;

  constructor(
    script: string,
    threads: number,
    private readonly inlineBelow: number,
  ) {
    // One job at a time per worker: jobs are large and uneven, so they wait here, not in a worker's queue.
    this.pool = new TaskPool({ script, threads, maxInFlight: 1, lazy: true });
  }

  private run(task: ZipTask, size: number): Promise<string> {
    if (size < this.inlineBelow) return inline(task);
    let transfer: ArrayBuffer[] = [];
    if ('zip' in task) {
      // The bytes travel as their own copy, moved rather than cloned a second time.
      const copy = new Uint8Array(task.zip);
      task = { ...task, zip: copy };
      transfer = [copy.buffer];
    }
    return this.pool.run(task, transfer).catch(revive);
  }

  hashZip(zip: Buffer): Promise<string> {
    return this.run({ op: 'hash-zip', zip }, zip.length);
  }

  async hashZipFile(file: string): Promise<string> {
    const size = await stat(file).then(
      (info) => info.size,
      () => Infinity,
    );
    return this.run({ op: 'hash-zip-file', file }, size);
  }

  hashDir(dir: string, prefix: string, sizeHint = Infinity): Promise<string> {
    return this.run({ op: 'hash-dir', dir, prefix }, sizeHint);
  }

  async extract(zip: Buffer, prefix: string, dir: string): Promise<void> {
    await this.run({ op: 'extract', zip, prefix, dir }, zip.length);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/**
 * createZipWorkers returns ZipWorkers on up to `threads` worker threads, started as work needs them.
 * Without a built worker script (running from the sources, unbuilt) the work stays in place.
 */
export function createZipWorkers(options: ZipWorkerOptions = {}): ZipWorkers {
  const threads = options.threads ?? Math.min(4, availableParallelism());
  const script = builtWorkerScript(import.meta.url, 'zip-worker.js');
  if (threads <= 0 || !existsSync(script)) return INLINE_ZIP_WORKERS;
  return new ThreadedZipWorkers(script, threads, options.inlineBelow ?? 512 * 1024);
}
