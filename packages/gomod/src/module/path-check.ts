/**
 * Module, import and file path validity, exactly as golang.org/x/mod/module checks it.
 * See https://go.dev/ref/mod#go-mod-file-ident.
 */
import { hasLoneSurrogate } from '../internal/go-text.js';
import { quote, quoteRune } from '../internal/strconv.js';
import { isGoLetter } from '../internal/unicode.js';
import * as semver from '../semver/semver.js';
import { InvalidVersionError, ModuleError, ModulePathError } from './errors.js';
import { checkPathMajor, splitPathVersion } from './path-major.js';

const badWindowsNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
]);

const fileNamePunctuation = new Set('!#$%&()+,-.=@[]^_{}~ ');

function isAsciiAlnum(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

function modPathOK(cp: number): boolean {
  return isAsciiAlnum(cp) || cp === 0x2d || cp === 0x2e || cp === 0x5f || cp === 0x7e;
}

function importPathOK(cp: number): boolean {
  return modPathOK(cp) || cp === 0x2b;
}

function fileNameOK(cp: number): boolean {
  if (cp < 0x80) return isAsciiAlnum(cp) || fileNamePunctuation.has(String.fromCharCode(cp));
  return isGoLetter(cp);
}

function firstPathOK(cp: number): boolean {
  return cp === 0x2d || cp === 0x2e || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a);
}

const charOK: Record<'module' | 'import' | 'file', (cp: number) => boolean> = {
  module: modPathOK,
  import: importPathOK,
  file: fileNameOK,
};

/** checkElem returns why one path element is invalid for the kind of path, or undefined. */
export function checkElem(elem: string, kind: 'module' | 'import' | 'file'): string | undefined {
  if (elem === '') return 'empty path element';
  if (/^\.+$/.test(elem)) return `invalid path element ${quote(elem)}`;
  if (elem[0] === '.' && kind === 'module') return 'leading dot in path element';
  if (elem[elem.length - 1] === '.') return 'trailing dot in path element';
  const ok = charOK[kind];
  for (const ch of elem) {
    const cp = ch.codePointAt(0) as number;
    if (!ok(cp)) return `invalid char ${quoteRune(cp)}`;
  }
  const dot = elem.indexOf('.');
  const short = dot >= 0 ? elem.slice(0, dot) : elem;
  if (badWindowsNames.has(short.toUpperCase()) && isAsciiCaseFoldOf(short)) {
    return `${quote(short)} disallowed as path element component on Windows`;
  }
  if (kind === 'file') return undefined;
  const tilde = short.lastIndexOf('~');
  if (tilde >= 0 && tilde < short.length - 1 && /^[0-9]+$/.test(short.slice(tilde + 1))) {
    return 'trailing tilde and digits in path element';
  }
  return undefined;
}

/**
 * isAsciiCaseFoldOf guards the Windows-name check: toUpperCase maps some non-ASCII letters to ASCII
 * (e.g. U+0131 dotless i → I), while Go's EqualFold only folds them by Unicode simple folding, which
 * for these names means ASCII letters plus U+017F (ſ) and U+212A (K).
 */
function isAsciiCaseFoldOf(short: string): boolean {
  for (const ch of short) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x80 && cp !== 0x17f && cp !== 0x212a) return false;
  }
  return true;
}

function checkPathCommon(path: string, kind: 'module' | 'import' | 'file'): string | undefined {
  if (hasLoneSurrogate(path)) return 'invalid UTF-8';
  if (path === '') return 'empty string';
  if (path[0] === '-' && kind !== 'file') return 'leading dash';
  if (path.includes('//')) return 'double slash';
  if (path[path.length - 1] === '/') return 'trailing slash';
  for (const elem of path.split('/')) {
    const reason = checkElem(elem, kind);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

/** checkPath reports whether path is a valid module path (module.CheckPath). */
export function checkPath(path: string): ModulePathError | undefined {
  const reason = modulePathReason(path);
  return reason === undefined ? undefined : new ModulePathError('module', path, reason);
}

function modulePathReason(path: string): string | undefined {
  const common = checkPathCommon(path, 'module');
  if (common !== undefined) return common;
  let i = path.indexOf('/');
  if (i < 0) i = path.length;
  if (i === 0) return 'leading slash';
  const first = path.slice(0, i);
  if (!first.includes('.')) return 'missing dot in first path element';
  if (path[0] === '-') return 'leading dash in first path element';
  for (const ch of first) {
    const cp = ch.codePointAt(0) as number;
    if (!firstPathOK(cp)) return `invalid char ${quoteRune(cp)} in first path element`;
  }
  if (splitPathVersion(path) === undefined) return 'invalid version';
  return undefined;
}

/** checkImportPath reports whether path is a valid package import path (module.CheckImportPath). */
export function checkImportPath(path: string): ModulePathError | undefined {
  const reason = checkPathCommon(path, 'import');
  return reason === undefined ? undefined : new ModulePathError('import', path, reason);
}

/** checkFilePath reports whether path is a valid slash-separated file path inside a module (module.CheckFilePath). */
export function checkFilePath(path: string): ModulePathError | undefined {
  const reason = checkPathCommon(path, 'file');
  return reason === undefined ? undefined : new ModulePathError('file', path, reason);
}

/** check reports whether path@version is a valid module version (module.Check). */
export function check(path: string, version: string): ModulePathError | ModuleError | undefined {
  const pathErr = checkPath(path);
  if (pathErr) return pathErr;
  if (!semver.isValid(version)) return new ModuleError(path, '', new InvalidVersionError(version, 'not a semantic version'));
  const err = checkPathMajor(version, splitPathVersion(path)?.pathMajor ?? '');
  return err ? new ModuleError(path, '', err) : undefined;
}
