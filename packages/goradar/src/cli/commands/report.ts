import type { Command } from 'commander';
import type { CliContext } from '../main.js';
import { writeJson } from '../io.js';

interface ReportFlags {
  db: string;
  out: string;
  format: string;
  title?: string;
  json?: boolean;
  online?: boolean;
}

/**
 * registerReport adds `goradar report`: run the findings rules over the store and write the fleet
 * report as one self-contained HTML file, Markdown and JSON.
 */
export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description('Compute findings and write the fleet report (self-contained HTML with charts, Markdown, JSON) from the store.')
    .option('--db <file>', 'SQLite store file', '.goradar/goradar.db')
    .option('--out <dir>', 'directory for report.html, report.md and report.json', 'goradar-report')
    .option('--format <list>', 'comma-separated formats: html, md, json', 'html,md,json')
    .option('--title <text>', 'report title')
    .option('--online', 'also read retractions and deprecations through GOPROXY (the latest go.mod of each required module, verified against GOSUMDB and kept in the module cache); without it the report never uses the network')
    .option('--json', 'print the result as JSON')
    .action(async (flags: ReportFlags) => {
      const { runReport, formatReportSummary } = await import('../../report/run-report.js');
      const result = await runReport({ db: flags.db, out: flags.out, format: flags.format, cwd: ctx.io.cwd, env: ctx.io.env, online: Boolean(flags.online), ...(flags.title ? { title: flags.title } : {}) });
      if (flags.json) writeJson(ctx.io, result);
      else ctx.io.stdout(formatReportSummary(result));
      ctx.exitCode = 0;
    });
}

/**
 * writeScanReport writes the report of the store a scan just filled (`goradar scan --report DIR`)
 * and prints where it went; with json, the caller prints the result instead.
 */
export async function writeScanReport(ctx: CliContext, db: string, dir: string, json: boolean, online = false): Promise<unknown> {
  const { runReport, formatReportSummary } = await import('../../report/run-report.js');
  const result = await runReport({ db, out: dir, format: 'html,md,json', cwd: ctx.io.cwd, env: ctx.io.env, online });
  if (!json) ctx.io.stdout(formatReportSummary(result));
  return result;
}
