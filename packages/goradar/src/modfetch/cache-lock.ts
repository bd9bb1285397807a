/**
 * Cross-process locks for module cache writes. Go serializes cache writers with flock(2) on
 * `<version>.lock`; Node has no flock, and Go leaves those files in place, so their existence says
 * nothing. goradar therefore locks a separate file, `<version>.lock.goradar`, created with O_EXCL and
 * holding its owner (host, pid, start time):
 *   - a lock whose owner process is gone (same host, `kill(pid, 0)` fails with ESRCH) or whose file
 *     has not been touched for `staleMs` (owners refresh it every `staleMs / 3`) is stale;
 *   - breaking a stale lock happens under a short-lived breaker lock (`….break`, itself O_EXCL), and
 *     only after re-reading that the lock still holds the same stale owner, so two waiters can never
 *     both break it and both win.
 * Against concurrent `go` processes goradar relies on what Go relies on for readers: every file
 * appears by atomic rename, a `.ziphash` only after its `.zip`, and extraction is bracketed by
 * `.partial`, so neither tool ever takes a half-written file for a complete one.
 */
import { hostname } from 'node:os';
import { mkdir, open, readFile, rm, stat, unlink, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';

/** LockOptions tune acquireLock. */
export interface LockOptions {
  /** staleMs: a lock file untouched this long is stale (default 60 s). */
  staleMs?: number;
  /** timeoutMs: give up waiting after this long (default 10 minutes). */
  timeoutMs?: number;
  /** pollMs: the first wait between attempts; it grows to 1 s (default 20). */
  pollMs?: number;
}

/** Unlock releases a lock. */
export type Unlock = () => Promise<void>;

interface Owner {
  host: string;
  pid: number;
  token: string;
}

const host = hostname();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function tryCreate(file: string, owner: Owner): Promise<boolean> {
  try {
    const handle = await open(file, 'wx', 0o644);
    await handle.writeFile(JSON.stringify(owner));
    await handle.close();
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function parseOwner(text: string): Owner | undefined {
  try {
    return JSON.parse(text) as Owner;
  } catch {
    return undefined;
  }
}

async function readOwner(file: string): Promise<{ text: string; owner?: Owner; mtimeMs: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { text, owner: parseOwner(text), mtimeMs: info.mtimeMs };
  } catch {
    return undefined;
  }
}

function isStale(current: { owner?: Owner; mtimeMs: number }, staleMs: number): boolean {
  if (Date.now() - current.mtimeMs > staleMs) return true;
  const o = current.owner;
  // A lock file being written right now has no owner yet: give it the stale period.
  return o !== undefined && o.host === host && o.pid !== process.pid && processIsGone(o.pid);
}

async function breakIfStale(file: string, staleMs: number): Promise<void> {
  const breaker = `${file}.break`;
  const info = await stat(breaker).catch(() => undefined);
  if (info && Date.now() - info.mtimeMs > 10_000) await rm(breaker, { force: true });
  if (!(await tryCreate(breaker, { host, pid: process.pid, token: 'break' }))) return;
  try {
    const current = await readOwner(file);
    if (current && isStale(current, staleMs)) await rm(file, { force: true });
  } finally {
    await rm(breaker, { force: true });
  }
}

/** acquireLock takes the lock at file (waiting for its holder) and returns the function that releases it. */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<Unlock> {
  const staleMs = options.staleMs ?? 60_000;
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  const owner: Owner = { host, pid: process.pid, token: `${Date.now()}-${Math.random().toString(36).slice(2)}` };
  // The directory nearly always exists; it is made only after a first attempt fails, which then
  // ends as making it first would have.
  let acquired = await tryCreate(file, owner).catch(async (err: NodeJS.ErrnoException) => {
    await mkdir(dirname(file), { recursive: true });
    if (err.code !== 'ENOENT') throw err;
    return tryCreate(file, owner);
  });
  for (let wait = options.pollMs ?? 20; !acquired; wait = Math.min(1000, wait * 2)) {
    await breakIfStale(file, staleMs);
    if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${file}`);
    await sleep(wait);
    acquired = await tryCreate(file, owner);
  }
  const refresh = setInterval(() => void utimes(file, new Date(), new Date()).catch(() => undefined), Math.max(10, staleMs / 3));
  refresh.unref();
  return async () => {
    clearInterval(refresh);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined || parseOwner(text)?.token !== owner.token) return;
    await unlink(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  };
}

/** withLock runs task while holding the lock at file. */
export async function withLock<T>(file: string, task: () => Promise<T>, options?: LockOptions): Promise<T> {
  const unlock = await acquireLock(file, options);
  try {
    return await task();
  } finally {
    await unlock();
  }
}
