import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { writeJson } from '../io.js';
import { writeScanReport } from './report.js';

interface ScanFlags {
  db?: string;
  history?: string;
  since?: string;
  workers?: string;
  maxFileSize?: string;
  online?: boolean;
  report?: string;
  json?: boolean;
}

/**
 * registerScan adds `goradar scan PATH...`: find every Go module under the paths (git repositories
 * or directories of them), resolve and analyse them, and record everything in the store.
 */
export function registerScan(program: Command, ctx: CliContext): void {
  program
    .command('scan')
    .description('Scan Go repositories (or directories of them) and record modules, graphs and code signals in the store. Without --history a git repository is read from its working tree (HEAD\'s commit is recorded); with --history, from its commits.')
    .argument('<paths...>', 'directories or git repositories')
    .option('--db <file>', 'SQLite store file', '.goradar/goradar.db')
    .option('--history <granularity>', 'read each git repository at yearly, quarterly or monthly cut-offs (main-line commits)')
    .option('--since <date>', 'first history period (YYYY, YYYY-MM or YYYY-MM-DD; default: three years ago)')
    .option('--workers <n>', 'worker threads analysing Go files (default: one per core but one; 0 analyses on the main thread)')
    .option('--max-file-size <bytes>', 'Go files larger than this are recorded as too large (default 8 MiB)')
    .option('--online', 'also fetch go.mod files missing from the module cache and file:// GOPROXY entries through GOPROXY (verified against go.sum and GOSUMDB), and with --report read retractions and deprecations through it; without it a scan never uses the network')
    .option('--report <dir>', 'also compute findings and write the report (report.html, report.md, report.json) into dir')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], flags: ScanFlags) => {
      const [{ runScan }, { ScanProgress }, { formatScanSummary }] = await Promise.all([
        import('../../scan/run-scan.js'),
        import('./scan-progress.js'),
        import('./scan-summary.js'),
      ]);
      const progress = new ScanProgress(ctx.io);
      const result = await runScan({
        paths,
        cwd: ctx.io.cwd,
        db: flags.db,
        history: flags.history,
        since: flags.since,
        workers: flags.workers,
        maxFileSize: flags.maxFileSize,
        online: Boolean(flags.online),
        env: ctx.io.env,
        onProgress: (stats, current) => progress.update(stats, current),
      }).finally(() => progress.done());
      if (!flags.json) ctx.io.stdout(formatScanSummary(result));
      const report = flags.report === undefined ? undefined : await writeScanReport(ctx, result.db, flags.report, Boolean(flags.json), Boolean(flags.online));
      if (flags.json) writeJson(ctx.io, report === undefined ? result : { ...result, report });
      ctx.exitCode = 0;
    });
}
