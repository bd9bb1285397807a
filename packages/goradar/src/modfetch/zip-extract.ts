/**
 * Extracting a module zip (x/mod zip.Unzip): the archive must pass every module-zip check first;
 * files are created exclusively (never through an existing file or link), read-only, and an entry
 * that inflates beyond its declared size fails the extraction.
 */
import { chmod, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModuleVersion } from '@goradar/gomod';
import { checkedFilesError, checkZipEntries } from './zip-check.js';
import { readZipDirectoryFile } from './zip-file.js';
import { ZipArchive, type ZipEntry } from './zip-reader.js';
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

function checkEntries(mod: ModuleVersion, entries: readonly ZipEntry[], zipSize: number): void {
  const err = checkedFilesError(checkZipEntries(mod, entries, zipSize));
  if (err) throw err;
  // Names that are not UTF-8 already fail checkFilePath; this makes the exact-bytes rule explicit.
  for (const e of entries) if (!e.nameIsUtf8) throw new ExtractError(`${e.name}: malformed file path: invalid UTF-8`);
}

/** checkModuleZip opens zipData as the zip of mod and applies every module-zip check to it. */
export function checkModuleZip(mod: ModuleVersion, zipData: Buffer): ZipArchive {
  const archive = new ZipArchive(zipData);
  checkEntries(mod, archive.entries, zipData.length);
  return archive;
}

/** checkModuleZipFile is checkModuleZip for the zip at file, of which it reads only the central directory. */
export function checkModuleZipFile(mod: ModuleVersion, file: string): void {
  const { entries, size } = readZipDirectoryFile(file);
  checkEntries(mod, entries, size);
}

/** UnzipOptions say where the writing runs. */
export interface UnzipOptions {
  /** workers write the files (default: the calling thread); the checks always run here. */
  workers?: ZipWorkers;
}

/**
 * unzipModule extracts the zip of mod (in memory, or the file holding it) into dir, which must be
 * empty or missing. Files are written with mode 0444; the caller makes directories read-only once
 * the whole tree is in place.
 */
export async function unzipModule(mod: ModuleVersion, zip: Buffer | { file: string }, dir: string, options: UnzipOptions = {}): Promise<void> {
  if (!(await isEmptyOrMissing(dir))) throw new ExtractError(`target directory ${dir} exists and is not empty`);
  if (Buffer.isBuffer(zip)) checkModuleZip(mod, zip);
  else checkModuleZipFile(mod, zip.file);
  await (options.workers ?? INLINE_ZIP_WORKERS).extract(zip, `${mod.path}@${mod.version}/`, dir);
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
