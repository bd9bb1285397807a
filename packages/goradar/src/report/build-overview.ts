import type { FactIndex } from '../findings/fact-index.js';
import { FINDING_KINDS, findingTitle, severityRank } from '../findings/finding-kinds.js';
import type { NewFinding } from '../store/types.js';
import type { FindingItem, FindingsFigure, Overview } from './report-data.js';
import { compareStrings, zeroSeverities } from './report-math.js';

/** TOP_FINDINGS is how many findings the report lists in its top-findings table. */
export const TOP_FINDINGS = 50;

/** toFindingItem renders a finding for the report, naming its repository. */
export function toFindingItem(index: FactIndex, f: NewFinding): FindingItem {
  return {
    severity: f.severity,
    kind: f.kind,
    repo: index.repoById.get(f.repoId)?.name ?? String(f.repoId),
    file: f.file,
    line: f.line,
    commit: f.commit,
    message: f.message,
  };
}

/** buildOverview counts the fleet: repositories, their latest modules, requirements, files, findings. */
export function buildOverview(index: FactIndex, findings: readonly NewFinding[]): Overview {
  const latestIds = new Set(index.latest.map((s) => s.id));
  const modules = index.facts.modules.filter((m) => latestIds.has(m.snapshotId));
  const moduleIds = new Set(modules.map((m) => m.id));
  const requirements = index.facts.requirements.filter((r) => moduleIds.has(r.moduleId));
  const findingsBySeverity = zeroSeverities();
  for (const f of findings) findingsBySeverity[f.severity]++;
  return {
    title: 'Fleet overview',
    caption:
      'Counts over the latest snapshot of each repository (the working tree, or the newest history point). Requirement lines are `require` entries of go.mod files that parse; distinct modules are distinct required module paths.',
    repos: index.facts.repos.length,
    snapshots: index.facts.snapshots.length,
    points: index.points.map((p) => p.point),
    modules: modules.length,
    unparseableModules: modules.filter((m) => m.manifestError !== null).length,
    workspaces: index.facts.workspaces.filter((w) => latestIds.has(w.snapshotId)).length,
    requirementLines: requirements.length,
    distinctModules: new Set(requirements.map((r) => r.path)).size,
    goFiles: modules.reduce((n, m) => n + (index.signalsByModule.get(m.id)?.files ?? 0), 0),
    problems: index.facts.problems.filter((p) => p.snapshotId === null || latestIds.has(p.snapshotId)).length,
    findingsBySeverity,
  };
}

/** buildFindingsFigure summarizes findings by severity and kind and lists the most severe. */
export function buildFindingsFigure(index: FactIndex, findings: readonly NewFinding[]): FindingsFigure {
  const bySeverity = zeroSeverities();
  const byKind = new Map<string, number>();
  for (const f of findings) {
    bySeverity[f.severity]++;
    byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  }
  const order = new Map(FINDING_KINDS.map((k, i) => [k.kind as string, i]));
  const sorted = [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  return {
    title: 'Findings',
    caption: `Every findings rule run over the latest snapshot of each repository (docs/findings.md defines each kind and its severity). The table lists the ${TOP_FINDINGS} most severe.`,
    total: findings.length,
    bySeverity,
    byKind: [...byKind.entries()]
      .sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || compareStrings(a, b))
      .map(([kind, count]) => ({ kind, title: findingTitle(kind), count })),
    top: sorted.slice(0, TOP_FINDINGS).map((f) => toFindingItem(index, f)),
  };
}
