/**
 * Fetch benchmarks: (1) download + verify of fixture modules from a local HTTP proxy, goradar vs
 * `go mod download`, in MB/s of zip data; (2) hashing large module zips and trees, `goradar verify`
 * vs `go mod verify` on the same module cache, in MB/s of uncompressed content hashed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findGo, hermeticGoEnv } from '../tools/test-support/go-oracle.js';
import { makeTreeWritable } from '../packages/goradar/src/modfetch/zip-extract.js';
import { buildModule, goSumLines, type BuiltModule } from '../packages/goradar/src/modfetch/test-support/fixtures.js';
import { startProxyServer } from '../packages/goradar/src/modfetch/test-support/proxy-server.js';
import type { BenchRow, BenchSuite } from './suite.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const bin = join(repo, 'packages/goradar/bin/goradar.js');

function pseudoRandomText(seed: number, size: number): string {
  let s = seed;
  const words = ['func', 'return', 'package', 'import', 'value', 'error', 'context', 'string', 'int64', 'struct'];
  const out: string[] = [];
  let length = 0;
  while (length < size) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const w = `${words[s % words.length]}${s % 97} `;
    out.push(w);
    length += w.length;
  }
  return out.join('');
}

function makeModules(count: number, filesPer: number, fileSize: number, prefix: string): BuiltModule[] {
  return Array.from({ length: count }, (_, i) => {
    const files: Record<string, string> = {};
    for (let f = 0; f < filesPer; f++) files[`pkg${f % 7}/file${f}.go`] = `package pkg\n// ${pseudoRandomText(i * 1000 + f, fileSize)}\n`;
    return buildModule({ path: `bench.example/${prefix}${i}`, version: 'v1.0.0', files });
  });
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// Asynchronous on purpose: the proxy server lives in this process and must keep answering.
function run(cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.slice(0, 3).join(' ')} failed (${code}): ${stderr.slice(0, 2000)}`))));
  });
}

function writeMain(dir: string, mods: readonly BuiltModule[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'go.mod'), `module bench.example/main\n\ngo 1.21\n\nrequire (\n${mods.map((m) => `\t${m.path} ${m.version}\n`).join('')})\n`);
  writeFileSync(join(dir, 'go.sum'), goSumLines(mods));
}

const mb = (bytes: number) => bytes / (1 << 20);

export const suite: BenchSuite = {
  name: 'fetch',
  async run(log) {
    const go = findGo();
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-b', 'packages/goradar'], { cwd: repo, stdio: 'pipe' });
    const small = makeModules(40, 30, 6_000, 'small');
    const large = makeModules(3, 60, 400_000, 'large');
    const all = [...small, ...large];
    const zipBytes = all.reduce((n, m) => n + m.zip.length, 0);
    const contentBytes = large.length * 60 * 400_000;
    log(`${all.length} modules, ${mb(zipBytes).toFixed(1)} MiB of zips; large trees ${mb(contentBytes).toFixed(0)} MiB`);
    const proxy = await startProxyServer(all);
    const root = mkdtempSync(join(tmpdir(), 'goradar-bench-fetch-'));
    const rows: BenchRow[] = [];
    try {
      const args = all.map((m) => `${m.path}@${m.version}`);
      const base = { GOPROXY: proxy.url, GOSUMDB: 'off', GOENV: 'off', GOFLAGS: '-mod=mod', HOME: root, GORADAR_CONFIG_DIR: join(root, 'cfg') };
      const ourCache = join(root, 'goradar-cache');
      const ourMs = await timed(() => run(process.execPath, [bin, 'download', '--json', ...args], root, { ...base, GOMODCACHE: ourCache }));
      const main = join(root, 'main');
      writeMain(main, large);
      const goEnv = hermeticGoEnv({ extraEnv: { ...base } });
      let goMs: number | undefined;
      if (go) goMs = await timed(() => run(go, ['mod', 'download', '-json', ...args], root, { ...goEnv.env, GOPROXY: proxy.url }));
      rows.push({
        name: 'download+verify (local HTTP proxy)',
        goradar: { value: mb(zipBytes) / (ourMs / 1000), unit: 'MB/s', higherIsBetter: true },
        ...(goMs ? { anchor: { label: 'go mod download', value: mb(zipBytes) / (goMs / 1000), unit: 'MB/s', higherIsBetter: true } } : {}),
        goal: '>= 1.0x',
      });
      const hashed = 2 * contentBytes;
      const verifyOurs = await timed(() => run(process.execPath, [bin, 'verify', main], main, { ...base, GOMODCACHE: ourCache, GOPROXY: 'off' }));
      let verifyGo: number | undefined;
      if (go) verifyGo = await timed(() => run(go, ['mod', 'verify'], main, { ...goEnv.env, GOMODCACHE: ourCache, GOPROXY: 'off' }));
      rows.push({
        name: 'dirhash of large zips + trees (verify, same cache)',
        goradar: { value: mb(hashed) / (verifyOurs / 1000), unit: 'MB/s', higherIsBetter: true },
        ...(verifyGo ? { anchor: { label: 'go mod verify', value: mb(hashed) / (verifyGo / 1000), unit: 'MB/s', higherIsBetter: true } } : {}),
        goal: '>= 0.8x',
      });
      goEnv.dispose();
    } finally {
      await proxy.close();
      await makeTreeWritable(root);
      rmSync(root, { recursive: true, force: true });
    }
    return rows;
  },
};
