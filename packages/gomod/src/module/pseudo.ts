/**
 * Pseudo-versions: `vX.0.0-yyyymmddhhmmss-rev`, `vX.Y.(Z+1)-0.yyyymmddhhmmss-rev`,
 * `vX.Y.Z-pre.0.yyyymmddhhmmss-rev`, each optionally `+incompatible`.
 * See https://go.dev/ref/mod#pseudo-versions.
 */
import { decDecimal, incDecimal } from '../internal/decimal.js';
import { quote } from '../internal/strconv.js';
import * as semver from '../semver/semver.js';
import { InvalidVersionError } from './errors.js';

const pseudoVersionRE = /^v[0-9]+\.(0\.0-|\d+\.\d+-([^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

/** isPseudoVersion reports whether v is a pseudo-version. */
export function isPseudoVersion(v: string): boolean {
  let dashes = 0;
  for (let i = 0; i < v.length && dashes < 2; i++) if (v.charCodeAt(i) === 0x2d) dashes++;
  return dashes >= 2 && semver.isValid(v) && pseudoVersionRE.test(v);
}

function formatTimestamp(t: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
}

/**
 * pseudoVersion builds the pseudo-version for revision rev at time t, derived from the tagged version
 * older ('' when there is none) within major (default `v0`).
 */
export function pseudoVersion(major: string, older: string, t: Date, rev: string): string {
  const segment = `${formatTimestamp(t)}-${rev}`;
  const build = semver.build(older);
  const base = semver.canonical(older);
  const m = major === '' ? 'v0' : major;
  if (base === '') return `${m}.0.0-${segment}`;
  if (semver.prerelease(base) !== '') return `${base}.0.${segment}${build}`;
  const i = base.lastIndexOf('.') + 1;
  return `${base.slice(0, i)}${incDecimal(base.slice(i))}-0.${segment}${build}`;
}

/** zeroPseudoVersion returns the pseudo-version with the zero time and revision for major (`v0.0.0-00010101000000-000000000000`). */
export function zeroPseudoVersion(major: string): string {
  return `${major === '' ? 'v0' : major}.0.0-00010101000000-000000000000`;
}

/** isZeroPseudoVersion reports whether v is the zero pseudo-version of its major version. */
export function isZeroPseudoVersion(v: string): boolean {
  return v === zeroPseudoVersion(semver.major(v));
}

interface PseudoParts {
  base: string;
  timestamp: string;
  rev: string;
  build: string;
}

function parsePseudoVersion(v: string): PseudoParts {
  if (!isPseudoVersion(v)) throw new InvalidVersionError(v, 'syntax error', true);
  const build = semver.build(v);
  let rest = v.slice(0, v.length - build.length);
  const j = rest.lastIndexOf('-');
  const rev = rest.slice(j + 1);
  rest = rest.slice(0, j);
  const i = rest.lastIndexOf('-');
  const dot = rest.lastIndexOf('.');
  if (dot > i) return { base: rest.slice(0, dot), timestamp: rest.slice(dot + 1), rev, build };
  return { base: rest.slice(0, i), timestamp: rest.slice(i + 1), rev, build };
}

/** pseudoVersionTime returns the commit time encoded in a pseudo-version; throws InvalidVersionError. */
export function pseudoVersionTime(v: string): Date {
  const { timestamp } = parsePseudoVersion(v);
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(timestamp);
  const parts = m ? m.slice(1).map(Number) : [];
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (year >= 0 && year < 100) t.setUTCFullYear(year);
  const valid =
    m !== null &&
    t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day &&
    t.getUTCHours() === hour && t.getUTCMinutes() === minute && t.getUTCSeconds() === second;
  if (!valid) throw new InvalidVersionError(v, `malformed time ${quote(timestamp)}`, true);
  return t;
}

/** pseudoVersionRev returns the revision identifier of a pseudo-version; throws InvalidVersionError. */
export function pseudoVersionRev(v: string): string {
  return parsePseudoVersion(v).rev;
}

/**
 * pseudoVersionBase returns the tagged version a pseudo-version was derived from, or '' when it has
 * none (form vX.0.0-…); throws InvalidVersionError for malformed pseudo-versions.
 */
export function pseudoVersionBase(v: string): string {
  const { base, build } = parsePseudoVersion(v);
  const pre = semver.prerelease(base);
  if (pre === '') {
    if (build !== '') throw new InvalidVersionError(v, `lacks base version, but has build metadata ${quote(build)}`, true);
    return '';
  }
  if (pre === '-0') {
    const trimmed = base.slice(0, base.length - pre.length);
    const i = trimmed.lastIndexOf('.');
    const patch = decDecimal(trimmed.slice(i + 1));
    if (patch === '') throw new InvalidVersionError(v, `version before ${trimmed} would have negative patch number`, true);
    return trimmed.slice(0, i + 1) + patch + build;
  }
  return base.slice(0, -'.0'.length) + build;
}
