/**
 * The Go toolchain as an oracle for differential tests. goradar never needs Go to run; tests that
 * compare against it are skipped, loudly, when `go` is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';

let cachedGo: string | null | undefined;

/** findGo returns the path of the `go` binary, or null when Go is not installed. */
export function findGo(): string | null {
  if (cachedGo !== undefined) return cachedGo;
  const candidates = [process.env.GORADAR_GO, 'go', '/usr/local/go/bin/go'].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ['version'], { stdio: 'pipe' });
      cachedGo = candidate;
      return candidate;
    } catch {
      // try the next candidate
    }
  }
  cachedGo = null;
  return null;
}

let warned = false;

/** describeWithGo is `describe` when Go is installed and a loudly announced skip otherwise. */
export function describeWithGo(name: string, fn: () => void): void {
  if (findGo()) {
    describe(name, fn);
    return;
  }
  if (!warned) {
    warned = true;
    process.stderr.write('\n*** SKIPPING differential tests against the go command: `go` is not installed. ***\n\n');
  }
  describe.skip(`${name} [SKIPPED: go not installed]`, fn);
}

/** GoRunResult is the outcome of one go command. */
export interface GoRunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** GoRunOptions say where and with which extra environment to run go. */
export interface GoRunOptions {
  cwd: string;
  env?: Record<string, string>;
  input?: string;
  timeoutMs?: number;
}

/** runGo runs the go command with args and returns its exit status and output. */
export function runGo(args: string[], options: GoRunOptions): GoRunResult {
  const go = findGo();
  if (!go) throw new Error('runGo: go is not installed');
  const result = spawnSync(go, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 256 << 20,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** HermeticGo is an isolated Go environment: its own GOPATH, module cache and proxy, no network. */
export interface HermeticGo {
  root: string;
  env: Record<string, string>;
  dispose(): void;
}

/**
 * hermeticGoEnv creates a throw-away GOPATH/GOMODCACHE and an environment that keeps go offline:
 * GOPROXY is the given file:// proxy directory (or off), GOSUMDB=off, GOFLAGS=-mod=mod.
 */
export function hermeticGoEnv(options: { proxyDir?: string; extraEnv?: Record<string, string> } = {}): HermeticGo {
  const root = mkdtempSync(join(tmpdir(), 'goradar-go-'));
  const gopath = join(root, 'gopath');
  mkdirSync(gopath, { recursive: true });
  // Go's telemetry child process keeps writing under the config dir after go exits; turn it off so
  // the directory can be removed.
  const configDir = join(root, 'config');
  mkdirSync(join(configDir, 'go', 'telemetry'), { recursive: true });
  writeFileSync(join(configDir, 'go', 'telemetry', 'mode'), 'off 2000-01-01\n');
  const env: Record<string, string> = {
    GOPATH: gopath,
    GOMODCACHE: join(gopath, 'pkg', 'mod'),
    GOCACHE: join(root, 'gocache'),
    GOENV: 'off',
    GOPROXY: options.proxyDir ? `file://${options.proxyDir}` : 'off',
    GOSUMDB: 'off',
    GONOSUMDB: '',
    GONOSUMCHECK: '1',
    GOPRIVATE: '',
    GONOPROXY: '',
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOWORK: 'off',
    GO111MODULE: 'on',
    HOME: root,
    XDG_CONFIG_HOME: configDir,
    ...options.extraEnv,
  };
  return {
    root,
    env,
    dispose: () => rmSync(root, { recursive: true, force: true, maxRetries: 3 }),
  };
}
