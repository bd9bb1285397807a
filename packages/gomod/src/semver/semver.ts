/**
 * Semantic versions exactly as golang.org/x/mod/semver defines them: a mandatory leading `v`,
 * shorthands `vMAJOR` and `vMAJOR.MINOR` (without prerelease or build), prerelease and build
 * identifiers, and Go's total order. See https://go.dev/ref/mod#versions.
 */
import { compareDecimal } from '../internal/decimal.js';

interface Parsed {
  major: string;
  minor: string;
  patch: string;
  /** short is the suffix that expands a shorthand (".0.0", ".0") or ''. */
  short: string;
  prerelease: string;
  build: string;
}

const cache = new Map<string, Parsed | null>();
const CACHE_LIMIT = 50_000;

function parse(v: string): Parsed | null {
  let p = cache.get(v);
  if (p !== undefined) return p;
  p = parseUncached(v);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(v, p);
  return p;
}

function parseUncached(v: string): Parsed | null {
  if (v.length === 0 || v.charCodeAt(0) !== 0x76 /* v */) return null;
  let i = 1;
  const major = readNumber(v, i);
  if (major === null) return null;
  i += major.length;
  if (i === v.length) return { major, minor: '0', patch: '0', short: '.0.0', prerelease: '', build: '' };
  if (v[i] !== '.') return null;
  const minor = readNumber(v, ++i);
  if (minor === null) return null;
  i += minor.length;
  if (i === v.length) return { major, minor, patch: '0', short: '.0', prerelease: '', build: '' };
  if (v[i] !== '.') return null;
  const patch = readNumber(v, ++i);
  if (patch === null) return null;
  i += patch.length;
  let prerelease = '';
  if (v[i] === '-') {
    const end = scanIdentifiers(v, i, true);
    if (end < 0) return null;
    prerelease = v.slice(i, end);
    i = end;
  }
  let build = '';
  if (v[i] === '+') {
    const end = scanIdentifiers(v, i, false);
    if (end < 0) return null;
    build = v.slice(i, end);
    i = end;
  }
  if (i !== v.length) return null;
  return { major, minor, patch, short: '', prerelease, build };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function readNumber(v: string, start: number): string | null {
  let i = start;
  while (i < v.length && isDigit(v.charCodeAt(i))) i++;
  if (i === start) return null;
  if (v.charCodeAt(start) === 0x30 && i !== start + 1) return null;
  return v.slice(start, i);
}

function isIdentChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;
}

/** scanIdentifiers scans `-a.b` or `+a.b` from start and returns the end index, or -1 when invalid. */
function scanIdentifiers(v: string, start: number, prerelease: boolean): number {
  let i = start + 1;
  let identStart = i;
  for (;;) {
    const c = i < v.length ? v.charCodeAt(i) : -1;
    if (c !== -1 && isIdentChar(c)) {
      i++;
      continue;
    }
    if (c !== -1 && c !== 0x2e /* . */ && c !== 0x2b /* + */) return -1;
    if (c === 0x2b && !prerelease) return -1;
    if (i === identStart) return -1;
    if (prerelease && isBadNumber(v, identStart, i)) return -1;
    if (c !== 0x2e) return i;
    identStart = ++i;
  }
}

function isBadNumber(v: string, start: number, end: number): boolean {
  if (end - start < 2 || v.charCodeAt(start) !== 0x30) return false;
  for (let i = start; i < end; i++) if (!isDigit(v.charCodeAt(i))) return false;
  return true;
}

/** isValid reports whether v is a valid semantic version string. */
export function isValid(v: string): boolean {
  return parse(v) !== null;
}

/**
 * canonical returns the canonical form of v: shorthands expanded, build metadata dropped
 * (`v1.2` → `v1.2.0`, `v1.2.3+meta` → `v1.2.3`), or '' when v is invalid.
 */
export function canonical(v: string): string {
  const p = parse(v);
  if (p === null) return '';
  if (p.build !== '') return v.slice(0, v.length - p.build.length);
  return p.short === '' ? v : v + p.short;
}

/** major returns the major version prefix (`v2.1.0` → `v2`), or '' when v is invalid. */
export function major(v: string): string {
  const p = parse(v);
  return p === null ? '' : v.slice(0, 1 + p.major.length);
}

/** majorMinor returns the major.minor prefix (`v2.1.0` → `v2.1`, `v1` → `v1.0`), or '' when v is invalid. */
export function majorMinor(v: string): string {
  const p = parse(v);
  if (p === null) return '';
  const i = 1 + p.major.length;
  if (p.short === '.0.0') return `${v.slice(0, i)}.0`;
  return v.slice(0, i + 1 + p.minor.length);
}

/** prerelease returns the prerelease suffix including its `-`, or ''. */
export function prerelease(v: string): string {
  return parse(v)?.prerelease ?? '';
}

/** build returns the build suffix including its `+`, or ''. */
export function build(v: string): string {
  return parse(v)?.build ?? '';
}

/**
 * compare orders two versions: -1, 0 or +1. Invalid versions are equal to each other and less than
 * every valid one; build metadata is ignored.
 */
export function compare(v: string, w: string): -1 | 0 | 1 {
  const pv = parse(v);
  const pw = parse(w);
  if (pv === null) return pw === null ? 0 : -1;
  if (pw === null) return 1;
  return (
    compareDecimal(pv.major, pw.major) ||
    compareDecimal(pv.minor, pw.minor) ||
    compareDecimal(pv.patch, pw.patch) ||
    comparePrerelease(pv.prerelease, pw.prerelease)
  );
}

function comparePrerelease(x: string, y: string): -1 | 0 | 1 {
  if (x === y) return 0;
  if (x === '') return 1;
  if (y === '') return -1;
  const xs = x.slice(1).split('.');
  const ys = y.slice(1).split('.');
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const dx = xs[i] as string;
    const dy = ys[i] as string;
    if (dx === dy) continue;
    const nx = isNumeric(dx);
    const ny = isNumeric(dy);
    if (nx !== ny) return nx ? -1 : 1;
    if (nx) return compareDecimal(dx, dy);
    return dx < dy ? -1 : 1;
  }
  return xs.length < ys.length ? -1 : 1;
}

function isNumeric(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** max returns the larger of the canonical forms of v and w (w on ties). Deprecated upstream, kept for parity. */
export function max(v: string, w: string): string {
  const cv = canonical(v);
  const cw = canonical(w);
  return compare(cv, cw) > 0 ? cv : cw;
}

/** compareForSort orders versions by compare, breaking ties by plain string order (semver.Sort). */
export function compareForSort(v: string, w: string): number {
  return compare(v, w) || (v < w ? -1 : v > w ? 1 : 0);
}

/** sort returns a new array of the versions in increasing order (semver.Sort). */
export function sort(list: readonly string[]): string[] {
  return [...list].sort(compareForSort);
}
