import type { FactIndex } from '../findings/fact-index.js';
import type { SnapshotRow } from '../store/types.js';
import { CODE_SIGNALS, moduleSignals } from './code-signals.js';
import type { TrendFigure } from './report-data.js';
import { share } from './report-math.js';

/** snapshotSignals returns the code signals any module of a snapshot shows. */
export function snapshotSignals(index: FactIndex, snapshot: SnapshotRow): Set<string> {
  const found = new Set<string>();
  for (const m of index.modulesBySnapshot.get(snapshot.id) ?? []) {
    const signals = moduleSignals(index.importsByModule.get(m.id) ?? [], index.signalsByModule.get(m.id)?.aggregateJson);
    for (const s of signals) found.add(s);
  }
  return found;
}

/** buildTrends follows each code signal's adoption over the history points. */
export function buildTrends(index: FactIndex): TrendFigure {
  const points = index.points.map((p) => p.point);
  const perPoint = points.map((point) => index.facts.snapshots.filter((s) => s.point === point).map((s) => snapshotSignals(index, s)));
  return {
    title: 'Adoption of Go practices over time',
    caption:
      'For each history point, the share of repositories with a snapshot at that point in which some module shows the practice: by an import (log/slog, context, iter, syscall/js, C, eBPF libraries) or by the source analyzer’s counts (generics, %w wrapping, errors.Join, range-over-func, go statements).',
    points,
    reposPerPoint: perPoint.map((p) => p.length),
    series: CODE_SIGNALS.map((signal) => {
      const repos = perPoint.map((p) => p.filter((set) => set.has(signal.id)).length);
      return { id: signal.id, label: signal.label, repos, shares: repos.map((n, i) => share(n, perPoint[i]?.length ?? 0)) };
    }),
  };
}
