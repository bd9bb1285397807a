import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, withLock } from './cache-lock.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('acquireLock', () => {
  it('serializes holders', async () => {
    const file = join(dir, 'v1.0.0.lock.goradar');
    const log: string[] = [];
    const task = (name: string) =>
      withLock(file, async () => {
        log.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 30));
        log.push(`${name} out`);
      });
    await Promise.all([task('a'), task('b'), task('c')]);
    for (let i = 0; i < log.length; i += 2) expect(log[i + 1]).toBe(log[i]!.replace(' in', ' out'));
  });

  it('breaks the lock of a process that died', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid as number;
    const file = join(dir, 'x.lock.goradar');
    await writeFile(file, JSON.stringify({ host: hostname(), pid: dead, token: 'old' }));
    const unlock = await acquireLock(file, { timeoutMs: 5000 });
    expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid);
    await unlock();
  });

  it('breaks a lock nobody refreshed for the stale period, and waits for a live one', async () => {
    const file = join(dir, 'y.lock.goradar');
    await writeFile(file, JSON.stringify({ host: 'elsewhere', pid: 1, token: 'old' }));
    await expect(acquireLock(file, { timeoutMs: 200, staleMs: 60_000 })).rejects.toThrow('timed out waiting for lock');
    const unlock = await acquireLock(file, { timeoutMs: 5000, staleMs: 100 });
    await unlock();
  });
});
