/**
 * Decoding of directive arguments (golang.org/x/mod/modfile rule.go `parseString`, `parseVersion`,
 * `parseVersionInterval`). As in Go, decoding rewrites the token in place: quoted strings become
 * their canonical quoting and versions their canonical form, which is what formatting then prints.
 */
import { canonicalVersion, ModuleError, splitPathVersion } from '../module/index.js';
import { quote as goQuote } from '../internal/strconv.js';
import { autoQuote } from './quote.js';
import { unquoteGoString } from './unquote-bytes.js';
import type { VersionFixer } from './types.js';

/** DirectiveFailure is an error found in a directive, before a position is attached. */
export interface DirectiveFailure {
  failure: true;
  verb?: string;
  modulePath?: string;
  message: string;
}

/** fail builds a DirectiveFailure. */
export function fail(message: string, verb?: string, modulePath?: string): DirectiveFailure {
  return { failure: true, message, ...(verb === undefined ? {} : { verb }), ...(modulePath === undefined ? {} : { modulePath }) };
}

/** isFailure tells a DirectiveFailure from a decoded value. */
export function isFailure(x: unknown): x is DirectiveFailure {
  return typeof x === 'object' && x !== null && (x as DirectiveFailure).failure === true;
}

/**
 * parseString decodes tokens[i]: a double-quoted token is unquoted; an unquoted token may not hold
 * a quote character. On success tokens[i] becomes autoQuote(value). Returns the value or the reason.
 */
export function parseString(tokens: string[], i: number): string | { reason: string } {
  const token = tokens[i] as string;
  let value = token;
  if (token.charCodeAt(0) === 0x22) {
    try {
      value = unquoteGoString(token);
    } catch {
      return { reason: 'invalid syntax' };
    }
    tokens[i] = autoQuote(value);
    return value;
  }
  // One pass over a plain token: quote characters are an error; anything else that would need
  // quoting (possible only for tokens rewritten earlier) sends it through autoQuote.
  let plain = token.length > 0;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    const cls = c < 0x80 ? plainTokenClass[c] : 2;
    if (cls === 0) continue;
    if (cls === 1) return { reason: 'unquoted string cannot contain quote' };
    if (cls === 2 || token.charCodeAt(k + 1) === 0x2f || token.charCodeAt(k + 1) === 0x2a) plain = false;
  }
  if (!plain) tokens[i] = autoQuote(token);
  return token;
}

// plainTokenClass: 0 fine as is, 1 a quote character, 2 may need quoting, 3 `/` (needs a look at the next character).
const plainTokenClass = new Uint8Array(128).fill(2);
for (let c = 0x21; c < 0x7f; c++) plainTokenClass[c] = 0;
for (const c of '"\'`') plainTokenClass[c.charCodeAt(0)] = 1;
for (const c of '()[]{},') plainTokenClass[c.charCodeAt(0)] = 2;
plainTokenClass[0x2f] = 3;

/**
 * parseVersion decodes the version in tokens[i] for module path: with a fixer the fixer decides;
 * without, the version must have a canonical form, which replaces it. tokens[i] becomes the result.
 */
export function parseVersion(verb: string, path: string, tokens: string[], i: number, fix: VersionFixer | undefined): string | DirectiveFailure {
  const original = tokens[i] as string;
  const decoded = parseString(tokens, i);
  if (typeof decoded !== 'string') return fail(`version ${goQuote(original)} invalid: ${decoded.reason}`, verb, path);
  let version: string;
  if (fix) {
    try {
      version = fix(path, decoded);
    } catch (err) {
      if (err instanceof ModuleError) return fail(err.err.message, verb, path);
      return fail(err instanceof Error ? err.message : String(err));
    }
  } else {
    version = canonicalVersion(decoded);
    if (version === '') return fail(`version ${goQuote(decoded)} invalid: must be of the form v1.2.3`, verb, path);
  }
  tokens[i] = version;
  return version;
}

/** modulePathMajor returns the major-version suffix of path, or a failure when it cannot split. */
export function modulePathMajor(path: string): string | DirectiveFailure {
  const split = splitPathVersion(path);
  return split === undefined ? fail('invalid module path') : split.pathMajor;
}

/** VersionInterval is a closed interval of versions. */
export interface VersionInterval {
  low: string;
  high: string;
}

/** IntervalParse is a decoded interval and the index of the first token after it. */
export interface IntervalParse {
  interval: VersionInterval;
  next: number;
}

/**
 * parseVersionInterval decodes `VERSION` or `[ LOW , HIGH ]` from tokens starting at index from,
 * rewriting the version tokens like parseVersion.
 */
export function parseVersionInterval(verb: string, path: string, tokens: string[], from: number, fix: VersionFixer | undefined): IntervalParse | DirectiveFailure {
  let i = from;
  if (i >= tokens.length || tokens[i] === '(') return fail("expected '[' or version");
  if (tokens[i] !== '[') {
    const v = parseVersion(verb, path, tokens, i, fix);
    if (isFailure(v)) return v;
    return { interval: { low: v, high: v }, next: i + 1 };
  }
  i++;
  if (i >= tokens.length) return fail("expected version after '['");
  const low = parseVersion(verb, path, tokens, i, fix);
  if (isFailure(low)) return low;
  i++;
  if (i >= tokens.length || tokens[i] !== ',') return fail("expected ',' after version");
  i++;
  if (i >= tokens.length) return fail("expected version after ','");
  const high = parseVersion(verb, path, tokens, i, fix);
  if (isFailure(high)) return high;
  i++;
  if (i >= tokens.length || tokens[i] !== ']') return fail("expected ']' after version");
  return { interval: { low, high }, next: i + 1 };
}

/**
 * isDirectoryPath reports whether a replacement target is a directory: `.`, `..`, a path starting
 * with `./`, `../` (or their backslash forms), a rooted path, or a drive letter. Unix and Windows
 * forms are both recognised on purpose: go.mod files move between systems.
 * https://go.dev/ref/mod#go-mod-file-replace
 */
export function isDirectoryPath(p: string): boolean {
  if (p === '.' || p === '..') return true;
  if (p.startsWith('./') || p.startsWith('.\\') || p.startsWith('../') || p.startsWith('..\\')) return true;
  if (p.startsWith('/') || p.startsWith('\\')) return true;
  const c = p.charCodeAt(0) | 0x20;
  return p.length >= 2 && c >= 0x61 && c <= 0x7a && p[1] === ':';
}
