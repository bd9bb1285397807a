import { createHash } from 'node:crypto';
import { chartSpecs } from './chart-specs.js';
import { escapeHtml, jsonForScript, scriptSafe } from './escape.js';
import { CLIENT_SCRIPT } from './html-client-script.js';
import {
  emergingSection,
  findingsSection,
  goVersionSection,
  overviewSection,
  replacesSection,
  reposSection,
  reuseSection,
  skewSection,
  trendsSection,
} from './html-sections.js';
import { REPORT_CSS } from './html-styles.js';
import type { ReportData } from './report-data.js';

/** ChartAssets are the browser builds of the charting libraries, inlined into the page. */
export interface ChartAssets {
  /** chartJs is Chart.js's UMD build (defines the global Chart). */
  chartJs: string;
  /** matrixJs is chartjs-chart-matrix's UMD build (registers the matrix chart type). */
  matrixJs: string;
}

const NAV: Array<[string, string]> = [
  ['overview', 'Overview'],
  ['findings', 'Findings'],
  ['reuse', 'Module reuse'],
  ['skew', 'Version skew'],
  ['go-versions', 'Go versions'],
  ['trends', 'Practices over time'],
  ['emerging', 'Emerging modules'],
  ['replaces', 'Replaces and forks'],
  ['repos', 'Repositories'],
];

function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * renderHtml renders the report as one self-contained HTML page: data, styles, Chart.js and the
 * chart code are inline, and a Content-Security-Policy allows nothing to be fetched and only these
 * exact scripts to run. All text from the fleet (names, paths, messages) is escaped.
 */
export function renderHtml(d: ReportData, assets: ChartAssets): string {
  const specs = chartSpecs(d);
  const scripts = [scriptSafe(assets.chartJs), scriptSafe(assets.matrixJs), CLIENT_SCRIPT];
  const csp = `default-src 'none'; script-src ${scripts.map(scriptHash).join(' ')}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  const nav = NAV.map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label)}</a></li>`).join('');
  const body = [
    overviewSection(d),
    findingsSection(d, specs),
    reuseSection(d, specs),
    skewSection(d, specs),
    goVersionSection(d, specs),
    trendsSection(d, specs),
    emergingSection(d, specs),
    replacesSection(d),
    reposSection(d),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="goradar">
<title>${escapeHtml(d.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header>
<h1>${escapeHtml(d.title)}</h1>
<p>Generated ${escapeHtml(d.generatedAt)} by goradar. The same figures are in report.json and report.md.</p>
<nav aria-label="Report sections"><ul>${nav}</ul></nav>
</header>
<main id="main">
${body}
</main>
<footer>Charts drawn with Chart.js and chartjs-chart-matrix (MIT licence), embedded in this file.</footer>
<script type="application/json" id="goradar-charts">${jsonForScript(specs)}</script>
${scripts.map((s) => `<script>${s}</script>`).join('\n')}
</body>
</html>
`;
}
