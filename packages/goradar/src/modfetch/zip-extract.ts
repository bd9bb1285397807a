/**
 * Extracting a module zip (x/mod zip.Unzip): the archive must pass every module-zip check first;
 * files are created exclusively (never through an existing file or link), read-only, and an entry
 * that inflates beyond its declared size fails the extraction.
 */
import { chmod, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModuleVersion } from '@goradar/gomod';
import { checkedFilesError, checkZipEntries } from './zip-check.js';
import { ZipArchive } from './zip-reader.js';
import { ExtractError } from './zip-tree.js';
import { INLINE_ZIP_WORKERS, type ZipWorkers } from './zip-workers.js';

export { ExtractError } from './zip-tree.js';

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true;
  }
}

/** checkModuleZip opens zipData as the zip of mod and applies every module-zip check to it. */
export function checkModuleZip(mod: ModuleVersion, zipData: Buffer): ZipArchive {
  const archive = new ZipArchive(zipData);
  const entries = archive.entries.map((e) => ({ name: e.name, uncompressedSize: e.uncompressedSize }));
  const err = checkedFilesError(checkZipEntries(mod, entries, zipData.length));
  if (err) throw err;
  // Names that are not UTF-8 already fail checkFilePath; this makes the exact-bytes rule explicit.
  for (const e of archive.entries) if (!e.nameIsUtf8) throw new ExtractError(`${e.name}: malformed file path: invalid UTF-8`);
  return archive;
}

/**
 * unzipModule extracts the zip of mod into dir, which must be empty or missing. Files are written
 * with mode 0444; the caller makes directories read-only once the whole tree is in place. The
 * writing runs on workers when given (the checks always run here).
 */
export async function unzipModule(mod: ModuleVersion, zipData: Buffer, dir: string, workers: ZipWorkers = INLINE_ZIP_WORKERS): Promise<void> {
  if (!(await isEmptyOrMissing(dir))) throw new ExtractError(`target directory ${dir} exists and is not empty`);
  checkModuleZip(mod, zipData);
  await workers.extract(zipData, `${mod.path}@${mod.version}/`, dir);
}

/** makeTreeReadOnly removes the write bits of every directory below and including dir, as Go does. */
export async function makeTreeReadOnly(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) await makeTreeReadOnly(join(dir, entry.name));
  }
  const mode = (await stat(dir)).mode & 0o7777;
  await chmod(dir, mode & ~0o222);
}

/** makeTreeWritable restores owner write permission below dir, so the tree can be removed. */
export async function makeTreeWritable(dir: string): Promise<void> {
  let entries;
  try {
    await chmod(dir, 0o755);
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) await makeTreeWritable(p);
    else if (entry.isFile()) await chmod(p, 0o644).catch(() => undefined);
  }
}
