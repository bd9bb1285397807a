import type { ModuleAdvisories } from './advisories.js';
import type { FactIndex } from './fact-index.js';
import { manifestFile, siblingFile } from './fact-index.js';
import type { FindingKind } from './finding-kinds.js';
import type { ModuleRow, NewFinding, RepoRow, Severity, SnapshotRow, WorkspaceRow } from '../store/types.js';

/** RuleContext is what every findings rule reads: the indexed facts and module advisories. */
export interface RuleContext {
  index: FactIndex;
  advisories: ModuleAdvisories;
}

/** Rule turns facts into findings. Rules are pure and deterministic. */
export type Rule = (ctx: RuleContext) => NewFinding[];

/** ScopedModule is a module of a repo's latest snapshot, with the rows it hangs from. */
export interface ScopedModule {
  repo: RepoRow;
  snapshot: SnapshotRow;
  module: ModuleRow;
}

/** latestRows lists the rows of every repo's latest snapshot with the repo and snapshot, in repo then directory order. */
function latestRows<R extends { dir: string }>(index: FactIndex, rowsOf: (snapshotId: number) => readonly R[] | undefined): Array<{ repo: RepoRow; snapshot: SnapshotRow; row: R }> {
  const out: Array<{ repo: RepoRow; snapshot: SnapshotRow; row: R }> = [];
  for (const snapshot of index.latest) {
    const repo = index.repoById.get(snapshot.repoId);
    if (!repo) continue;
    const rows = [...(rowsOf(snapshot.id) ?? [])].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
    for (const row of rows) out.push({ repo, snapshot, row });
  }
  return out;
}

/** scopedModules lists the modules of every repo's latest snapshot, in repo then directory order. */
export function scopedModules(index: FactIndex): ScopedModule[] {
  return latestRows(index, (id) => index.modulesBySnapshot.get(id)).map(({ repo, snapshot, row }) => ({ repo, snapshot, module: row }));
}

/** FindingSpec is the rule-specific part of a finding about one module. */
export interface FindingSpec {
  kind: FindingKind;
  severity: Severity;
  message: string;
  /** line in the file (1-based), null when the finding is about no single line. */
  line: number | null;
  /** file overrides the module's go.mod as the evidence file (repo-relative). */
  file?: string;
  evidence: Record<string, unknown>;
}

/** finding builds a finding about a subject of a snapshot (a module or a go.work) from its spec. */
function finding(scope: { repo: RepoRow; snapshot: SnapshotRow }, subject: { moduleId: number | null; file: string; evidence: Record<string, unknown> }, spec: FindingSpec): NewFinding {
  const { repo, snapshot } = scope;
  return {
    kind: spec.kind,
    severity: spec.severity,
    repoId: repo.id,
    snapshotId: snapshot.id,
    moduleId: subject.moduleId,
    file: spec.file ?? subject.file,
    line: spec.line,
    commit: snapshot.commit,
    message: spec.message,
    evidenceJson: JSON.stringify({ repo: repo.name, point: snapshot.point, ...subject.evidence, ...spec.evidence }),
  };
}

/** moduleFinding builds a finding about a scoped module with the common evidence filled in. */
export function moduleFinding(scope: ScopedModule, spec: FindingSpec): NewFinding {
  const { module } = scope;
  return finding(scope, { moduleId: module.id, file: manifestFile(module.dir), evidence: { module: module.path, moduleDir: module.dir } }, spec);
}

/** isParsed reports whether a module's go.mod parsed (rules about its content need that). */
export function isParsed(module: ModuleRow): boolean {
  return module.manifestError === null;
}

/** ScopedWorkspace is a go.work of a repo's latest snapshot. */
export interface ScopedWorkspace {
  repo: RepoRow;
  snapshot: SnapshotRow;
  workspace: WorkspaceRow;
}

/** scopedWorkspaces lists the go.work files of every repo's latest snapshot, in repo then directory order. */
export function scopedWorkspaces(index: FactIndex): ScopedWorkspace[] {
  return latestRows(index, (id) => index.workspacesBySnapshot.get(id)).map(({ repo, snapshot, row }) => ({ repo, snapshot, workspace: row }));
}

/** workspaceFinding builds a finding about a go.work workspace (no module) with the common evidence filled in. */
export function workspaceFinding(scope: ScopedWorkspace, spec: FindingSpec): NewFinding {
  return finding(scope, { moduleId: null, file: siblingFile(scope.workspace.dir, 'go.work'), evidence: { workspaceDir: scope.workspace.dir } }, spec);
}
