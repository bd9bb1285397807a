/**
 * The module cache in Go's exact layout (https://go.dev/ref/mod#module-cache):
 *   <root>/cache/download/<escaped path>/@v/{list,<v>.info,<v>.mod,<v>.zip,<v>.ziphash,<v>.lock}
 *   <root>/<escaped path>@<escaped version>/   (extracted, read-only)
 * Every file appears by atomic rename of a temporary file named as Go names its own
 * (`<file><random>.tmp`), so either tool cleans up the other's leftovers under the version lock.
 */
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { canonicalVersion, escapePath, escapeVersion, semver, type ModuleVersion } from '@goradar/gomod';
import { writeFileAtomic } from '../fsutil/atomic-write.js';
import { parseRevInfo, type RevInfo } from './rev-info.js';

/** CacheSuffix names the per-version files of cache/download. */
export type CacheSuffix = 'info' | 'mod' | 'zip' | 'ziphash' | 'lock' | 'partial';

/** DirState says whether an extracted module directory can be used. */
export type DirState = 'complete' | 'missing' | 'partial';

/** tempName returns a temporary file name for file in Go's pattern `<base><digits>.tmp`. */
export function tempName(file: string): string {
  return join(dirname(file), `${basename(file)}${randomInt(1e9)}${randomInt(1e9)}.tmp`);
}

/** writeFileAtomicGo writes file atomically (synced temporary file, then rename) with Go's temporary-file names. */
export function writeFileAtomicGo(file: string, data: string | Uint8Array): Promise<void> {
  return writeFileAtomic(file, data, { tempName });
}

// Reads and existence checks of these small files are synchronous: handing each to the thread
// pool and back costs more than the system calls themselves, and a fetch or a verify makes dozens
// per module.
async function readOptional(file: string): Promise<Buffer | undefined> {
  try {
    return readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** ModuleCache reads and writes one module cache root (GOMODCACHE). */
export class ModuleCache {
  constructor(readonly root: string) {}

  /** downloadDir returns cache/download/<escaped path>/@v for a module path. */
  downloadDir(path: string): string {
    return join(this.root, 'cache', 'download', ...escapePath(path).split('/'), '@v');
  }

  /** cacheFile returns the path of one per-version file; only canonical versions have one. */
  cacheFile(mod: ModuleVersion, suffix: CacheSuffix): string {
    if (canonicalVersion(mod.version) !== mod.version) throw new Error(`${mod.path}@${mod.version}: non-canonical module version`);
    return join(this.downloadDir(mod.path), `${escapeVersion(mod.version)}.${suffix}`);
  }

  /** moduleDir returns the extracted directory <root>/<escaped path>@<escaped version>. */
  moduleDir(mod: ModuleVersion): string {
    return join(this.root, `${escapePath(mod.path)}@${escapeVersion(mod.version)}`);
  }

  /** sumdbDir returns the directory of cached checksum-database lookups and tiles. */
  sumdbDir(): string {
    return join(this.root, 'cache', 'download', 'sumdb');
  }

  /** readInfo returns the cached `.info`, or undefined when absent or unreadable as RevInfo. */
  async readInfo(mod: ModuleVersion): Promise<RevInfo | undefined> {
    const data = await readOptional(this.cacheFile(mod, 'info'));
    if (data === undefined) return undefined;
    try {
      const info = parseRevInfo(data);
      return info.Version === mod.version ? info : undefined;
    } catch {
      return undefined;
    }
  }

  /** readGoMod returns the cached `.mod`, or undefined. */
  readGoMod(mod: ModuleVersion): Promise<Buffer | undefined> {
    return readOptional(this.cacheFile(mod, 'mod'));
  }

  /** readZipHash returns the `h1:` hash in `.ziphash`, or undefined. */
  async readZipHash(mod: ModuleVersion): Promise<string | undefined> {
    const data = await readOptional(this.cacheFile(mod, 'ziphash'));
    return data?.toString('utf8').trim() || undefined;
  }

  /** hasZip reports whether both `.zip` and `.ziphash` are present (Go's test for a finished zip). */
  async hasZip(mod: ModuleVersion): Promise<boolean> {
    return existsSync(this.cacheFile(mod, 'zip')) && existsSync(this.cacheFile(mod, 'ziphash'));
  }

  /** dirState tells whether the extracted directory is complete: present, no `.partial`, `.ziphash` present. */
  async dirState(mod: ModuleVersion): Promise<DirState> {
    if (!isDirectory(this.moduleDir(mod))) return 'missing';
    if (existsSync(this.cacheFile(mod, 'partial'))) return 'partial';
    return existsSync(this.cacheFile(mod, 'ziphash')) ? 'complete' : 'partial';
  }

  /** writeInfo stores `.info` atomically. */
  writeInfo(mod: ModuleVersion, json: string): Promise<void> {
    return writeFileAtomicGo(this.cacheFile(mod, 'info'), json);
  }

  /** writeGoMod stores `.mod` atomically and refreshes the `list` file, as Go does. */
  async writeGoMod(mod: ModuleVersion, data: Uint8Array): Promise<void> {
    await writeFileAtomicGo(this.cacheFile(mod, 'mod'), data);
    await this.rewriteVersionList(mod.path);
  }

  /** writeZipHash stores `.ziphash` (the bare hash, no newline) atomically. */
  writeZipHash(mod: ModuleVersion, hash: string): Promise<void> {
    return writeFileAtomicGo(this.cacheFile(mod, 'ziphash'), hash);
  }

  /**
   * rewriteVersionList rewrites `@v/list` to the canonical versions that have a `.mod` file, sorted,
   * so that cache/download can itself serve as a GOPROXY.
   */
  async rewriteVersionList(path: string): Promise<void> {
    const dir = this.downloadDir(path);
    const names = await readdir(dir);
    const versions = names.flatMap((n) => (n.endsWith('.mod') && n !== '.mod' ? [n.slice(0, -4)] : [])).filter((v) => canonicalVersion(v) === v);
    const text = semver.sort(versions).map((v) => `${v}\n`).join('');
    const listFile = join(dir, 'list');
    if ((await readOptional(listFile))?.toString('utf8') === text) return;
    await writeFileAtomicGo(listFile, text);
  }

  /** removeTempFiles deletes leftover temporary files of one cache file (call only under its lock). */
  async removeTempFiles(file: string): Promise<void> {
    const base = basename(file);
    const names = await readdir(dirname(file)).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.startsWith(base) && n.endsWith('.tmp')).map((n) => rm(join(dirname(file), n), { force: true })));
  }
}
