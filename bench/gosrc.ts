/**
 * gosrc benchmark: analyzeGoFile (parse + every signal) over every .go file of a Go tree
 * (GORADAR_BENCH_TREE, default GOROOT/src), single-threaded, beside `gofmt -l` over the same files
 * with GOMAXPROCS=1. Both sides are measured in CPU seconds, so the ratio is per core. goradar runs
 * in a child node process on the built package (packages/gosrc/dist): a cold pass (includes JIT
 * warm-up, the headline figure) and a warm pass; file reading is outside goradar's timing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listGoFiles } from '../tools/conformance/gosrc-compare.js';
import { runGofmt } from './gofmt-anchor.js';
import type { BenchRow, BenchSuite } from './suite.js';

const dist = fileURLToPath(new URL('../packages/gosrc/dist/index.js', import.meta.url));

interface OwnRun {
  bytes: number;
  files: number;
  coldCpuMs: number;
  warmCpuMs: number;
  maxRssKb: number;
  statuses: Record<string, number>;
}

// Runs in a fresh node process: load the files, then time analyzeGoFile over them twice.
const childScript = `
import { readFileSync } from 'node:fs';
const { analyzeGoFile } = await import(process.argv[1]);
const files = readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean);
const bufs = files.map((f) => readFileSync(f));
const statuses = {};
const pass = (record) => {
  const t = process.cpuUsage();
  for (let i = 0; i < bufs.length; i++) {
    const s = analyzeGoFile(files[i], bufs[i]);
    if (record) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  }
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
};
const coldCpuMs = pass(true);
const warmCpuMs = pass(false);
const bytes = bufs.reduce((n, b) => n + b.length, 0);
process.stdout.write(JSON.stringify({ bytes, files: files.length, coldCpuMs, warmCpuMs, maxRssKb: process.resourceUsage().maxRSS, statuses }));
`;

function runOwn(listFile: string): OwnRun {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', childScript, pathToFileURL(dist).href, listFile], {
    encoding: 'utf8', maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`gosrc benchmark child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as OwnRun;
}

function goTree(): string {
  if (process.env.GORADAR_BENCH_TREE) return process.env.GORADAR_BENCH_TREE;
  const r = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' });
  const root = r.status === 0 ? r.stdout.trim() : '/usr/local/go';
  return join(root, 'src');
}

async function run(log: (line: string) => void): Promise<BenchRow[]> {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: build first (npx tsc -b packages/gosrc)`);
  const tree = goTree();
  const files = listGoFiles(tree);
  const dir = mkdtempSync(join(tmpdir(), 'gosrc-bench-'));
  try {
    const listFile = join(dir, 'files.txt');
    writeFileSync(listFile, `${files.join('\n')}\n`);
    log(`${files.length} .go files under ${tree}`);
    const own = runOwn(listFile);
    const mb = own.bytes / 1e6;
    log(`goradar: ${mb.toFixed(1)} MB, cold ${(own.coldCpuMs / 1000).toFixed(2)} s CPU, warm ${(own.warmCpuMs / 1000).toFixed(2)} s CPU, statuses ${JSON.stringify(own.statuses)}`);
    const run = runGofmt(files, { procs: 1 });
    // Without /usr/bin/time, wall time with GOMAXPROCS=1 stands in for CPU time.
    const fmt = { ...run, cpuSeconds: Number.isFinite(run.cpuSeconds) ? run.cpuSeconds : run.wallSeconds };
    log(`gofmt -l (GOMAXPROCS=1): ${fmt.cpuSeconds.toFixed(2)} s CPU, ${fmt.wallSeconds.toFixed(2)} s wall`);
    const anchor = { label: 'gofmt -l, GOMAXPROCS=1', value: mb / fmt.cpuSeconds, unit: 'MB/s per core', higherIsBetter: true };
    const rows: BenchRow[] = [
      {
        name: 'analyzeGoFile, cold pass (MB per CPU second)',
        goradar: { value: mb / (own.coldCpuMs / 1000), unit: 'MB/s per core', higherIsBetter: true },
        anchor,
        goal: '>= 1.0x gofmt per core',
        extra: { files: own.files, megabytes: Number(mb.toFixed(1)) },
      },
      {
        name: 'analyzeGoFile, warm pass (MB per CPU second)',
        goradar: { value: mb / (own.warmCpuMs / 1000), unit: 'MB/s per core', higherIsBetter: true },
        anchor,
      },
      {
        name: 'peak RSS (goradar holds every file in memory)',
        goradar: { value: own.maxRssKb / 1024, unit: 'MB', higherIsBetter: false },
        ...(fmt.maxRssKb ? { anchor: { label: 'gofmt -l, one batch of 2000 files', value: fmt.maxRssKb / 1024, unit: 'MB', higherIsBetter: false } } : {}),
      },
    ];
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** suite registers the gosrc benchmark with `npm run bench`. */
export const suite: BenchSuite = { name: 'gosrc: analyzeGoFile vs gofmt -l, per core', run };
