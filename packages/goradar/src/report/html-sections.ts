import { escapeHtml, percent } from './escape.js';
import { chartFigure, codeCell, htmlTable, section, severityBadge } from './html-blocks.js';
import type { ChartSpec } from './chart-specs.js';
import type { FindingItem, ReportData, RepoSection } from './report-data.js';

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;

function figure(specs: readonly ChartSpec[], id: string, caption: string, tall = false): string {
  const spec = specs.find((s) => s.canvasId === id);
  return spec ? chartFigure({ canvasId: id, label: spec.label, caption, tall }) : '';
}

function location(file: string | null, line: number | null): string {
  if (!file) return '';
  return line === null ? file : `${file}:${line}`;
}

function findingsTable(caption: string, items: readonly FindingItem[]): string {
  return htmlTable({
    caption,
    headers: ['severity', 'kind', 'repository', 'location', 'commit', 'message'],
    rows: items.map((f) => [severityBadge(f.severity), f.kind, f.repo, codeCell(location(f.file, f.line)), f.commit ? codeCell(f.commit.slice(0, 12)) : '', f.message]),
  });
}

/** overviewSection renders the fleet overview as a list of figures. */
export function overviewSection(d: ReportData): string {
  const o = d.overview;
  const stats: Array<[string, string | number]> = [
    ['repositories', o.repos],
    ['snapshots', o.snapshots],
    ['modules', o.modules],
    ['unparseable go.mod', o.unparseableModules],
    ['workspaces', o.workspaces],
    ['requirement lines', o.requirementLines],
    ['distinct modules', o.distinctModules],
    ['Go files', o.goFiles],
    ['scan problems', o.problems],
    ['findings (high+)', o.findingsBySeverity.critical + o.findingsBySeverity.high],
  ];
  const dl = `<dl class="stats">\n${stats.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(String(v))}</dd></div>`).join('\n')}\n</dl>`;
  const points = `<p>History points: ${o.points.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ') || 'none'}.</p>`;
  return section('overview', o.title, `${dl}\n${points}\n<p class="caption">${escapeHtml(o.caption)}</p>`);
}

/** findingsSection renders findings by severity (chart), by kind and the most severe ones. */
export function findingsSection(d: ReportData, specs: readonly ChartSpec[]): string {
  const f = d.findings;
  const bySeverity = htmlTable({ caption: 'Findings by severity', headers: ['severity', 'findings'], rows: SEVERITIES.map((s) => [severityBadge(s), f.bySeverity[s]]), numeric: [1] });
  const byKind = htmlTable({ caption: 'Findings by kind', headers: ['kind', 'title', 'findings'], rows: f.byKind.map((k) => [k.kind, k.title, k.count]), numeric: [2] });
  return section('findings', f.title, `${figure(specs, 'chart-findings', f.caption)}\n${bySeverity}\n${byKind}\n${findingsTable('Most severe findings', f.top)}`);
}

/** reuseSection renders module reuse (chart and table). */
export function reuseSection(d: ReportData, specs: readonly ChartSpec[]): string {
  const r = d.reuse;
  const table = htmlTable({
    caption: `Most required modules (${r.distinctModules} distinct modules, ${r.totalRepos} repositories)`,
    headers: ['module', 'repositories', 'share', 'direct', 'indirect only'],
    rows: r.rows.map((m) => [codeCell(m.path), m.repos, percent(m.share), m.directRepos, m.indirectRepos]),
    numeric: [1, 2, 3, 4],
  });
  return section('reuse', r.title, `${figure(specs, 'chart-reuse', r.caption, r.rows.length > 10)}\n${table}`);
}

/** skewSection renders the version-skew heatmap and its table. */
export function skewSection(d: ReportData, specs: readonly ChartSpec[]): string {
  const s = d.skew;
  const table = htmlTable({
    caption: `Modules required at several versions (${s.skewedModules} in all)`,
    headers: ['module', 'newest', 'versions (repositories)', 'repositories behind'],
    rows: s.rows.map((m) => [codeCell(m.path), m.newest, m.versions.map((v) => `${v.version} (${v.repos})`).join(', '), m.reposBehind]),
    numeric: [3],
  });
  return section('skew', s.title, `${figure(specs, 'chart-skew', s.caption, s.rows.length > 10)}\n${table}`);
}

