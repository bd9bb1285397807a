import type { FactIndex } from '../findings/fact-index.js';
import type { SnapshotRow } from '../store/types.js';
import type { EmergingFigure, ReuseFigure } from './report-data.js';
import { compareStrings, round4, share } from './report-math.js';

/** TOP_REUSE is how many modules the reuse figure shows. */
export const TOP_REUSE = 25;
/** TOP_EMERGING is how many modules the emerging-modules figure shows. */
export const TOP_EMERGING = 10;

interface Requirers {
  any: Set<number>;
  direct: Set<number>;
}

/** requirersByPath maps each required module path to the repos requiring it (any / directly) in snapshots. */
export function requirersByPath(index: FactIndex, snapshots: readonly SnapshotRow[]): Map<string, Requirers> {
  const out = new Map<string, Requirers>();
  for (const s of snapshots) {
    for (const m of index.modulesBySnapshot.get(s.id) ?? []) {
      if (m.manifestError !== null) continue;
      for (const r of index.requirementsByModule.get(m.id) ?? []) {
        const entry = out.get(r.path) ?? { any: new Set<number>(), direct: new Set<number>() };
        out.set(r.path, entry);
        entry.any.add(s.repoId);
        if (!r.indirect) entry.direct.add(s.repoId);
      }
    }
  }
  return out;
}

/** buildReuse ranks modules by the share of repositories requiring them (latest snapshots). */
export function buildReuse(index: FactIndex): ReuseFigure {
  const total = index.latest.length;
  const requirers = requirersByPath(index, index.latest);
  const rows = [...requirers.entries()]
    .map(([path, r]) => ({ path, repos: r.any.size, share: share(r.any.size, total), directRepos: r.direct.size, indirectRepos: r.any.size - r.direct.size }))
    .sort((a, b) => b.repos - a.repos || b.directRepos - a.directRepos || compareStrings(a.path, b.path))
    .slice(0, TOP_REUSE);
  return {
    title: 'Module reuse',
    caption: `Share of repositories whose latest snapshot requires each module in some go.mod (direct: at least one line without // indirect; indirect: only // indirect lines). The ${TOP_REUSE} most required modules.`,
    totalRepos: total,
    distinctModules: requirers.size,
    rows,
  };
}

/** buildEmerging ranks modules by how much their share of requiring repositories grew from the first to the last history point. */
export function buildEmerging(index: FactIndex): EmergingFigure {
  const points = index.points.map((p) => p.point);
  const perPoint = points.map((point) => {
    const snapshots = index.facts.snapshots.filter((s) => s.point === point);
    return { total: snapshots.length, requirers: requirersByPath(index, snapshots) };
  });
  const paths = new Set(perPoint.flatMap((p) => [...p.requirers.keys()]));
  const rows =
    points.length < 2
      ? []
      : [...paths]
          .map((path) => {
            const shares = perPoint.map((p) => share(p.requirers.get(path)?.any.size ?? 0, p.total));
            return { path, shares, growth: round4((shares[shares.length - 1] ?? 0) - (shares[0] ?? 0)) };
          })
          .filter((r) => r.growth > 0)
          .sort((a, b) => b.growth - a.growth || compareStrings(a.path, b.path))
          .slice(0, TOP_EMERGING);
  return {
    title: 'Emerging modules',
    caption: `For each history point, the share of repositories with a snapshot at that point that require the module; growth is the last point's share minus the first's. The ${TOP_EMERGING} fastest growing (needs at least two points).`,
    points,
    rows,
  };
}
