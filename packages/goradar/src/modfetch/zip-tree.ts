/**
 * Writing the files of an already checked module zip into a directory: exclusive creation (never
 * through an existing file or link), mode 0444, each directory made once. Synchronous on purpose:
 * it runs on a worker thread (zip-worker.ts) or, for small jobs, in one go on the calling thread.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { ZipArchive } from './zip-reader.js';

/** ExtractError is a failed extraction; message is Go's error text. */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}

/**
 * writeZipTree writes every file entry of zipData named `<prefix><name>` to dir/<name>. The zip
 * must have passed checkModuleZip; directory entries are skipped, as Go skips them.
 */
export function writeZipTree(zipData: Buffer, prefix: string, dir: string): void {
  const archive = new ZipArchive(zipData);
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
    writeFileSync(dst, archive.read(entry), { flag: 'wx', mode: 0o444 });
  }
}
