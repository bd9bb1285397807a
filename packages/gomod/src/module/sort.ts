import * as semver from '../semver/semver.js';
import { compareUtf8 } from '../internal/strings.js';
import type { ModuleVersion } from './errors.js';

/**
 * compareModuleVersions orders module versions by path (byte order), then by version with semver
 * rules; a `/suffix` after the version (as in `v1.0.0/go.mod`) breaks ties by string order (module.Sort).
 */
export function compareModuleVersions(a: ModuleVersion, b: ModuleVersion): number {
  if (a.path !== b.path) return compareUtf8(a.path, b.path);
  let vi = a.version;
  let vj = b.version;
  let fi = '';
  let fj = '';
  const ki = vi.indexOf('/');
  if (ki >= 0) [vi, fi] = [vi.slice(0, ki), vi.slice(ki)];
  const kj = vj.indexOf('/');
  if (kj >= 0) [vj, fj] = [vj.slice(0, kj), vj.slice(kj)];
  if (vi !== vj) return semver.compare(vi, vj);
  return compareUtf8(fi, fj);
}

/** sortModuleVersions returns a new array sorted by compareModuleVersions. */
export function sortModuleVersions<T extends ModuleVersion>(list: readonly T[]): T[] {
  return [...list].sort(compareModuleVersions);
}
