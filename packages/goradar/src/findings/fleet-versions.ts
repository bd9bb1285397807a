import { semver } from '@goradar/gomod';
import type { FactIndex } from './fact-index.js';
import type { SnapshotRow } from '../store/types.js';

/** VersionUse counts which repos require one module at one version. */
export interface VersionUse {
  version: string;
  repoIds: Set<number>;
}

/** ModuleVersions is every version of one module path required across a set of snapshots. */
export interface ModuleVersions {
  path: string;
  /** versions in ascending semver order. */
  versions: VersionUse[];
}

/**
 * requiredVersions collects, for each module path required by a go.mod of the given snapshots
 * (direct or `// indirect` lines, modules that parsed), the repos requiring each version.
 * Paths come out sorted; versions in semver order.
 */
export function requiredVersions(index: FactIndex, snapshots: readonly SnapshotRow[]): ModuleVersions[] {
  const byPath = new Map<string, Map<string, Set<number>>>();
  for (const snapshot of snapshots) {
    for (const module of index.modulesBySnapshot.get(snapshot.id) ?? []) {
      if (module.manifestError !== null) continue;
      for (const r of index.requirementsByModule.get(module.id) ?? []) {
        const versions = byPath.get(r.path) ?? new Map<string, Set<number>>();
        byPath.set(r.path, versions);
        const repos = versions.get(r.version) ?? new Set<number>();
        versions.set(r.version, repos);
        repos.add(snapshot.repoId);
      }
    }
  }
  return [...byPath.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, versions]) => ({
      path,
      versions: semver.sort([...versions.keys()]).map((version) => ({ version, repoIds: versions.get(version) ?? new Set() })),
    }));
}

/** newestVersion is the highest version of a ModuleVersions (semver order). */
export function newestVersion(mv: ModuleVersions): string {
  return mv.versions[mv.versions.length - 1]?.version ?? '';
}
