import type { ModuleAdvisories } from './advisories.js';
import type { FactIndex } from './fact-index.js';
import { manifestFile } from './fact-index.js';
import type { FindingKind } from './finding-kinds.js';
import type { ModuleRow, NewFinding, RepoRow, Severity, SnapshotRow } from '../store/types.js';

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

/** scopedModules lists the modules of every repo's latest snapshot, in repo then directory order. */
export function scopedModules(index: FactIndex): ScopedModule[] {
  const out: ScopedModule[] = [];
  for (const snapshot of index.latest) {
    const repo = index.repoById.get(snapshot.repoId);
    if (!repo) continue;
    const modules = [...(index.modulesBySnapshot.get(snapshot.id) ?? [])].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
    for (const module of modules) out.push({ repo, snapshot, module });
  }
  return out;
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

/** moduleFinding builds a finding about a scoped module with the common evidence filled in. */
export function moduleFinding(scope: ScopedModule, spec: FindingSpec): NewFinding {
  const { repo, snapshot, module } = scope;
  return {
    kind: spec.kind,
    severity: spec.severity,
    repoId: repo.id,
    snapshotId: snapshot.id,
    moduleId: module.id,
    file: spec.file ?? manifestFile(module.dir),
    line: spec.line,
    commit: snapshot.commit,
    message: spec.message,
    evidenceJson: JSON.stringify({
      repo: repo.name,
      point: snapshot.point,
      module: module.path,
      moduleDir: module.dir,
      ...spec.evidence,
    }),
  };
}

/** isParsed reports whether a module's go.mod parsed (rules about its content need that). */
export function isParsed(module: ModuleRow): boolean {
  return module.manifestError === null;
}
