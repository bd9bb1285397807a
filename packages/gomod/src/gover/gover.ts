/**
 * Go versions (`1.21`, `1.21rc1`, `1.21.0`) and toolchain names (`go1.21.0`), ordered exactly as
 * cmd/go orders them. See https://go.dev/doc/toolchain#version.
 */
import { compareDecimal, decDecimal } from '../internal/decimal.js';
import * as semver from '../semver/semver.js';

/** DEFAULT_GO_MOD_VERSION is the go version assumed for a go.mod without a go line. */
export const DEFAULT_GO_MOD_VERSION = '1.16';
/** DEFAULT_GO_WORK_VERSION is the go version assumed for a go.work without a go line. */
export const DEFAULT_GO_WORK_VERSION = '1.18';

/** GoVersion is a parsed Go version; every field is a decimal string or ''. */
export interface GoVersion {
  major: string;
  minor: string;
  patch: string;
  kind: string;
  pre: string;
}

const invalid: GoVersion = Object.freeze({ major: '', minor: '', patch: '', kind: '', pre: '' });

function cutInt(x: string, start: number): number {
  let i = start;
  while (i < x.length && x.charCodeAt(i) >= 0x30 && x.charCodeAt(i) <= 0x39) i++;
  if (i === start || (x.charCodeAt(start) === 0x30 && i !== start + 1)) return -1;
  return i;
}

/**
 * parse splits a Go version into its parts, or returns all-empty parts when x is invalid.
 * `1` means 1.0.0; `1.N` with N < 21 means 1.N.0; from 1.21 on, `1.N` is a language version with no patch.
 * Prereleases exist only directly after the minor version (`1.21rc1`, not `1.21.3rc1`).
 */
export function parse(x: string): GoVersion {
  let end = cutInt(x, 0);
  if (end < 0) return invalid;
  const major = x.slice(0, end);
  if (end === x.length) return { major, minor: '0', patch: '0', kind: '', pre: '' };
  if (x[end] !== '.') return invalid;
  let start = end + 1;
  end = cutInt(x, start);
  if (end < 0) return invalid;
  const minor = x.slice(start, end);
  if (end === x.length) return { major, minor, patch: compareDecimal(minor, '21') < 0 ? '0' : '', kind: '', pre: '' };
  if (x[end] === '.') {
    start = end + 1;
    end = cutInt(x, start);
    if (end < 0 || end !== x.length) return invalid;
    return { major, minor, patch: x.slice(start), kind: '', pre: '' };
  }
  start = end;
  while (end < x.length && !(x.charCodeAt(end) >= 0x30 && x.charCodeAt(end) <= 0x39)) {
    const c = x.charCodeAt(end);
    if (c < 0x61 || c > 0x7a) return invalid;
    end++;
  }
  if (end === start) return invalid;
  const kind = x.slice(start, end);
  if (end === x.length) return { major, minor, patch: '', kind, pre: '' };
  start = end;
  end = cutInt(x, start);
  if (end < 0 || end !== x.length) return invalid;
  return { major, minor, patch: '', kind, pre: x.slice(start) };
}

/** compare orders Go versions: 1.21 < 1.21rc1 < 1.21.0 < 1.21.1; invalid versions are less than all valid ones. */
export function compare(x: string, y: string): -1 | 0 | 1 {
  const vx = parse(x);
  const vy = parse(y);
  return (
    compareDecimal(vx.major, vy.major) ||
    compareDecimal(vx.minor, vy.minor) ||
    compareDecimal(vx.patch, vy.patch) ||
    (vx.kind === vy.kind ? 0 : vx.kind < vy.kind ? -1 : 1) ||
    compareDecimal(vx.pre, vy.pre)
  );
}

/** max returns the larger of x and y (x on ties). */
export function max(x: string, y: string): string {
  return compare(x, y) < 0 ? y : x;
}

/** isValid reports whether x is a valid Go version. */
export function isValid(x: string): boolean {
  return parse(x).major !== '';
}

/** isLang reports whether x is a language version (`1.21`, but not `1.20`, which means 1.20.0). */
export function isLang(x: string): boolean {
  const v = parse(x);
  return v.major !== '' && v.patch === '' && v.kind === '' && v.pre === '';
}

/** lang returns the language version of x (`1.2.3` → `1.2`, `1.0` → `1`). */
export function lang(x: string): string {
  const v = parse(x);
  if (v.minor === '' || (v.major === '1' && v.minor === '0')) return v.major;
  return `${v.major}.${v.minor}`;
}

/** isPrerelease reports whether x is a Go prerelease (`1.21rc1`). */
export function isPrerelease(x: string): boolean {
  return parse(x).kind !== '';
}

/** prev returns the Go release before x's minor (`1.3rc4` → `1.2`), or the major for 1.0 and 1.1. */
export function prev(x: string): string {
  const v = parse(x);
  if (compareDecimal(v.minor, '1') <= 0) return v.major;
  return `${v.major}.${decDecimal(v.minor)}`;
}

/**
 * fromToolchain returns the Go version of a toolchain name (`go1.21.0-bigcorp` → `1.21.0`), or ''
 * when the name is not a valid toolchain name.
 */
export function fromToolchain(name: string): string {
  if (name.includes('/') || name.includes('\\') || !name.startsWith('go')) return '';
  let v = name.slice(2);
  const cut = v.search(/[ \t-]/);
  if (cut >= 0) v = v.slice(0, cut);
  return isValid(v) ? v : '';
}

function maybeToolchainVersion(name: string): string {
  return isValid(name) ? name : fromToolchain(name);
}

/** isToolchainModule reports whether path names one of the graph's pseudo-modules `go` and `toolchain`. */
export function isToolchainModule(path: string): boolean {
  return path === 'go' || path === 'toolchain';
}

/**
 * modCompare compares two versions of the module path: Go-version order for the `go` and `toolchain`
 * pseudo-modules, semver order otherwise (cmd/go gover.ModCompare).
 */
export function modCompare(path: string, x: string, y: string): -1 | 0 | 1 {
  if (path === 'go') return compare(x, y);
  if (path === 'toolchain') return compare(maybeToolchainVersion(x), maybeToolchainVersion(y));
  return semver.compare(x, y);
}

/** modIsValid reports whether vers is a valid version of path (gover.ModIsValid). */
export function modIsValid(path: string, vers: string): boolean {
  if (path === 'toolchain') return isValid(fromToolchain(vers));
  if (path === 'go') return isValid(vers);
  return semver.isValid(vers);
}
