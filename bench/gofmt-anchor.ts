/**
 * The parsing anchor of the Go-source benchmarks: `gofmt -l` over a list of files, 2,000 per
 * process, with a chosen GOMAXPROCS, timed by wall clock and, through /usr/bin/time, by CPU time
 * (user + system, all threads) and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** GofmtRun is one pass of gofmt -l over the files. */
export interface GofmtRun {
  wallSeconds: number;
  /** cpuSeconds is user + system time summed over the batches; NaN without /usr/bin/time. */
  cpuSeconds: number;
  /** maxRssKb is the largest batch's peak RSS; undefined without /usr/bin/time. */
  maxRssKb: number | undefined;
}

/** TIME_BIN is GNU time, when installed. */
export const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** runGofmt runs gofmt -l over files (relative to cwd, when given) with GOMAXPROCS=procs. */
export function runGofmt(files: readonly string[], options: { procs: number; cwd?: string }): GofmtRun {
  const gofmt = ['/usr/local/go/bin/gofmt', 'gofmt'].find((g) => spawnSync(g, ['-h']).error === undefined);
  if (!gofmt) throw new Error('gofmt not found');
  let cpuSeconds = TIME_BIN ? 0 : NaN;
  let maxRssKb: number | undefined;
  const started = process.hrtime.bigint();
  for (let i = 0; i < files.length; i += 2000) {
    const args = ['-l', ...files.slice(i, i + 2000)];
    const spawnOptions = { cwd: options.cwd, env: { ...process.env, GOMAXPROCS: String(options.procs) }, encoding: 'utf8' as const, maxBuffer: 1 << 26 };
    const r = TIME_BIN ? spawnSync(TIME_BIN, ['-f', 'gofmt-anchor-time %U %S %M', gofmt, ...args], spawnOptions) : spawnSync(gofmt, args, spawnOptions);
    const m = /gofmt-anchor-time ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
    if (m) {
      cpuSeconds += Number(m[1]) + Number(m[2]);
      maxRssKb = Math.max(maxRssKb ?? 0, Number(m[3]));
    }
  }
  return { wallSeconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds, maxRssKb };
}
