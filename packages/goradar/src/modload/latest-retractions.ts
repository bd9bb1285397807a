import { parseDependencyGoMod, semver, type Retraction } from '@goradar/gomod';
import { latestTaggedVersion } from './latest-version.js';
import type { DirGraph } from './load-graph-for-dir.js';

/**
 * latestVersion is latestTaggedVersion, or, offline with no tag known, the highest non-excluded
 * pseudo-version: the nearest stand-in for the proxy's `@latest`.
 */
export function latestVersion(versions: readonly string[], isExcluded: (v: string) => boolean): string | undefined {
  const tagged = latestTaggedVersion(versions, isExcluded);
  if (tagged) return tagged;
  const allowed = semver.sort(versions.filter((v) => semver.isValid(v) && !isExcluded(v)));
  return allowed[allowed.length - 1];
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
