/**
 * Writing the files of an already checked module zip into a directory: exclusive creation (never
 * through an existing file or link), mode 0444, each directory made once. Synchronous on purpose:
 * it runs on a worker thread (zip-worker.ts) or, for small jobs, in one go on the calling thread.
 */
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { ZipArchive } from './zip-reader.js';

/** ExtractError is a failed extraction; message is Go's error text. */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}

/**
 * writeZipTree writes every file entry of archive named `<prefix><name>` to dir/<name>. The zip
 * must have passed checkModuleZip; directory entries are skipped, as Go skips them.
 */
export function writeZipTree(archive: ZipArchive, prefix: string, dir: string): void {
  const root = resolve(dir);
  mkdirSync(root, { recursive: true });
  const made = new Set<string>([root]);
  for (const entry of archive.entries) {
    const name = entry.name.slice(prefix.length);
    if (name === '' || name.endsWith('/')) continue;
    const dst = resolve(root, ...name.split('/'));
    // checkFilePath already refuses `..` and absolute names; this guards the file system itself.
    if (!dst.startsWith(root + sep)) throw new ExtractError(`${entry.name}: path escapes the module directory`);
    const parent = dirname(dst);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(dst, archive.readTransient(entry), { flag: 'wx', mode: 0o444 });
  }
}

/** makeTreeReadOnly removes the write bits of every directory below and including dir, as Go does. */
export function makeTreeReadOnly(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) makeTreeReadOnly(join(dir, entry.name));
  }
  chmodSync(dir, statSync(dir).mode & 0o7777 & ~0o222);
}
