import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { GoradarError } from '../errors.js';
import { computeFindings } from '../findings/compute-findings.js';
import { indexFacts } from '../findings/fact-index.js';
import { loadFleetFacts } from '../findings/fleet-facts.js';
import { loadAdvisories } from '../findings/load-advisories.js';
import { writeFileAtomic } from '../fsutil/atomic-write.js';
import type { Severity, Store } from '../store/types.js';
import { buildReportData } from './build-report-data.js';
import { loadChartAssets } from './chart-assets.js';
import { renderHtml } from './render-html.js';
import { renderJson, renderMarkdown } from './render-markdown.js';
import type { ReportData } from './report-data.js';

/** ReportFormat is one output file of a report. */
export type ReportFormat = 'html' | 'md' | 'json';

/** REPORT_FORMATS lists every format, in the order files are written. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'json'];

/** parseFormats reads a `--format` value such as `html,md`; it throws ERR_USAGE on an unknown format. */
export function parseFormats(value: string): ReportFormat[] {
  const wanted = value.split(',').map((f) => f.trim().toLowerCase()).filter((f) => f !== '');
  const unknown = wanted.filter((f) => !(REPORT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || wanted.length === 0) {
    throw new GoradarError('ERR_USAGE', `unknown report format ${JSON.stringify(unknown[0] ?? value)}`, { hint: 'use --format with html, md and/or json, comma-separated' });
  }
  return REPORT_FORMATS.filter((f) => wanted.includes(f));
}

/** WriteReportOptions say what to write and where the environment comes from. */
export interface WriteReportOptions {
  formats?: readonly ReportFormat[];
  /** env supplies GOPROXY (file:// entries) and GOMODCACHE for retractions and deprecations. */
  env?: Readonly<Record<string, string | undefined>>;
  /** online reads retractions and deprecations through the GOPROXY list too (see loadAdvisories). */
  online?: boolean;
  now?: () => Date;
  title?: string;
}

/** WriteReportResult names the files written and summarizes the findings. */
export interface WriteReportResult {
  dir: string;
  files: Array<{ format: ReportFormat; file: string }>;
  findings: number;
  findingsBySeverity: Record<Severity, number>;
  data: ReportData;
}

const FILE_NAMES: Record<ReportFormat, string> = { html: 'report.html', md: 'report.md', json: 'report.json' };

/**
 * writeReport runs the findings rules over the store (replacing its stored findings), computes the
 * report and writes report.html / report.md / report.json into dir, each atomically.
 */
export async function writeReport(store: Store, dir: string, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  const facts = loadFleetFacts(store);
  const index = indexFacts(facts);
  const latestModules = new Set(index.latest.flatMap((s) => (index.modulesBySnapshot.get(s.id) ?? []).map((m) => m.id)));
  const paths = new Set<string>();
  for (const r of facts.requirements) if (latestModules.has(r.moduleId)) paths.add(r.path);
  for (const b of facts.buildLists) if (latestModules.has(b.moduleId) && b.position > 0) paths.add(b.path);
  const env = options.env ?? process.env;
  const advisories = await loadAdvisories(paths, env, env.HOME ?? homedir(), { online: options.online === true });
  const findings = computeFindings(facts, { advisories });
  store.replaceFindings('all', findings);
  const data = buildReportData({ facts, findings, generatedAt: (options.now ?? (() => new Date()))().toISOString(), ...(options.title ? { title: options.title } : {}) });
  const out = resolve(dir);
  const files: WriteReportResult['files'] = [];
  for (const format of options.formats ?? REPORT_FORMATS) {
    const file = join(out, FILE_NAMES[format]);
    const text = format === 'html' ? renderHtml(data, await loadChartAssets()) : format === 'md' ? renderMarkdown(data) : renderJson(data);
    try {
      await writeFileAtomic(file, text);
    } catch (err) {
      throw new GoradarError('ERR_IO', `cannot write ${file}: ${(err as Error).message}`, { cause: err });
    }
    files.push({ format, file });
  }
  return { dir: out, files, findings: findings.length, findingsBySeverity: data.findings.bySeverity, data };
}
