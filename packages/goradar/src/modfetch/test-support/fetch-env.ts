/**
 * A throw-away environment for fetch tests: its own HOME, module cache and config dir, pointed at
 * a local proxy and checksum database, with short timeouts and retries.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.js';
import type { CliIo } from '../../cli/io.js';
import { makeTreeWritable } from '../zip-extract.js';

/** FetchTestEnv is a temporary environment and a way to run the CLI in it. */
export interface FetchTestEnv {
  root: string;
  modCache: string;
  env: Record<string, string>;
  run(argv: string[], extraEnv?: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }>;
  dispose(): Promise<void>;
}

/** makeFetchTestEnv creates the directories and the environment variables for a test. */
export async function makeFetchTestEnv(vars: Record<string, string>): Promise<FetchTestEnv> {
  const root = await mkdtemp(join(tmpdir(), 'goradar-fetch-'));
  const modCache = join(root, 'gopath', 'pkg', 'mod');
  const env: Record<string, string> = {
    HOME: root,
    GOPATH: join(root, 'gopath'),
    GOMODCACHE: modCache,
    GOENV: 'off',
    GORADAR_CONFIG_DIR: join(root, 'config'),
    GORADAR_HTTP_RETRIES: '2',
    GORADAR_HTTP_BACKOFF_MS: '5',
    GORADAR_HTTP_TIMEOUT_MS: '1500',
    GOFLAGS: '',
    ...vars,
  };
  return {
    root,
    modCache,
    env,
    run: async (argv, extraEnv = {}) => {
      let stdout = '';
      let stderr = '';
      const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { ...env, ...extraEnv }, cwd: root, isTTY: false };
      const code = await main(argv, io);
      return { code, stdout, stderr };
    },
    dispose: async () => {
      await makeTreeWritable(root);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** listFiles returns every file below dir, relative, sorted (for "nothing half-written" checks). */
export async function listFiles(dir: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const out: string[] = [];
  const walk = async (d: string, rel: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(join(d, e.name), r);
      else out.push(r);
    }
  };
  await walk(dir, '');
  return out.sort();
}

/** parseGoJsonStream splits the concatenated JSON objects `go … -json` prints. */
export function parseGoJsonStream(text: string): Array<Record<string, string>> {
  return text
    .split(/\n(?=\{)/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => JSON.parse(chunk) as Record<string, string>);
}
