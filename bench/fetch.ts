/**
 * Fetch benchmarks, goradar against the go command on the same inputs, in the same run:
 *   1. download + verify of fixture modules from a local HTTP proxy (`goradar download --json` vs
 *      `go mod download -json`), each into a fresh, empty module cache: MB/s of zip data;
 *   2. hashing large module zips and their extracted trees (`goradar verify` vs `go mod verify`) on
 *      one module cache, which both read: MB/s of uncompressed content hashed (zip + tree).
 * Each measurement is a whole process, start to exit. Rounds alternate which tool goes first; each
 * tool's fastest round counts, and every round is printed with each process's peak RSS. The start-up cost
 * of each tool (verify of a module that requires nothing) is measured the same way and printed, as
 * it weighs on the verify figures.
 * GORADAR_BENCH_ROUNDS sets the number of rounds (default 5).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const gnuTime = '/usr/bin/time';

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

/** Run is one measured process: wall-clock milliseconds and peak resident set size (KiB, when known). */
interface Run {
  ms: number;
  peakKb?: number;
}

// Asynchronous on purpose: the proxy server lives in this process and must keep answering.
function run(cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  const rssFile = join(cwd, `.rss-${process.pid}`);
  const [file, argv] = existsSync(gnuTime) ? [gnuTime, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) return reject(new Error(`${cmd} ${args.slice(0, 3).join(' ')} failed (${code}): ${stderr.slice(0, 2000)}`));
      const peak = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : NaN;
      rmSync(rssFile, { force: true });
      resolve({ ms, ...(Number.isFinite(peak) ? { peakKb: peak } : {}) });
    });
  });
}

function writeMain(dir: string, mods: readonly BuiltModule[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'go.mod'), `module bench.example/main\n\ngo 1.21\n\nrequire (\n${mods.map((m) => `\t${m.path} ${m.version}\n`).join('')})\n`);
  writeFileSync(join(dir, 'go.sum'), goSumLines(mods));
}

const mb = (bytes: number) => bytes / (1 << 20);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
const describe = (runs: readonly Run[]) => runs.map((r) => `${r.ms.toFixed(0)} ms${r.peakKb ? ` (${(r.peakKb / 1024).toFixed(0)} MiB)` : ''}`).join(', ');
const peakMb = (runs: readonly Run[]) => Math.max(...runs.map((r) => (r.peakKb ?? NaN) / 1024));

/** Pair holds both tools' runs of one measurement. */
interface Pair {
  ours: Run[];
  go: Run[];
}

// Rounds alternate which tool goes first, so neither always meets a cache the other just warmed.
async function alternate(rounds: number, ours: (round: number) => Promise<Run>, go: ((round: number) => Promise<Run>) | undefined): Promise<Pair> {
  const pair: Pair = { ours: [], go: [] };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 1 && go) pair.go.push(await go(round));
    pair.ours.push(await ours(round));
    if (round % 2 === 0 && go) pair.go.push(await go(round));
  }
  return pair;
}

// Each tool's fastest round counts, so a busy machine hurts both alike; the medians and the median
// of the per-round ratios (the two tools measured back to back) are kept beside it.
function row(name: string, bytes: number, pair: Pair, goal: string, anchorLabel: string): BenchRow {
  const best = (runs: readonly Run[]) => Math.min(...runs.map((r) => r.ms));
  const throughput = (runs: readonly Run[]) => mb(bytes) / (best(runs) / 1000);
  const hasGo = pair.go.length > 0;
  return {
    name,
    goradar: { value: throughput(pair.ours), unit: 'MB/s', higherIsBetter: true },
    ...(hasGo ? { anchor: { label: anchorLabel, value: throughput(pair.go), unit: 'MB/s', higherIsBetter: true } } : {}),
    goal,
    extra: {
      rounds: pair.ours.length,
      goradarBestMs: best(pair.ours),
      goBestMs: hasGo ? best(pair.go) : NaN,
      goradarMedianMs: median(pair.ours.map((r) => r.ms)),
      goMedianMs: hasGo ? median(pair.go.map((r) => r.ms)) : NaN,
      medianRoundRatio: hasGo ? median(pair.ours.map((r, i) => (pair.go[i] as Run).ms / r.ms)) : NaN,
      goradarPeakRssMiB: peakMb(pair.ours),
      goPeakRssMiB: hasGo ? peakMb(pair.go) : NaN,
    },
  };
}

