/**
 * Case-encoding of module paths and versions for proxies and the module cache: every uppercase
 * letter `X` becomes `!x`. See https://go.dev/ref/mod#goproxy-protocol.
 */
import { quote } from '../internal/strconv.js';
import { InvalidVersionError } from './errors.js';
import { checkElem, checkPath } from './path-check.js';

/** EscapeError is thrown when a path or version cannot be escaped or unescaped. */
export class EscapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EscapeError';
  }
}

function escapeString(s: string): string {
  let hasUpper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x21 || c >= 0x80) throw new EscapeError('internal error: inconsistency in EscapePath');
    if (c >= 0x41 && c <= 0x5a) hasUpper = true;
  }
  return hasUpper ? s.replace(/[A-Z]/g, (ch) => `!${ch.toLowerCase()}`) : s;
}

/** escapePath returns the escaped form of a module path; it throws the path's ModulePathError when invalid. */
export function escapePath(path: string): string {
  const err = checkPath(path);
  if (err) throw err;
  return escapeString(path);
}

/** escapeVersion returns the escaped form of a version, which need not be semver but must be a valid file name without `!`. */
export function escapeVersion(v: string): string {
  if (checkElem(v, 'file') !== undefined || v.includes('!')) throw new InvalidVersionError(v, 'disallowed version string');
  return escapeString(v);
}

function unescapeString(escaped: string): string | undefined {
  let out = '';
  let bang = false;
  for (let i = 0; i < escaped.length; i++) {
    const c = escaped.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (bang) {
      bang = false;
      if (c < 0x61 || c > 0x7a) return undefined;
      out += String.fromCharCode(c - 0x20);
      continue;
    }
    if (c === 0x21) {
      bang = true;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) return undefined;
    out += escaped[i];
  }
  return bang ? undefined : out;
}

/** unescapePath returns the module path for an escaped path, or throws when it is not a valid escaped path. */
export function unescapePath(escaped: string): string {
  const path = unescapeString(escaped);
  if (path === undefined) throw new EscapeError(`invalid escaped module path ${quote(escaped)}`);
  const err = checkPath(path);
  if (err) throw new EscapeError(`invalid escaped module path ${quote(escaped)}: ${err.message}`);
  return path;
}

/** unescapeVersion returns the version for an escaped version, or throws when it is not a valid escaped version. */
export function unescapeVersion(escaped: string): string {
  const v = unescapeString(escaped);
  if (v === undefined) throw new EscapeError(`invalid escaped version ${quote(escaped)}`);
  const reason = checkElem(v, 'file');
  if (reason !== undefined) throw new EscapeError(`invalid escaped version ${quote(v)}: ${reason}`);
  return v;
}
