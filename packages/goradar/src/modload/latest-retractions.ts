import { parseDependencyGoMod, semver, type Retraction } from '@goradar/gomod';
import type { DirGraph } from './load-graph-for-dir.js';

/**
 * latestVersion picks the version whose go.mod states a module's retractions, as the go command's
 * "latest ignoring retractions" query does: the highest non-excluded release, else the highest
 * non-excluded prerelease. Pseudo-versions only count when nothing else is known.
 */
export function latestVersion(versions: readonly string[], isExcluded: (v: string) => boolean): string | undefined {
  const allowed = semver.sort(versions.filter((v) => semver.isValid(v) && !isExcluded(v)));
  const releases = allowed.filter((v) => semver.prerelease(v) === '');
  return releases[releases.length - 1] ?? allowed[allowed.length - 1];
}

/**
 * retractionsFor returns the retract directives of path's latest known version, read from the
 * requirement source (offline: the versions the source lists, else the versions in the graph).
 */
export async function retractionsFor(loaded: DirGraph, path: string): Promise<Retraction[]> {
  const { graph, source } = loaded;
  let versions = (await source.listVersions?.(path).catch(() => [])) ?? [];
  if (versions.length === 0) versions = graph.vertices().filter((m) => m.path === path).map((m) => m.version);
  const latest = latestVersion(versions, (v) => graph.isExcluded({ path, version: v }));
  if (!latest) return [];
  try {
    return parseDependencyGoMod('go.mod', await source.readGoMod(path, latest)).retracts;
  } catch {
    return [];
  }
}