/** goVersionSection renders the go/toolchain spread and its outliers. */
export function goVersionSection(d: ReportData, specs: readonly ChartSpec[]): string {
  const g = d.goVersions;
  const summary = `<p>Median go line: <code>${escapeHtml(g.goMedian || 'n/a')}</code>; median toolchain: <code>${escapeHtml(g.toolchainMedian || 'n/a')}</code>; modules without a go line: ${g.missingGo}; without a toolchain line: ${g.noToolchain}.</p>`;
  const go = htmlTable({ caption: 'go lines', headers: ['language version', 'modules'], rows: g.go.map((v) => [v.version, v.modules]), numeric: [1] });
  const tc = htmlTable({ caption: 'toolchain lines', headers: ['language version', 'modules'], rows: g.toolchain.map((v) => [v.version, v.modules]), numeric: [1] });
  const outliers = htmlTable({ caption: 'Outliers', headers: ['repository', 'module dir', 'directive', 'version'], rows: g.outliers.map((o) => [o.repo, codeCell(o.moduleDir), o.directive, o.version]) });
  return section('go-versions', g.title, `${figure(specs, 'chart-go-versions', g.caption)}\n${summary}\n${go}\n${tc}\n${outliers}`);
}

/** trendsSection renders the adoption of practices over the history points. */
export function trendsSection(d: ReportData, specs: readonly ChartSpec[]): string {
  const t = d.trends;
  const rows = [['repositories', ...t.reposPerPoint], ...t.series.map((s) => [s.label, ...s.shares.map((x, i) => `${percent(x)} (${s.repos[i] ?? 0})`)])];
  const table = htmlTable({ caption: 'Share of repositories (count) per history point', headers: ['practice', ...t.points], rows });
  return section('trends', t.title, `${figure(specs, 'chart-trends', t.caption)}\n${table}`);
}

/** emergingSection renders the modules whose reuse grew fastest. */
export function emergingSection(d: ReportData, specs: readonly ChartSpec[]): string {
  const e = d.emerging;
  const table = htmlTable({ caption: 'Emerging modules', headers: ['module', ...e.points, 'growth'], rows: e.rows.map((r) => [codeCell(r.path), ...r.shares.map(percent), `+${percent(r.growth)}`]) });
  return section('emerging', e.title, `${figure(specs, 'chart-emerging', e.caption)}\n${table}`);
}

/** replacesSection renders the replace directives and their classification. */
export function replacesSection(d: ReportData): string {
  const r = d.replaces;
  const counts = `<p>Inside the repository: ${r.counts['local-inside']}; outside it: ${r.counts['local-outside']}; forks: ${r.counts.fork}; pins: ${r.counts.pin}.</p>`;
  const table = htmlTable({ caption: 'Replace directives', headers: ['repository', 'location', 'replaces', 'with', 'class'], rows: r.items.map((i) => [i.repo, codeCell(location(i.file, i.line)), codeCell(i.old), codeCell(i.new), i.class]) });
  return section('replaces', r.title, `${counts}\n<p class="caption">${escapeHtml(r.caption)}</p>\n${table}`);
}

function repoBlock(r: RepoSection, i: number): string {
  const where = `${r.point}${r.commit ? ` at ${r.commit.slice(0, 12)}` : ''}${r.commitTime ? ` (${r.commitTime})` : ''}`;
  const modules = htmlTable({
    caption: 'Modules',
    headers: ['dir', 'module', 'go', 'toolchain', 'direct', 'indirect', 'replaces', 'build list', 'Go files', 'error'],
    rows: r.modules.map((m) => [codeCell(m.dir), codeCell(m.path), m.go, m.toolchain, m.direct, m.indirect, m.replaces, m.buildList, m.goFiles, m.error]),
    numeric: [4, 5, 6, 7, 8],
  });
  const sev = SEVERITIES.map((s) => `${s} ${r.findingsBySeverity[s]}`).join(', ');
  return `<article id="repo-${i + 1}" aria-labelledby="repo-${i + 1}-h">
<h3 id="repo-${i + 1}-h">${escapeHtml(r.name)}</h3>
<p>Snapshot ${escapeHtml(where)}. Practices: ${escapeHtml(r.signals.join(', ') || 'none')}. Findings: ${escapeHtml(sev)}.</p>
${modules}
${findingsTable('Findings', r.findings)}
</article>`;
}

/** reposSection renders one block per repository. */
export function reposSection(d: ReportData): string {
  const caption = '<p class="caption">The latest snapshot of each repository: its modules, the practices its code shows and its findings.</p>';
  return section('repos', 'Repositories', `${caption}\n${d.repos.map(repoBlock).join('\n')}`);
}
