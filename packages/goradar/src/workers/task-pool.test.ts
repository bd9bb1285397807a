import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { TaskPool } from './task-pool.js';
import { TaskError, WorkerCrashError } from './task-protocol.js';
import { writeTestWorker, type TestTask } from './test-support/test-worker.js';

const worker = writeTestWorker();
const pools: Array<TaskPool<TestTask, unknown>> = [];
const pool = (options: { threads: number; maxInFlight?: number; lazy?: boolean }, callingThread?: (task: TestTask) => unknown) => {
  const p = new TaskPool<TestTask, unknown>({ script: worker.script, ...options }, callingThread);
  pools.push(p);
  return p;
};

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});
afterAll(() => worker.dispose());

describe('TaskPool', () => {
  it('answers every task with its own reply', async () => {
    const p = pool({ threads: 2 });
    const values = Array.from({ length: 40 }, (_, i) => ({ i, text: `v${i}`, bytes: new Uint8Array([i]) }));
    expect(await Promise.all(values.map((value) => p.run({ kind: 'echo', value })))).toEqual(values);
  });

  it.each([
    ['ZipFormatError', 'zip: checksum error', undefined],
    ['Error', "ENOENT: no such file or directory, open '/x'", 'ENOENT'],
  ])('passes on a thrown %s with its message and code', async (name, message, code) => {
    const err = await pool({ threads: 1 })
      .run({ kind: 'fail', name, message, code })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TaskError);
    expect([(err as TaskError).name, (err as TaskError).message, (err as TaskError).code]).toEqual([name, message, code]);
  });

  it('fails only the task of a worker that dies, and replaces the worker', async () => {
    const p = pool({ threads: 1 });
    const err = await p.run({ kind: 'exit', code: 3 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkerCrashError);
    expect((err as Error).message).toBe('worker exited with code 3');
    expect(await p.run({ kind: 'echo', value: 'after' })).toBe('after');
    expect(p.started).toBe(1);
  });

  it('refuses a request that cannot be sent to a thread', async () => {
    const err = await pool({ threads: 1 })
      .run({ kind: 'echo', value: () => 1 })
      .catch((e: unknown) => e);
    expect((err as Error).name).toBe('DataCloneError');
  });

  it('starts workers lazily, one more only when none is idle', async () => {
    const p = pool({ threads: 2, lazy: true });
    expect(p.started).toBe(0);
    await p.run({ kind: 'echo', value: 1 });
    await p.run({ kind: 'echo', value: 2 });
    expect(p.started).toBe(1);
    const threads = await Promise.all([p.run({ kind: 'busy', ms: 150 }), p.run({ kind: 'busy', ms: 150 })]);
    expect(p.started).toBe(2);
    expect(new Set(threads).size).toBe(2);
  });

  it('lets the calling thread take waiting tasks while every worker is busy', async () => {
    const p = pool({ threads: 1, maxInFlight: 1, lazy: true }, (task) => (task.kind === 'echo' ? `here: ${String(task.value)}` : 'here'));
    const long = p.run({ kind: 'busy', ms: 300 });
    const quick = await Promise.all([1, 2, 3].map((value) => p.run({ kind: 'echo', value })));
    expect(quick).toEqual(['here: 1', 'here: 2', 'here: 3']);
    expect(typeof (await long)).toBe('number');
  });

  it('hands workers the heaviest waiting task and the calling thread the lightest', async () => {
    const toWorker = pool({ threads: 1, maxInFlight: 1 });
    const busy = toWorker.run({ kind: 'busy', ms: 200 });
    const workerOrder: number[] = [];
    const queued = [1, 9, 5].map((w) => toWorker.run({ kind: 'echo', value: w }, [], w).then((v) => void workerOrder.push(v as number)));
    await Promise.all([busy, ...queued]);
    expect(workerOrder).toEqual([9, 5, 1]);

    const hereOrder: number[] = [];
    const shared = pool({ threads: 1, maxInFlight: 1, lazy: true }, (task) => hereOrder.push((task as { value: number }).value));
    const long = shared.run({ kind: 'busy', ms: 300 });
    await Promise.all([5, 1, 9, 3].map((w) => shared.run({ kind: 'echo', value: w }, [], w)));
    expect(hereOrder).toEqual([1, 3, 5, 9]);
    await long;
  });

  it('fails waiting and unanswered tasks when closed, and refuses new ones', async () => {
    const p = pool({ threads: 1, maxInFlight: 1 });
    const running = p.run({ kind: 'busy', ms: 2000 }).catch((e: unknown) => (e as Error).message);
    const waiting = p.run({ kind: 'echo', value: 1 }).catch((e: unknown) => (e as Error).message);
    await new Promise((r) => setTimeout(r, 50));
    await p.close();
    expect([await running, await waiting]).toEqual(['task pool is closed', 'task pool is closed']);
    await expect(p.run({ kind: 'echo', value: 2 })).rejects.toThrow('task pool is closed');
  });

  it('needs at least one thread', () => {
    expect(() => new TaskPool({ script: worker.script, threads: 0 })).toThrow('a task pool needs at least one thread, not 0');
  });
});
