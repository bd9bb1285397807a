/**
 * The messages between a TaskPool and its worker threads, and how an error thrown by a task
 * crosses the thread boundary: its name, message and the fields of a Node system error (code,
 * errno, syscall, path) survive; the receiving side decides which class to rebuild it as.
 */

/** TaskMessage asks a worker to run one task. */
export interface TaskMessage<Request> {
  id: number;
  request: Request;
}

/** SerializedError is an error as it crosses from a worker. */
export interface SerializedError {
  name: string;
  message: string;
  code?: string;
  errno?: number;
  syscall?: string;
  path?: string;
}

/** TaskResultMessage answers the task with the same id: a reply, or the error it threw. */
export type TaskResultMessage<Reply> = { id: number; ok: true; reply: Reply } | { id: number; ok: false; error: SerializedError };

/** serializeError keeps what a caller may look at of err. */
export function serializeError(err: unknown): SerializedError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const system = err as NodeJS.ErrnoException;
  const out: SerializedError = { name: err.name, message: err.message };
  if (typeof system.code === 'string') out.code = system.code;
  if (typeof system.errno === 'number') out.errno = system.errno;
  if (typeof system.syscall === 'string') out.syscall = system.syscall;
  if (typeof system.path === 'string') out.path = system.path;
  return out;
}

/** TaskError is an error thrown by a task on a worker thread; name is the original error's name. */
export class TaskError extends Error {
  readonly code?: string;
  readonly errno?: number;
  readonly syscall?: string;
  readonly path?: string;

  constructor(serialized: SerializedError) {
    super(serialized.message);
    this.name = serialized.name;
    this.code = serialized.code;
    this.errno = serialized.errno;
    this.syscall = serialized.syscall;
    this.path = serialized.path;
  }
}

/** WorkerCrashError fails the tasks of a worker thread that died; message says why it died. */
export class WorkerCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashError';
  }
}
