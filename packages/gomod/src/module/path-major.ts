/**
 * Major-version suffixes of module paths (`/v2`, `gopkg.in/yaml.v2`) and their agreement with versions.
 * See https://go.dev/ref/mod#major-version-suffixes.
 */
import * as semver from '../semver/semver.js';
import { InvalidVersionError } from './errors.js';

/** PathVersionSplit is a module path split into its prefix and major-version suffix (`/v2`, `.v1`, or ''). */
export interface PathVersionSplit {
  prefix: string;
  pathMajor: string;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/**
 * splitPathVersion splits path into prefix + pathMajor, or returns undefined when the path ends in an
 * invalid major suffix (`/v1`, `/v0`, `/v02`, `/v2.0`, or a gopkg.in path without `.vN`).
 */
export function splitPathVersion(path: string): PathVersionSplit | undefined {
  if (path.startsWith('gopkg.in/')) return splitGopkgIn(path);
  let i = path.length;
  let dot = false;
  while (i > 0 && (isDigitAt(path, i - 1) || path[i - 1] === '.')) {
    if (path[i - 1] === '.') dot = true;
    i--;
  }
  if (i <= 1 || i === path.length || path[i - 1] !== 'v' || path[i - 2] !== '/') return { prefix: path, pathMajor: '' };
  const pathMajor = path.slice(i - 2);
  if (dot || pathMajor.length <= 2 || pathMajor[2] === '0' || pathMajor === '/v1') return undefined;
  return { prefix: path.slice(0, i - 2), pathMajor };
}

function splitGopkgIn(path: string): PathVersionSplit | undefined {
  let i = path.length;
  if (path.endsWith('-unstable')) i -= '-unstable'.length;
  while (i > 0 && isDigitAt(path, i - 1)) i--;
  if (i <= 1 || path[i - 1] !== 'v' || path[i - 2] !== '.') return undefined;
  const pathMajor = path.slice(i - 2);
  if (pathMajor.length <= 2 || (pathMajor[2] === '0' && pathMajor !== '.v0')) return undefined;
  return { prefix: path.slice(0, i - 2), pathMajor };
}

function trimUnstable(pathMajor: string): string {
  return pathMajor.startsWith('.v') && pathMajor.endsWith('-unstable') ? pathMajor.slice(0, -'-unstable'.length) : pathMajor;
}

/** matchPathMajor reports whether version v agrees with the path's major suffix (module.MatchPathMajor). */
export function matchPathMajor(v: string, pathMajor: string): boolean {
  return checkPathMajor(v, pathMajor) === undefined;
}

/**
 * checkPathMajor returns an error when version v does not agree with pathMajor: an unsuffixed path
 * takes v0, v1 or `+incompatible`; `/vN` and `.vN` take vN (module.CheckPathMajor).
 */
export function checkPathMajor(v: string, pathMajor: string): InvalidVersionError | undefined {
  let pm = trimUnstable(pathMajor);
  // Old pseudo-versions of gopkg.in .v1 packages used v0.0.0-; go still accepts them.
  if (v.startsWith('v0.0.0-') && pm === '.v1') return undefined;
  const m = semver.major(v);
  if (pm === '') {
    if (m === 'v0' || m === 'v1' || semver.build(v) === '+incompatible') return undefined;
    pm = 'v0 or v1';
  } else if (pm[0] === '/' || pm[0] === '.') {
    if (m === pm.slice(1)) return undefined;
    pm = pm.slice(1);
  }
  return new InvalidVersionError(v, `should be ${pm}, not ${semver.major(v)}`);
}

/** pathMajorPrefix returns the major version implied by pathMajor (`/v2` → `v2`, '' for none). */
export function pathMajorPrefix(pathMajor: string): string {
  if (pathMajor === '') return '';
  return trimUnstable(pathMajor).slice(1);
}

/** canonicalVersion is semver.canonical that keeps a `+incompatible` build suffix (module.CanonicalVersion). */
export function canonicalVersion(v: string): string {
  const cv = semver.canonical(v);
  return semver.build(v) === '+incompatible' ? `${cv}+incompatible` : cv;
}
