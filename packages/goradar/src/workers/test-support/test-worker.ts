/**
 * A worker script for TaskPool tests, written to a temporary file: it imports the built
 * serveTasks and answers a few kinds of task (echo, fail, exit, busy-wait, thread id).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtWorkerScript } from '../worker-script.js';

/** TestTask is what the test worker understands. */
export type TestTask =
  | { kind: 'echo'; value: unknown }
  | { kind: 'fail'; name: string; message: string; code?: string }
  | { kind: 'exit'; code: number }
  | { kind: 'busy'; ms: number }
  | { kind: 'thread' };

const source = (serveTasksUrl: string) => `
import { threadId } from 'node:worker_threads';
import { serveTasks } from ${JSON.stringify(serveTasksUrl)};
serveTasks((task) => {
  switch (task.kind) {
    case 'echo': return task.value;
    case 'fail': throw Object.assign(new Error(task.message), { name: task.name, code: task.code });
    case 'exit': process.exit(task.code);
    case 'busy': { const end = Date.now() + task.ms; while (Date.now() < end); return threadId; }
    case 'thread': return threadId;
  }
});
`;

/** writeTestWorker writes the script and returns its path and a way to remove it. */
export function writeTestWorker(): { script: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'task-pool-'));
  const script = join(dir, 'test-worker.mjs');
  const serveTasks = pathToFileURL(builtWorkerScript(new URL('../task-pool.ts', import.meta.url).href, 'task-worker.js')).href;
  writeFileSync(script, source(serveTasks));
  return { script, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
