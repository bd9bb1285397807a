import * as gover from '../gover/gover.js';
import { compareUtf8 } from '../internal/strings.js';
import type { ModuleVersion } from '../module/index.js';

/**
 * compareVersions orders two versions of the module at path as the module loader does: the empty
 * version (a main module) is higher than every version; `go` and `toolchain` use Go-version order;
 * everything else semver order, with `none` (and any invalid version) lowest.
 */
export function compareVersions(path: string, v1: string, v2: string): number {
  if (v1 === v2) return 0;
  if (v2 === '') return -1;
  if (v1 === '') return 1;
  return gover.modCompare(path, v1, v2);
}

/** compareByPathAndVersion orders modules by path (byte order), then version (gover.ModSort). */
export function compareByPathAndVersion(a: ModuleVersion, b: ModuleVersion): number {
  if (a.path !== b.path) return compareUtf8(a.path, b.path);
  const [vi, fi] = splitSuffix(a.version);
  const [vj, fj] = splitSuffix(b.version);
  if (vi !== vj) return gover.modCompare(a.path, vi, vj);
  return compareUtf8(fi, fj);
}

function splitSuffix(version: string): [string, string] {
  const k = version.indexOf('/');
  return k < 0 ? [version, ''] : [version.slice(0, k), version.slice(k)];
}

/** sortModules sorts list in place by path and version, and returns it. */
export function sortModules<T extends ModuleVersion>(list: T[]): T[] {
  return list.sort(compareByPathAndVersion);
}
