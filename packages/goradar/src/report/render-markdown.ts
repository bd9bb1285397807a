import { percent } from './escape.js';
import { mdFigure, mdLocation, mdTable } from './markdown-blocks.js';
import type { FindingItem, ReportData, RepoSection } from './report-data.js';
import { escapeMarkdown } from './escape.js';

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'] as const;

function findingsTable(items: readonly FindingItem[]): string {
  return mdTable(
    ['severity', 'kind', 'repository', 'location', 'commit', 'message'],
    items.map((f) => [f.severity, f.kind, f.repo, mdLocation(f.file, f.line), f.commit ? f.commit.slice(0, 12) : '', f.message]),
  );
}

function overview(d: ReportData): string {
  const o = d.overview;
  const rows: Array<[string, string | number]> = [
    ['repositories', o.repos],
    ['snapshots', o.snapshots],
    ['history points', o.points.join(', ')],
    ['modules (latest)', o.modules],
    ['modules whose go.mod does not parse', o.unparseableModules],
    ['workspaces (go.work)', o.workspaces],
    ['requirement lines', o.requirementLines],
    ['distinct required modules', o.distinctModules],
    ['Go files', o.goFiles],
    ['problems recorded by the scan', o.problems],
    ...SEVERITY_ORDER.map((s): [string, number] => [`findings: ${s}`, o.findingsBySeverity[s]]),
  ];
  return mdFigure(2, o.title, o.caption, mdTable(['figure', 'value'], rows, [1]));
}

function findings(d: ReportData): string {
  const f = d.findings;
  const kinds = mdTable(['kind', 'title', 'findings'], f.byKind.map((k) => [k.kind, k.title, k.count]), [2]);
  return mdFigure(2, f.title, f.caption, `${kinds}\n${findingsTable(f.top)}`);
}

function reuse(d: ReportData): string {
  const r = d.reuse;
  const rows = r.rows.map((m) => [m.path, m.repos, percent(m.share), m.directRepos, m.indirectRepos]);
  const intro = `${r.distinctModules} distinct modules required across ${r.totalRepos} repositories.\n\n`;
  return mdFigure(2, r.title, r.caption, intro + mdTable(['module', 'repositories', 'share', 'direct', 'indirect only'], rows, [1, 2, 3, 4]));
}

function skew(d: ReportData): string {
  const s = d.skew;
  const rows = s.rows.map((m) => [m.path, m.newest, m.versions.map((v) => `${v.version} (${v.repos})`).join(', '), m.reposBehind]);
  const intro = `${s.skewedModules} modules are required at more than one version.\n\n`;
  return mdFigure(2, s.title, s.caption, intro + mdTable(['module', 'newest', 'versions (repositories)', 'repositories behind'], rows, [3]));
}

function goVersions(d: ReportData): string {
  const g = d.goVersions;
  const go = mdTable(['go', 'modules'], g.go.map((v) => [v.version, v.modules]), [1]);
  const tc = mdTable(['toolchain', 'modules'], g.toolchain.map((v) => [v.version, v.modules]), [1]);
  const outliers = mdTable(['repository', 'module dir', 'directive', 'version'], g.outliers.map((o) => [o.repo, o.moduleDir, o.directive, o.version]));
  const facts = `Median go: ${escapeMarkdown(g.goMedian || 'n/a')}; median toolchain: ${escapeMarkdown(g.toolchainMedian || 'n/a')}; modules without a go line: ${g.missingGo}; without a toolchain line: ${g.noToolchain}.\n\n`;
  return mdFigure(2, g.title, g.caption, `${facts}${go}\n${tc}\n**Outliers**\n\n${outliers}`);
}

function trends(d: ReportData): string {
  const t = d.trends;
  const rows: Array<Array<string | number>> = [['repositories', ...t.reposPerPoint]];
  for (const s of t.series) rows.push([s.label, ...s.shares.map((x, i) => `${percent(x)} (${s.repos[i] ?? 0})`)]);
  return mdFigure(2, t.title, t.caption, mdTable(['practice', ...t.points], rows));
}

function emerging(d: ReportData): string {
  const e = d.emerging;
  const rows = e.rows.map((r) => [r.path, ...r.shares.map(percent), `+${percent(r.growth)}`]);
  return mdFigure(2, e.title, e.caption, mdTable(['module', ...e.points, 'growth'], rows));
}

function replaces(d: ReportData): string {
  const r = d.replaces;
  const counts = `local inside: ${r.counts['local-inside']}, local outside: ${r.counts['local-outside']}, forks: ${r.counts.fork}, pins: ${r.counts.pin}.\n\n`;
  const rows = r.items.map((i) => [i.repo, mdLocation(i.file, i.line), i.old, i.new, i.class]);
  return mdFigure(2, r.title, r.caption, counts + mdTable(['repository', 'location', 'replaces', 'with', 'class'], rows));
}

function repoSection(r: RepoSection): string {
  const where = `${r.point}${r.commit ? ` at ${r.commit.slice(0, 12)}` : ''}${r.commitTime ? ` (${r.commitTime})` : ''}`;
  const modules = mdTable(
    ['dir', 'module', 'go', 'toolchain', 'direct', 'indirect', 'replaces', 'build list', 'Go files', 'error'],
    r.modules.map((m) => [m.dir, m.path, m.go, m.toolchain, m.direct, m.indirect, m.replaces, m.buildList, m.goFiles, m.error]),
    [4, 5, 6, 7, 8],
  );
  const sev = SEVERITY_ORDER.map((s) => `${s} ${r.findingsBySeverity[s]}`).join(', ');
  const signals = r.signals.length > 0 ? r.signals.join(', ') : 'none';
  return `### ${escapeMarkdown(r.name)}\n\nSnapshot: ${escapeMarkdown(where)}. Practices: ${escapeMarkdown(signals)}. Findings: ${sev}.\n\n${modules}\n${findingsTable(r.findings)}\n`;
}

/** renderMarkdown renders the report as one Markdown document (GitHub flavour). */
export function renderMarkdown(d: ReportData): string {
  const head = `# ${escapeMarkdown(d.title)}\n\nGenerated ${escapeMarkdown(d.generatedAt)} by goradar.\n\n`;
  const repos = `## Repositories\n\n_The latest snapshot of each repository: its modules, the practices its code shows and its findings._\n\n${d.repos.map(repoSection).join('\n')}`;
  return [head, overview(d), findings(d), reuse(d), skew(d), goVersions(d), trends(d), emerging(d), replaces(d), repos].join('\n').replace(/\n{3,}/g, '\n\n');
}

/** renderJson renders the report data as indented JSON: every figure the other formats show. */
export function renderJson(d: ReportData): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
