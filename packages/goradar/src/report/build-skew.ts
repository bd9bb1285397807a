import type { FactIndex } from '../findings/fact-index.js';
import { newestVersion, requiredVersions } from '../findings/fleet-versions.js';
import type { SkewFigure } from './report-data.js';
import { compareStrings } from './report-math.js';

/** TOP_SKEW is how many modules the skew heatmap shows. */
export const TOP_SKEW = 20;

/** buildSkew lists modules required at more than one version across the latest snapshots. */
export function buildSkew(index: FactIndex): SkewFigure {
  const skewed = requiredVersions(index, index.latest).filter((mv) => mv.versions.length > 1);
  const rows = skewed
    .map((mv) => {
      const newest = newestVersion(mv);
      const behind = new Set<number>();
      for (const v of mv.versions) if (v.version !== newest) for (const id of v.repoIds) behind.add(id);
      return { path: mv.path, newest, versions: mv.versions.map((v) => ({ version: v.version, repos: v.repoIds.size })), reposBehind: behind.size };
    })
    .sort((a, b) => b.versions.length - a.versions.length || b.reposBehind - a.reposBehind || compareStrings(a.path, b.path))
    .slice(0, TOP_SKEW);
  return {
    title: 'Version skew',
    caption: `Modules required at more than one version by the go.mod files of the latest snapshots. Each cell counts the repositories requiring that version (columns: versions from oldest to newest, semver order). The ${TOP_SKEW} modules with the most versions.`,
    skewedModules: skewed.length,
    rows,
  };
}
