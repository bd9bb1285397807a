/**
 * The rules every module zip must follow (golang.org/x/mod/zip; https://go.dev/ref/mod#zip-files):
 * every name under `path@version/`, clean valid file paths, no case-fold collisions, go.mod only at
 * the root, and size limits. Errors read exactly as Go's.
 */
import { canonicalVersion, check, checkFilePath, quote, type ModuleVersion } from '@goradar/gomod';
import { basePath, cleanPath, dirPath, foldCase } from './go-path.js';

/** MAX_ZIP_FILE is the largest module zip and the largest total uncompressed size (500 MiB). */
export const MAX_ZIP_FILE = 500 * 1024 * 1024;
/** MAX_GO_MOD is the largest go.mod file in a module zip (16 MiB). */
export const MAX_GO_MOD = 16 * 1024 * 1024;
/** MAX_LICENSE is the largest LICENSE file in a module zip (16 MiB). */
export const MAX_LICENSE = 16 * 1024 * 1024;

/** ZipFileError is one rejected entry: its name and the reason. */
export interface ZipFileError {
  path: string;
  message: string;
}

/** CheckedZipFiles lists the entries that passed, those that did not, and a size error if any. */
export interface CheckedZipFiles {
  valid: string[];
  invalid: ZipFileError[];
  sizeError?: string;
}

/** CheckableEntry is what the checks need to know of a zip entry. */
export interface CheckableEntry {
  name: string;
  uncompressedSize: number;
}

/** ZipCheckError carries the error text of a failed zip check, one `name: reason` per line. */
export class ZipCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipCheckError';
  }
}

/** checkedFilesError returns the error of a check result (the size error wins), or undefined. */
export function checkedFilesError(checked: CheckedZipFiles): ZipCheckError | undefined {
  if (checked.sizeError !== undefined) return new ZipCheckError(checked.sizeError);
  if (checked.invalid.length > 0) return new ZipCheckError(checked.invalid.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return undefined;
}

/** checkModuleVersion fails unless version is canonical and path@version is a valid module version. */
export function checkModuleVersion(mod: ModuleVersion): void {
  const canonical = canonicalVersion(mod.version);
  if (canonical !== mod.version) throw new ZipCheckError(`version ${quote(mod.version)} is not canonical (should be ${quote(canonical)})`);
  const err = check(mod.path, mod.version);
  if (err) throw new ZipCheckError(err.message);
}

interface SeenPath {
  path: string;
  isDir: boolean;
}

/** CollisionChecker finds paths equal under case folding, files that are also directories, and duplicates. */
export class CollisionChecker {
  private readonly seen = new Map<string, SeenPath>();

  /** check records p (and its parent directories) and returns an error text on a conflict. */
  check(p: string, isDir: boolean): string | undefined {
    const fold = foldCase(p);
    const other = this.seen.get(fold);
    if (other !== undefined) {
      if (p !== other.path) return `case-insensitive file name collision: ${quote(other.path)} and ${quote(p)}`;
      if (isDir !== other.isDir) return `entry ${quote(p)} is both a file and a directory`;
      if (!isDir) return `multiple entries for file ${quote(p)}`;
      return undefined;
    }
    this.seen.set(fold, { path: p, isDir });
    const parent = dirPath(p);
    return parent === '.' ? undefined : this.check(parent, true);
  }
}

function checkEntryName(name: string, isDir: boolean, collisions: CollisionChecker): string | undefined {
  if (cleanPath(name) !== name) return 'file path is not clean';
  const pathErr = checkFilePath(name);
  if (pathErr) return pathErr.message;
  const collision = collisions.check(name, isDir);
  if (collision !== undefined || isDir) return collision;
  const base = basePath(name);
  if (base.toLowerCase() === 'go.mod') {
    if (base !== name) return 'go.mod file not in module root directory';
    if (name !== 'go.mod') return 'go.mod files must have lowercase names';
  }
  return undefined;
}

/**
 * checkZipEntries applies x/mod's CheckZip rules to the entries of the zip of mod (zipSize bytes).
 * It throws a ZipCheckError when the module version itself is unusable or the zip is too large.
 */
export function checkZipEntries(mod: ModuleVersion, entries: readonly CheckableEntry[], zipSize: number): CheckedZipFiles {
  checkModuleVersion(mod);
  if (zipSize > MAX_ZIP_FILE) {
    return { valid: [], invalid: [], sizeError: `module zip file is too large (${zipSize} bytes; limit is ${MAX_ZIP_FILE} bytes)` };
  }
  const result: CheckedZipFiles = { valid: [], invalid: [] };
  const prefix = `${mod.path}@${mod.version}/`;
  const collisions = new CollisionChecker();
  let total = 0;
  for (const entry of entries) {
    const fail = (message: string) => void result.invalid.push({ path: entry.name, message });
    if (!entry.name.startsWith(prefix)) {
      fail(`path does not have prefix ${quote(prefix)}`);
      continue;
    }
    let name = entry.name.slice(prefix.length);
    if (name === '') continue;
    const isDir = name.endsWith('/');
    if (isDir) name = name.slice(0, -1);
    const problem = checkEntryName(name, isDir, collisions);
    if (problem !== undefined) {
      fail(problem);
      continue;
    }
    if (isDir) continue;
    const size = entry.uncompressedSize;
    if (size >= 0 && MAX_ZIP_FILE - total >= size) total += size;
    else result.sizeError ??= `total uncompressed size of module contents too large (max size is ${MAX_ZIP_FILE} bytes)`;
    if (name === 'go.mod' && size > MAX_GO_MOD) fail(`go.mod file too large (max size is ${MAX_GO_MOD} bytes)`);
    else if (name === 'LICENSE' && size > MAX_LICENSE) fail(`LICENSE file too large (max size is ${MAX_LICENSE} bytes)`);
    else result.valid.push(entry.name);
  }
  return result;
}
