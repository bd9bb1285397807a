/**
 * Scan benchmark: `goradar scan` over a large Go source tree available offline (GORADAR_BENCH_TREE,
 * default /usr/local/go/src, which holds several modules), with 1 and 2 workers and a fresh store
 * each time, beside `gofmt -l` over exactly the same files with GOMAXPROCS=1 and 2 as the parsing
 * anchor. Also the rescan of an unchanged tree (every content already analysed) and peak RSS.
 * Wall-clock throughput flatters goradar with one worker (the main thread reads, hashes and stores
 * beside it, and V8 collects garbage on threads of its own), so throughput per CPU second (user +
 * system time of all threads, from /usr/bin/time) is compared too: the honest per-core figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutTree } from '../packages/goradar/src/scan/module-layout.js';
import { WorktreeReader } from '../packages/goradar/src/scan/worktree-reader.js';
import { runGofmt, TIME_BIN } from './gofmt-anchor.js';
import type { BenchRow, BenchSuite } from './suite.js';

const bin = fileURLToPath(new URL('../packages/goradar/bin/goradar.js', import.meta.url));

interface ScanRun {
  seconds: number;
  megabytes: number;
  modules: number;
  files: number;
  analysed: number;
  peakRssMb: number | undefined;
  /** cpuSeconds is user + system time of all threads (NaN without /usr/bin/time). */
  cpuSeconds: number;
}

const timeFormat = 'peak-rss-kb %M cpu-s %U %S';

function cpuOf(stderr: string): number {
  const m = /cpu-s ([\d.]+) ([\d.]+)/.exec(stderr);
  return m ? Number(m[1]) + Number(m[2]) : NaN;
}

function timeScan(tree: string, db: string, workers: number): ScanRun {
  const timeBin = TIME_BIN;
  const args = [bin, 'scan', tree, '--db', db, '--workers', String(workers), '--json'];
  const started = process.hrtime.bigint();
  const result = timeBin
    ? spawnSync(timeBin, ['-f', timeFormat, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`goradar scan failed: ${result.stderr}`);
  const summary = JSON.parse(result.stdout) as { stats: { bytesAnalysed: number; modules: number; goFiles: number; filesAnalysed: number } };
  const rss = /peak-rss-kb (\d+)/.exec(result.stderr ?? '');
  return {
    seconds,
    megabytes: summary.stats.bytesAnalysed / 1e6,
    modules: summary.stats.modules,
    files: summary.stats.goFiles,
    analysed: summary.stats.filesAnalysed,
    peakRssMb: rss ? Number(rss[1]) / 1024 : undefined,
    cpuSeconds: cpuOf(result.stderr ?? ''),
  };
}

async function goFilesOf(tree: string): Promise<{ files: string[]; megabytes: number }> {
  const listing = await new WorktreeReader({ root: tree }).list();
  const goFiles = layoutTree(listing.files).modules.flatMap((m) => m.goFiles);
  return { files: goFiles.map((f) => f.path), megabytes: goFiles.reduce((n, f) => n + f.size, 0) / 1e6 };
}

/** suite measures scan throughput against gofmt. */
export const suite: BenchSuite = {
  name: 'scan',
  async run(log) {
    const tree = process.env.GORADAR_BENCH_TREE ?? '/usr/local/go/src';
    const work = mkdtempSync(join(tmpdir(), 'goradar-bench-scan-'));
    try {
      const { files, megabytes } = await goFilesOf(tree);
      log(`${tree}: ${files.length} Go files, ${megabytes.toFixed(1)} MB`);
      // Read every file once, so neither tool meets a cold page cache in its first round.
      for (const file of files) readFileSync(join(tree, file));
      const rows: BenchRow[] = [];
      for (const workers of [1, 2]) {
        const gofmt = runGofmt(files, { procs: workers, cwd: tree });
        const gofmtSeconds = gofmt.wallSeconds;
        const db = join(work, `w${workers}.db`);
        const cold = timeScan(tree, db, workers);
        log(`workers=${workers}: ${cold.files} files (${cold.analysed} analysed), ${cold.modules} modules in ${cold.seconds.toFixed(2)}s (${(cold.modules / cold.seconds).toFixed(2)} modules/s), peak RSS ${cold.peakRssMb?.toFixed(0) ?? 'n/a'} MB, ${cold.cpuSeconds.toFixed(2)} CPU s; gofmt -l GOMAXPROCS=${workers} ${gofmtSeconds.toFixed(2)}s, ${gofmt.cpuSeconds.toFixed(2)} CPU s`);
        rows.push({
          name: `scan throughput, ${workers} worker${workers > 1 ? 's' : ''} (cold store)`,
          goradar: { value: cold.megabytes / cold.seconds, unit: 'MB/s', higherIsBetter: true },
          anchor: { label: `gofmt -l (GOMAXPROCS=${workers})`, value: megabytes / gofmtSeconds, unit: 'MB/s', higherIsBetter: true },
          goal: '>= 1.0x',
          extra: { modulesPerSecond: Number((cold.modules / cold.seconds).toFixed(2)), files: cold.files, peakRssMb: cold.peakRssMb === undefined ? 'n/a' : Number(cold.peakRssMb.toFixed(0)) },
        });
        if (workers === 1 && Number.isFinite(cold.cpuSeconds) && Number.isFinite(gofmt.cpuSeconds)) {
          rows.push({
            name: 'scan throughput per CPU second, 1 worker (all threads)',
            goradar: { value: cold.megabytes / cold.cpuSeconds, unit: 'MB/CPU-s', higherIsBetter: true },
            anchor: { label: 'gofmt -l (GOMAXPROCS=1)', value: megabytes / gofmt.cpuSeconds, unit: 'MB/CPU-s', higherIsBetter: true },
            goal: '>= 1.0x per core',
          });
        }
        if (workers === 2) {
          const warm = timeScan(tree, db, workers);
          log(`rescan: ${warm.analysed} analysed in ${warm.seconds.toFixed(2)}s, peak RSS ${warm.peakRssMb?.toFixed(0) ?? 'n/a'} MB`);
          rows.push({
            name: 'rescan of an unchanged tree (all contents known)',
            goradar: { value: warm.seconds * 1000, unit: 'ms', higherIsBetter: false },
            extra: { analysed: warm.analysed, peakRssMb: warm.peakRssMb === undefined ? 'n/a' : Number(warm.peakRssMb.toFixed(0)) },
          });
        }
      }
      return rows;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
