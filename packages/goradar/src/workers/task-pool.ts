/**
 * A pool of worker threads that run one kind of task. A task goes to the least busy worker with
 * room for it (maxInFlight tasks each), else waits its turn; each reply settles the task with the
 * same id. Workers start up front, or one at a time as work finds none idle. A worker that dies
 * fails only its own tasks and is replaced. An idle pool never keeps the process alive.
 * With a calling-thread handler, the calling thread works too: it takes a waiting task, one at a
 * time between turns of its event loop, whenever no worker has room for it. A worker still starting
 * counts as one that is up: what it is sent waits for it. Tasks may carry a weight (how much work
 * they are): workers take the heaviest waiting task first, the calling thread the lightest, so the
 * thread that also hands out work is never long away from it.
 */
import { Worker, type TransferListItem, type WorkerOptions } from 'node:worker_threads';
import { TaskError, WorkerCrashError, type TaskMessage, type TaskResultMessage } from './task-protocol.js';

/** TaskPoolOptions configure a TaskPool. */
export interface TaskPoolOptions {
  /** script is the compiled worker script, which calls serveTasks (see builtWorkerScript). */
  script: string;
  /** threads is the most worker threads the pool runs (at least 1). */
  threads: number;
  /** maxInFlight bounds the tasks handed to one worker at a time (default: no bound). */
  maxInFlight?: number;
  /** lazy starts a worker only when a task finds none idle (default: all start at once). */
  lazy?: boolean;
  /**
   * youngGenerationMb sizes each worker's young generation (V8's default otherwise). Work that makes
   * much short-lived garbage per task (a parse tree per file) collects less often with more room.
   */
  youngGenerationMb?: number;
  /** stackSizeMb sizes each worker's stack (Node's default, 4 MB, otherwise): deep recursion needs more. */
  stackSizeMb?: number;
}

/** CallingThreadHandler runs a task on the calling thread (errors reject the task as thrown). */
export type CallingThreadHandler<Request, Reply> = (request: Request) => Reply;

interface Job<Request, Reply> {
  id: number;
  weight: number;
  request: Request;
  transfer: readonly TransferListItem[];
  resolve(reply: Reply): void;
  reject(err: Error): void;
}

interface Slot<Request, Reply> {
  worker: Worker;
  inFlight: Map<number, Job<Request, Reply>>;
}

const closedError = () => new Error('task pool is closed');

/** TaskPool runs tasks on worker threads; see the file comment for how it schedules them. */
export class TaskPool<Request, Reply> {
  private readonly slots: Array<Slot<Request, Reply>> = [];
  private readonly waiting: Array<Job<Request, Reply>> = [];
  private readonly maxInFlight: number;
  private nextId = 1;
  private closed = false;
  private callingThreadTurn: ReturnType<typeof setImmediate> | undefined;

  constructor(
    private readonly options: TaskPoolOptions,
    private readonly callingThread?: CallingThreadHandler<Request, Reply>,
  ) {
    if (!(options.threads >= 1)) throw new RangeError(`a task pool needs at least one thread, not ${options.threads}`);
    this.maxInFlight = options.maxInFlight ?? Infinity;
    if (!options.lazy) this.warm(options.threads);
  }

  /** started is how many worker threads are running. */
  get started(): number {
    return this.slots.length;
  }

  /** warm starts workers until count (at most threads) are running, ahead of the work. */
  warm(count: number): void {
    while (!this.closed && this.slots.length < Math.min(count, this.options.threads)) this.slots.push(this.startSlot());
  }

  /** run sends request to a worker (moving the transfer list) and resolves with its reply. */
  run(request: Request, transfer: readonly TransferListItem[] = [], weight = 0): Promise<Reply> {
    if (this.closed) return Promise.reject(closedError());
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, weight, request, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** close stops every worker; tasks not yet answered fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(closedError());
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = this.slotWithRoom();
      if (!slot) break;
      const job = this.takeWaiting((a, b) => a.weight > b.weight);
      slot.inFlight.set(job.id, job);
      if (slot.inFlight.size === 1) slot.worker.ref();
      const message: TaskMessage<Request> = { id: job.id, request: job.request };
      try {
        slot.worker.postMessage(message, job.transfer);
      } catch (err) {
        this.settle(slot, { id: job.id, ok: false, error: { name: 'DataCloneError', message: (err as Error).message } });
      }
    }
    if (this.callingThread && this.waiting.length > 0) this.callingThreadTurn ??= setImmediate(() => this.runOnCallingThread());
  }

  // Between two tasks the event loop turns, so replies and ready workers are seen in time.
  private runOnCallingThread(): void {
    this.callingThreadTurn = undefined;
    this.dispatch();
    if (this.waiting.length === 0) return;
    const job = this.takeWaiting((a, b) => a.weight < b.weight);
    try {
      job.resolve((this.callingThread as CallingThreadHandler<Request, Reply>)(job.request));
    } catch (err) {
      job.reject(err as Error);
    }
    this.dispatch();
  }

  // The first waiting task that no later one beats.
  private takeWaiting(beats: (a: Job<Request, Reply>, b: Job<Request, Reply>) => boolean): Job<Request, Reply> {
    let best = 0;
    for (let i = 1; i < this.waiting.length; i++) if (beats(this.waiting[i] as Job<Request, Reply>, this.waiting[best] as Job<Request, Reply>)) best = i;
    return this.waiting.splice(best, 1)[0] as Job<Request, Reply>;
  }

  private slotWithRoom(): Slot<Request, Reply> | undefined {
    let best: Slot<Request, Reply> | undefined;
    for (const slot of this.slots) {
      if (slot.inFlight.size < this.maxInFlight && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
    }
    if ((!best || best.inFlight.size > 0) && this.slots.length < this.options.threads) {
      best = this.startSlot();
      this.slots.push(best);
    }
    return best;
  }

  private workerOptions(): WorkerOptions {
    const { youngGenerationMb: maxYoungGenerationSizeMb, stackSizeMb } = this.options;
    return { resourceLimits: { maxYoungGenerationSizeMb, stackSizeMb } };
  }

  private startSlot(): Slot<Request, Reply> {
    const slot: Slot<Request, Reply> = { worker: new Worker(this.options.script, this.workerOptions()), inFlight: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (message: TaskResultMessage<Reply>) => this.settle(slot, message));
    slot.worker.on('error', (err: Error) => this.retire(slot, err.message));
    slot.worker.on('exit', (code: number) => this.retire(slot, `worker exited with code ${code}`));
    return slot;
  }

  private settle(slot: Slot<Request, Reply>, message: TaskResultMessage<Reply>): void {
    const job = slot.inFlight.get(message.id);
    if (!job) return;
    slot.inFlight.delete(message.id);
    if (slot.inFlight.size === 0) slot.worker.unref();
    if (message.ok) job.resolve(message.reply);
    else job.reject(new TaskError(message.error));
    this.dispatch();
  }

  // 'error' is followed by 'exit': the first of the two retires the slot, the second finds it gone.
  private retire(slot: Slot<Request, Reply>, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    for (const job of slot.inFlight.values()) job.reject(this.closed ? closedError() : new WorkerCrashError(reason));
    slot.inFlight.clear();
    if (this.closed) return;
    if (!this.options.lazy) this.slots.push(this.startSlot());
    this.dispatch();
  }
}