export const suite: BenchSuite = {
  name: 'fetch',
  async run(log) {
    const go = findGo();
    const rounds = Number(process.env.GORADAR_BENCH_ROUNDS) || 5;
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-b', 'packages/goradar'], { cwd: repo, stdio: 'pipe' });
    const small = makeModules(40, 30, 6_000, 'small');
    const large = makeModules(3, 60, 400_000, 'large');
    const all = [...small, ...large];
    const zipBytes = all.reduce((n, m) => n + m.zip.length, 0);
    const contentBytes = large.length * 60 * 400_000;
    log(`${all.length} modules, ${mb(zipBytes).toFixed(1)} MiB of zips; large trees ${mb(contentBytes).toFixed(0)} MiB; ${rounds} rounds, the fastest counts`);
    const proxy = await startProxyServer(all);
    const root = mkdtempSync(join(tmpdir(), 'goradar-bench-fetch-'));
    const rows: BenchRow[] = [];
    try {
      const args = all.map((m) => `${m.path}@${m.version}`);
      const base = { GOPROXY: proxy.url, GOSUMDB: 'off', GOENV: 'off', GOFLAGS: '-mod=mod', HOME: root, GORADAR_CONFIG_DIR: join(root, 'cfg') };
      const goEnv = hermeticGoEnv({ extraEnv: { ...base } });
      const cacheOf = (tool: string, round: number) => join(root, `${tool}-cache-${round}`);
      const download = await alternate(
        rounds,
        (i) => run(process.execPath, [bin, 'download', '--json', ...args], root, { ...base, GOMODCACHE: cacheOf('goradar', i) }),
        go ? (i) => run(go, ['mod', 'download', '-json', ...args], root, { ...goEnv.env, GOPROXY: proxy.url, GOMODCACHE: cacheOf('go', i) }) : undefined,
      );
      log(`download goradar: ${describe(download.ours)}`);
      if (go) log(`download go:      ${describe(download.go)}`);
      rows.push(row('download+verify (local HTTP proxy)', zipBytes, download, '>= 1.0x', 'go mod download'));
      log(`download: median of the per-round ratios ${Number(rows[0]?.extra?.medianRoundRatio).toFixed(2)}x`);

      // Both verify the cache goradar filled in the first round: its zips and their extracted trees.
      const main = join(root, 'main');
      writeMain(main, large);
      const cache = cacheOf('goradar', 0);
      const verify = await alternate(
        rounds,
        () => run(process.execPath, [bin, 'verify', main], main, { ...base, GOMODCACHE: cache, GOPROXY: 'off' }),
        go ? () => run(go, ['mod', 'verify'], main, { ...goEnv.env, GOMODCACHE: cache, GOPROXY: 'off' }) : undefined,
      );
      log(`verify goradar: ${describe(verify.ours)}`);
      if (go) log(`verify go:      ${describe(verify.go)}`);
      // The fixed cost of a whole process: verifying a module that requires nothing.
      const empty = join(root, 'empty');
      writeMain(empty, []);
      const startup = await alternate(
        rounds,
        () => run(process.execPath, [bin, 'verify', empty], empty, { ...base, GOMODCACHE: cache, GOPROXY: 'off' }),
        go ? () => run(go, ['mod', 'verify'], empty, { ...goEnv.env, GOMODCACHE: cache, GOPROXY: 'off' }) : undefined,
      );
      log(`verify with nothing to verify (start-up cost): goradar ${describe(startup.ours)}`);
      if (go) log(`verify with nothing to verify (start-up cost): go      ${describe(startup.go)}`);
      const verifyRow = row('dirhash of large zips + trees (verify, same cache)', 2 * contentBytes, verify, '>= 0.8x', 'go mod verify');
      verifyRow.extra = { ...verifyRow.extra, goradarStartupBestMs: Math.min(...startup.ours.map((r) => r.ms)), goStartupBestMs: go ? Math.min(...startup.go.map((r) => r.ms)) : NaN };
      rows.push(verifyRow);
      log(`verify: median of the per-round ratios ${Number(verifyRow.extra?.medianRoundRatio).toFixed(2)}x`);
      goEnv.dispose();
    } finally {
      await proxy.close();
      await makeTreeWritable(root);
      rmSync(root, { recursive: true, force: true });
    }
    return rows;
  },
};
