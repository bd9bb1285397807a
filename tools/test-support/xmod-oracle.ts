/**
 * The golang.org/x/mod oracle: a small Go program (tools/test-support/xmod-oracle/main.go) compiled
 * against the x/mod sources that ship with the installed Go toolchain (GOROOT/src/cmd/vendor), so
 * differential tests compare goradar with exactly the code `go` runs — offline, in one long-lived
 * process. Unavailable (null) when Go is not installed.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { findGo } from './go-oracle.js';

const sourceFile = join(dirname(fileURLToPath(import.meta.url)), 'xmod-oracle', 'main.go');

/** XmodOracle answers x/mod questions; see main.go for the operations. */
export interface XmodOracle {
  call<T = unknown>(op: string, ...args: unknown[]): Promise<T>;
  callMany<T = unknown>(requests: Array<{ op: string; args: unknown[] }>): Promise<T[]>;
  close(): void;
}

let building: Promise<string | null> | undefined;

/** buildXmodOracle compiles the oracle once per source/toolchain and returns the binary path, or null without Go. */
export function buildXmodOracle(): Promise<string | null> {
  building ??= Promise.resolve().then(buildOnce);
  return building;
}

function buildOnce(): string | null {
  const go = findGo();
  if (!go) return null;
  const goroot = spawnSync(go, ['env', 'GOROOT'], { encoding: 'utf8' }).stdout.trim();
  const vendored = join(goroot, 'src', 'cmd', 'vendor', 'golang.org', 'x', 'mod');
  if (!existsSync(vendored)) return null;
  const source = readFileSync(sourceFile, 'utf8');
  const goVersion = spawnSync(go, ['version'], { encoding: 'utf8' }).stdout.trim();
  const key = createHash('sha256').update(source).update(goVersion).update(goroot).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `goradar-xmod-oracle-${key}`);
  const binary = join(dir, 'xmod-oracle');
  if (existsSync(binary)) return binary;
  const work = `${dir}.build-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'xmod'), { recursive: true });
  cpSync(vendored, join(work, 'xmod'), { recursive: true });
  writeFileSync(join(work, 'xmod', 'go.mod'), 'module golang.org/x/mod\n\ngo 1.24\n');
  writeFileSync(join(work, 'go.mod'), 'module goradar.test/xmodoracle\n\ngo 1.24\n\nrequire golang.org/x/mod v0.0.0\n\nreplace golang.org/x/mod => ./xmod\n');
  writeFileSync(join(work, 'main.go'), source);
  const env = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOWORK: 'off', GOTOOLCHAIN: 'local', GOSUMDB: 'off', CGO_ENABLED: '0' };
  const built = spawnSync(go, ['build', '-o', join(work, 'xmod-oracle'), '.'], { cwd: work, env, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the x/mod oracle failed:\n${built.stderr}`);
  mkdirSync(dir, { recursive: true });
  try {
    renameSync(join(work, 'xmod-oracle'), binary);
  } catch {
    // Another process built it first.
  }
  rmSync(work, { recursive: true, force: true });
  return binary;
}

/** startXmodOracle starts the oracle process, or returns null when Go is not installed. */
export async function startXmodOracle(): Promise<XmodOracle | null> {
  const binary = await buildXmodOracle();
  if (!binary) return null;
  const child: ChildProcessWithoutNullStreams = spawn(binary, [], { stdio: ['pipe', 'pipe', 'pipe'] });
  const pending: Array<{ resolve: (v: unknown) => void; reject: (e: Error) => void }> = [];
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    const waiter = pending.shift();
    if (!waiter) return;
    const parsed = JSON.parse(line) as { result?: unknown; fail?: string };
    if (parsed.fail) waiter.reject(new Error(parsed.fail));
    else waiter.resolve(parsed.result ?? null);
  });
  child.on('exit', () => {
    for (const waiter of pending.splice(0)) waiter.reject(new Error('x/mod oracle exited'));
  });
  const call = <T>(op: string, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      pending.push({ resolve: resolve as (v: unknown) => void, reject });
      child.stdin.write(`${JSON.stringify({ op, args })}\n`);
    });
  return {
    call,
    callMany: <T>(requests: Array<{ op: string; args: unknown[] }>) => Promise.all(requests.map((r) => call<T>(r.op, ...r.args))),
    close: () => {
      child.stdin.end();
      child.kill();
    },
  };
}
