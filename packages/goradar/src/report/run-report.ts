import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GoradarError } from '../errors.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Severity } from '../store/types.js';
import { parseFormats, writeReport, type ReportFormat } from './write-report.js';

/** RunReportRequest is `goradar report` after flag parsing. */
export interface RunReportRequest {
  db: string;
  out: string;
  format: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  title?: string;
  /** online reads retractions and deprecations through GOPROXY as well as from the module cache. */
  online?: boolean;
}

/** RunReportResult is what `goradar report` prints. */
export interface RunReportResult {
  db: string;
  dir: string;
  files: Array<{ format: ReportFormat; file: string }>;
  findings: number;
  findingsBySeverity: Record<Severity, number>;
}

/** runReport opens an existing store, writes the report files and closes the store. */
export async function runReport(request: RunReportRequest): Promise<RunReportResult> {
  const formats = parseFormats(request.format);
  const db = resolve(request.cwd, request.db);
  if (!existsSync(db)) {
    throw new GoradarError('ERR_STORE_NOT_FOUND', `no store at ${db}`, { hint: 'run goradar scan first, or name the store with --db' });
  }
  const store = openSqliteStore(db);
  try {
    const result = await writeReport(store, resolve(request.cwd, request.out), { formats, env: request.env, online: request.online === true, ...(request.title ? { title: request.title } : {}) });
    return { db, dir: result.dir, files: result.files, findings: result.findings, findingsBySeverity: result.findingsBySeverity };
  } finally {
    store.close();
  }
}

/** formatReportSummary is the human-readable output of `goradar report`. */
export function formatReportSummary(result: RunReportResult): string {
  const sev = (['critical', 'high', 'medium', 'low', 'info'] as const).map((s) => `${result.findingsBySeverity[s]} ${s}`).join(', ');
  const files = result.files.map((f) => `  ${f.file}\n`).join('');
  return `report written:\n${files}findings: ${result.findings} (${sev})\n`;
}
