import { joinPath } from '@goradar/gomod';
import type { FleetFacts } from './fleet-facts.js';
import type {
  BuildListRow,
  DependencyUsageRow,
  ExcludeRow,
  GoSumEntryRow,
  GoSumRow,
  GraphEdgeRow,
  GraphModuleRow,
  ModuleImportRow,
  ModuleRow,
  ModuleSignalsRow,
  ProblemRow,
  RepoRow,
  ReplaceRow,
  RequirementRow,
  SnapshotRow,
  WorkspaceBuildListRow,
  WorkspaceGraphModuleRow,
  WorkspaceRow,
  WorkspaceSumEntryRow,
} from '../store/types.js';

/** CURRENT_POINT is the snapshot point of a working-tree scan. */
export const CURRENT_POINT = 'current';

/** HistoryPoint is one snapshot point of the fleet, in time order ('current' last). */
export interface HistoryPoint {
  point: string;
  /** cutoff is the ISO instant the point stands for, null for 'current'. */
  cutoff: string | null;
}

/** FactIndex groups FleetFacts by the keys the rules and the report look them up by. */
export interface FactIndex {
  facts: FleetFacts;
  repoById: Map<number, RepoRow>;
  snapshotById: Map<number, SnapshotRow>;
  moduleById: Map<number, ModuleRow>;
  modulesBySnapshot: Map<number, ModuleRow[]>;
  workspacesBySnapshot: Map<number, WorkspaceRow[]>;
  problemsBySnapshot: Map<number, ProblemRow[]>;
  requirementsByModule: Map<number, RequirementRow[]>;
  replacesByModule: Map<number, ReplaceRow[]>;
  excludesByModule: Map<number, ExcludeRow[]>;
  buildListByModule: Map<number, BuildListRow[]>;
  graphEdgesByModule: Map<number, GraphEdgeRow[]>;
  usageByModule: Map<number, DependencyUsageRow[]>;
  importsByModule: Map<number, ModuleImportRow[]>;
  goSumByModule: Map<number, GoSumRow>;
  goSumEntriesByModule: Map<number, GoSumEntryRow[]>;
  graphModulesByModule: Map<number, GraphModuleRow[]>;
  modulesByWorkspace: Map<number, ModuleRow[]>;
  workspaceBuildListByWorkspace: Map<number, WorkspaceBuildListRow[]>;
  workspaceGraphModulesByWorkspace: Map<number, WorkspaceGraphModuleRow[]>;
  workspaceSumEntriesByWorkspace: Map<number, WorkspaceSumEntryRow[]>;
  signalsByModule: Map<number, ModuleSignalsRow>;
  /** latest is the newest snapshot of each repo ('current' when scanned), in repo id order. */
  latest: SnapshotRow[];
  /** points lists every snapshot point of the fleet in time order. */
  points: HistoryPoint[];
}

/** groupBy collects rows into lists keyed by key(row), keeping their order. */
export function groupBy<R, K>(rows: readonly R[], key: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function byId<R extends { id: number }>(rows: readonly R[]): Map<number, R> {
  return new Map(rows.map((r) => [r.id, r]));
}

/** indexFacts builds the lookup maps over facts. */
export function indexFacts(facts: FleetFacts): FactIndex {
  const problemsBySnapshot = new Map<number, ProblemRow[]>();
  for (const p of facts.problems) {
    if (p.snapshotId === null) continue;
    const list = problemsBySnapshot.get(p.snapshotId) ?? [];
    list.push(p);
    problemsBySnapshot.set(p.snapshotId, list);
  }
  return {
    facts,
    repoById: byId(facts.repos),
    snapshotById: byId(facts.snapshots),
    moduleById: byId(facts.modules),
    modulesBySnapshot: groupBy(facts.modules, (m) => m.snapshotId),
    workspacesBySnapshot: groupBy(facts.workspaces, (w) => w.snapshotId),
    problemsBySnapshot,
    requirementsByModule: groupBy(facts.requirements, (r) => r.moduleId),
    replacesByModule: groupBy(facts.replaces, (r) => r.moduleId),
    excludesByModule: groupBy(facts.excludes, (r) => r.moduleId),
    buildListByModule: groupBy(facts.buildLists, (r) => r.moduleId),
    graphEdgesByModule: groupBy(facts.graphEdges, (r) => r.moduleId),
    usageByModule: groupBy(facts.usage, (r) => r.moduleId),
    importsByModule: groupBy(facts.imports, (r) => r.moduleId),
    goSumByModule: new Map(facts.goSums.map((g) => [g.moduleId, g])),
    goSumEntriesByModule: groupBy(facts.goSumEntries, (e) => e.moduleId),
    graphModulesByModule: groupBy(facts.graphModules, (g) => g.moduleId),
    modulesByWorkspace: groupBy(
      facts.modules.filter((m) => m.workspaceId !== null),
      (m) => m.workspaceId as number,
    ),
    workspaceBuildListByWorkspace: groupBy(facts.workspaceBuildLists, (b) => b.workspaceId),
    workspaceGraphModulesByWorkspace: groupBy(facts.workspaceGraphModules, (g) => g.workspaceId),
    workspaceSumEntriesByWorkspace: groupBy(facts.workspaceSumEntries, (e) => e.workspaceId),
    signalsByModule: new Map(facts.moduleSignals.map((s) => [s.moduleId, s])),
    latest: latestSnapshots(facts.snapshots),
    points: historyPoints(facts.snapshots),
  };
}

/** comparePoints orders snapshot points by cutoff, 'current' (no cutoff) last, then by name. */
export function comparePoints(a: HistoryPoint, b: HistoryPoint): number {
  if (a.cutoff !== b.cutoff) {
    if (a.cutoff === null) return 1;
    if (b.cutoff === null) return -1;
    return a.cutoff < b.cutoff ? -1 : 1;
  }
  return a.point < b.point ? -1 : a.point > b.point ? 1 : 0;
}

function historyPoints(snapshots: readonly SnapshotRow[]): HistoryPoint[] {
  const seen = new Map<string, HistoryPoint>();
  for (const s of snapshots) if (!seen.has(s.point)) seen.set(s.point, { point: s.point, cutoff: s.cutoff });
  return [...seen.values()].sort(comparePoints);
}

/** latestSnapshots returns the newest snapshot of each repo ('current' when scanned), in repo id order. */
export function latestSnapshots(snapshots: readonly SnapshotRow[]): SnapshotRow[] {
  const best = new Map<number, SnapshotRow>();
  for (const s of snapshots) {
    const prev = best.get(s.repoId);
    if (!prev || comparePoints(s, prev) > 0) best.set(s.repoId, s);
  }
  return [...best.values()].sort((a, b) => a.repoId - b.repoId);
}

/** manifestFile is the repo-relative path of the go.mod of a module directory. */
export function manifestFile(dir: string): string {
  return siblingFile(dir, 'go.mod');
}

/** siblingFile is the repo-relative path of another file (go.sum, go.work) in a module directory. */
export function siblingFile(dir: string, name: string): string {
  return joinPath(dir, name);
}
