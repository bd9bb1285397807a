import { groupBy, type FactIndex } from '../findings/fact-index.js';
import { CODE_SIGNALS } from './code-signals.js';
import { snapshotSignals } from './build-trends.js';
import { toFindingItem } from './build-overview.js';
import type { NewFinding } from '../store/types.js';
import type { RepoModule, RepoSection } from './report-data.js';
import { compareStrings, zeroSeverities } from './report-math.js';

/** REPO_FINDINGS is how many findings each repository section lists. */
export const REPO_FINDINGS = 20;

function repoModules(index: FactIndex, snapshotId: number): RepoModule[] {
  return [...(index.modulesBySnapshot.get(snapshotId) ?? [])]
    .sort((a, b) => compareStrings(a.dir, b.dir))
    .map((m) => {
      const reqs = index.requirementsByModule.get(m.id) ?? [];
      return {
        dir: m.dir,
        path: m.path,
        go: m.goVersion,
        toolchain: m.toolchain,
        direct: reqs.filter((r) => !r.indirect).length,
        indirect: reqs.filter((r) => r.indirect).length,
        replaces: (index.replacesByModule.get(m.id) ?? []).length,
        buildList: (index.buildListByModule.get(m.id) ?? []).length,
        goFiles: index.signalsByModule.get(m.id)?.files ?? 0,
        error: m.manifestError ?? m.graphError,
      };
    });
}

/** buildRepoSections describes each repository's latest snapshot: modules, practices, findings. */
export function buildRepoSections(index: FactIndex, findings: readonly NewFinding[]): RepoSection[] {
  const byRepo = groupBy(findings, (f) => f.repoId);
  return index.latest.map((s) => {
    const mine = byRepo.get(s.repoId) ?? [];
    const bySeverity = zeroSeverities();
    for (const f of mine) bySeverity[f.severity]++;
    const signals = snapshotSignals(index, s);
    return {
      name: index.repoById.get(s.repoId)?.name ?? String(s.repoId),
      point: s.point,
      commit: s.commit,
      commitTime: s.commitTime,
      modules: repoModules(index, s.id),
      signals: CODE_SIGNALS.filter((c) => signals.has(c.id)).map((c) => c.id),
      findingsBySeverity: bySeverity,
      findings: mine.slice(0, REPO_FINDINGS).map((f) => toFindingItem(index, f)),
    };
  });
}
