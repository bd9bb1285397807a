/**
 * `goradar list -m all` against `go list -m all` on the largest corpus module, both reading the
 * same warm module cache offline (GOPROXY=off). The two commands run alternately in one process,
 * several rounds, and the medians are compared; the in-process resolve time (graph load without
 * process start-up) and the start-up floors (`goradar --version`, and a bare `node -e 0`) are
 * reported beside them. Node reads and parses the whole NODE_EXTRA_CA_CERTS bundle at start-up,
 * before any goradar code runs; where that variable is set, `goradar list -m all` is timed without it
 * too (an offline command makes no TLS connection), so the cost of the setting is visible.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadGraphForDir } from '../packages/goradar/src/modload/load-graph-for-dir.js';
import { findGo } from '../tools/test-support/go-oracle.js';
import { corpusAvailable, stageCorpusModules } from '../tools/conformance/graph-corpus-modules.js';
import { corpusGoEnv, warmCache } from '../tools/conformance/graph-corpus.js';
import type { BenchRow, BenchSuite } from './suite.js';

const ROUNDS = 9;
const BIN = fileURLToPath(new URL('../packages/goradar/bin/goradar.js', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timeCommand(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

export const suite: BenchSuite = {
  name: 'graph-list',
  async run(log) {
    const go = findGo();
    if (!go || !corpusAvailable()) {
      log('skipped: needs go and the shared corpus');
      return [];
    }
    const target = stageCorpusModules().find((m) => warmCache(m, log));
    if (!target) {
      log('skipped: no corpus module could be downloaded');
      return [];
    }
    log(`module: ${target.repo}/${target.path} (${target.goModBytes} bytes of go.mod)`);
    const env: NodeJS.ProcessEnv = { ...process.env, ...corpusGoEnv(), GOPROXY: 'off' };
    const goMs: number[] = [];
    const ourMs: number[] = [];
    const resolveMs: number[] = [];
    const floorMs: number[] = [];
    const nodeMs: number[] = [];
    const noCaMs: number[] = [];
    const { NODE_EXTRA_CA_CERTS: extraCa, ...envWithoutCa } = env;
    // One untimed run builds goradar's parsed-summary index, as any earlier run on the machine would have.
    timeCommand(process.execPath, [BIN, 'list', '-m', 'all'], target.dir, env);
    for (let round = 0; round < ROUNDS; round++) {
      const g = timeCommand(go, ['list', '-m', 'all'], target.dir, env);
      const ours = timeCommand(process.execPath, [BIN, 'list', '-m', 'all'], target.dir, env);
      floorMs.push(timeCommand(process.execPath, [BIN, '--version'], target.dir, env).ms);
      nodeMs.push(timeCommand(process.execPath, ['-e', '0'], target.dir, env).ms);
      if (extraCa) noCaMs.push(timeCommand(process.execPath, [BIN, 'list', '-m', 'all'], target.dir, envWithoutCa).ms);
      if (ours.stdout !== g.stdout) throw new Error('goradar list -m all differs from go list -m all');
      goMs.push(g.ms);
      ourMs.push(ours.ms);
      const start = process.hrtime.bigint();
      await loadGraphForDir({ dir: target.dir, env });
      resolveMs.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const lines = goMs.length;
    log(`go: ${goMs.map((x) => x.toFixed(0)).join(' ')} ms; goradar: ${ourMs.map((x) => x.toFixed(0)).join(' ')} ms`);
    const row: BenchRow = {
      name: `list -m all (${target.repo}/${target.path}, wall time, median of ${lines})`,
      goradar: { value: median(ourMs), unit: 'ms', higherIsBetter: false },
      anchor: { label: 'go list -m all', value: median(goMs), unit: 'ms', higherIsBetter: false },
      goal: '>= 2.0x (goradar <= 0.5x of go time)',
      extra: { inProcessResolveMs: Number(median(resolveMs).toFixed(1)), ratioGoradarOverGo: Number((median(ourMs) / median(goMs)).toFixed(2)) },
    };
    const resolveRow: BenchRow = {
      name: 'list -m all in-process resolve (graph load only, median)',
      goradar: { value: median(resolveMs), unit: 'ms', higherIsBetter: false },
      anchor: { label: 'go list -m all (whole command)', value: median(goMs), unit: 'ms', higherIsBetter: false },
    };
    const floorRow: BenchRow = {
      name: 'goradar --version (process start-up floor of every CLI run, median)',
      goradar: { value: median(floorMs), unit: 'ms', higherIsBetter: false },
      anchor: { label: 'go list -m all', value: median(goMs), unit: 'ms', higherIsBetter: false },
    };
    const nodeRow: BenchRow = {
      name: 'node -e 0 (the runtime alone, median)',
      goradar: { value: median(nodeMs), unit: 'ms', higherIsBetter: false },
      anchor: { label: 'go list -m all', value: median(goMs), unit: 'ms', higherIsBetter: false },
    };
    const rows = [row, resolveRow, floorRow, nodeRow];
    if (extraCa) {
      rows.push({
        name: 'list -m all with NODE_EXTRA_CA_CERTS unset (median)',
        goradar: { value: median(noCaMs), unit: 'ms', higherIsBetter: false },
        anchor: { label: 'go list -m all', value: median(goMs), unit: 'ms', higherIsBetter: false },
      });
    }
    return rows;
  },
};
