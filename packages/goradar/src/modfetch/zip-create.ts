/**
 * Building a module zip from a file tree by x/mod's rules (zip.Create): files of nested modules,
 * vendored packages (by the root go.mod's go version, with the pre-1.24 offset quirk reproduced),
 * `.hg_archival.txt`, symlinks and irregular files are left out; invalid names fail the whole zip.
 * https://go.dev/ref/mod#zip-files
 */
import { checkFilePath, gover, type ModuleVersion } from '@goradar/gomod';
import { CollisionChecker, MAX_GO_MOD, MAX_LICENSE, MAX_ZIP_FILE, checkModuleVersion, ZipCheckError, type ZipFileError } from './zip-check.js';
import { cleanPath } from './go-path.js';
import { writeZip } from './zip-writer.js';

/** ModuleFile is one file of a module tree: its slash-separated path relative to the module root. */
export interface ModuleFile {
  path: string;
  content: Uint8Array;
  /** kind is 'file' (default), 'symlink', 'dir' or 'irregular'. */
  kind?: 'file' | 'symlink' | 'dir' | 'irregular';
}

/** goLineVersion returns the `go` directive's version of a go.mod text, or '' when there is none. */
export function goLineVersion(gomod: string): string {
  const match = /^[ \t]*go[ \t]+([^\s/]+)[ \t]*(?:\/\/.*)?$/m.exec(gomod);
  return match && gover.isValid(match[1] as string) ? (match[1] as string) : '';
}

/**
 * isVendoredPackage reports whether a file at name belongs to a vendored package (and so stays out of
 * the zip). goVersion is the root go.mod's go version ('' when absent): before 1.24 the nested
 * `…/vendor/` case measures from the wrong offset, and go.sum hashes depend on that.
 */
export function isVendoredPackage(name: string, goVersion: string): boolean {
  const go124 = goVersion !== '' && gover.compare(goVersion, '1.24') >= 0;
  if (go124 && name === 'vendor/modules.txt') return true;
  let i: number;
  if (name.startsWith('vendor/')) {
    i = 'vendor/'.length;
  } else {
    const j = name.indexOf('/vendor/');
    if (j < 0) return false;
    i = go124 ? j + '/vendor/'.length : '/vendor/'.length;
  }
  return name.slice(i).includes('/');
}

function submoduleDirs(files: readonly ModuleFile[]): Set<string> {
  const dirs = new Set<string>();
  for (const f of files) {
    const slash = f.path.lastIndexOf('/');
    if (f.path.slice(slash + 1).toLowerCase() === 'go.mod' && (f.kind ?? 'file') === 'file') dirs.add(f.path.slice(0, slash + 1));
  }
  return dirs;
}

function inSubmodule(p: string, dirs: Set<string>): boolean {
  for (let rest = p; ; ) {
    const slash = rest.lastIndexOf('/');
    if (slash < 0) return false;
    const dir = rest.slice(0, slash + 1);
    if (dirs.has(dir)) return true;
    rest = rest.slice(0, slash);
  }
}

function omissionReason(f: ModuleFile, goVersion: string, dirs: Set<string>): string | undefined {
  if (isVendoredPackage(f.path, goVersion)) return 'file is in vendor directory';
  if (inSubmodule(f.path, dirs)) return 'file is in another module';
  if (f.path === '.hg_archival.txt') return 'file is inserted by \'hg archive\' and is always omitted';
  return undefined;
}

function invalidReason(f: ModuleFile, collisions: CollisionChecker): string | undefined {
  if (cleanPath(f.path) !== f.path) return 'file path is not clean';
  if (f.path.startsWith('/')) return 'file path is not relative';
  const pathErr = checkFilePath(f.path);
  if (pathErr) return pathErr.message;
  if (f.path.toLowerCase() === 'go.mod' && f.path !== 'go.mod') return 'go.mod files must have lowercase names';
  return collisions.check(f.path, f.kind === 'dir');
}

/** selectModuleFiles returns the files that go into the zip, or throws the errors of the invalid ones. */
export function selectModuleFiles(files: readonly ModuleFile[]): ModuleFile[] {
  const root = files.find((f) => f.path === 'go.mod' && (f.kind ?? 'file') === 'file');
  const goVersion = root ? goLineVersion(Buffer.from(root.content).toString('utf8')) : '';
  const dirs = submoduleDirs(files);
  const collisions = new CollisionChecker();
  const invalid: ZipFileError[] = [];
  const valid: ModuleFile[] = [];
  let total = 0;
  for (const f of files) {
    if (omissionReason(f, goVersion, dirs) !== undefined) continue;
    const problem = invalidReason(f, collisions);
    if (problem !== undefined) {
      invalid.push({ path: f.path, message: problem });
      continue;
    }
    if ((f.kind ?? 'file') !== 'file') continue;
    total += f.content.length;
    if (total > MAX_ZIP_FILE) throw new ZipCheckError(`module source tree too large (max size is ${MAX_ZIP_FILE} bytes)`);
    if (f.path === 'go.mod' && f.content.length > MAX_GO_MOD) invalid.push({ path: f.path, message: `go.mod file too large (max size is ${MAX_GO_MOD} bytes)` });
    else if (f.path === 'LICENSE' && f.content.length > MAX_LICENSE) invalid.push({ path: f.path, message: `LICENSE file too large (max size is ${MAX_LICENSE} bytes)` });
    else valid.push(f);
  }
  if (invalid.length > 0) throw new ZipCheckError(invalid.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return valid;
}

/** createModuleZip returns the module zip of mod built from files, by x/mod's rules. */
export function createModuleZip(mod: ModuleVersion, files: readonly ModuleFile[]): Buffer {
  checkModuleVersion(mod);
  const prefix = `${mod.path}@${mod.version}/`;
  return writeZip(selectModuleFiles(files).map((f) => ({ name: prefix + f.path, content: f.content })));
}
