/**
 * The heavy byte work on module zips and trees, as self-contained tasks a worker thread can run:
 * hashing a zip, hashing an extracted tree, writing a checked zip's files and making the tree
 * read-only. Nothing here imports the
 * Go-module rules, so a worker starts quickly.
 */
import { hashDir, hashZip } from './dirhash.js';
import { withZipFile } from './zip-file.js';
import { ZipArchive } from './zip-reader.js';
import { makeTreeReadOnly, writeZipTree } from './zip-tree.js';

/** ZipSource is a zip in memory or in a file. */
export type ZipSource = { bytes: Uint8Array } | { file: string };

/** ZipTask is one job; its reply is a hash, or '' for the others. */
export type ZipTask =
  | { op: 'hash-zip'; zip: ZipSource }
  | { op: 'hash-dir'; dir: string; prefix: string }
  | { op: 'extract'; zip: ZipSource; prefix: string; dir: string }
  | { op: 'read-only'; dir: string };

function withZip<T>(source: ZipSource, use: (archive: ZipArchive) => T): T {
  if ('file' in source) return withZipFile(source.file, (bytes) => use(new ZipArchive(bytes)));
  return use(new ZipArchive(Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength)));
}

/** runZipTask runs task on the calling thread. */
export function runZipTask(task: ZipTask): string {
  switch (task.op) {
    case 'hash-zip':
      return withZip(task.zip, hashZip);
    case 'hash-dir':
      return hashDir(task.dir, task.prefix);
    case 'extract':
      withZip(task.zip, (archive) => writeZipTree(archive, task.prefix, task.dir));
      return '';
    case 'read-only':
      makeTreeReadOnly(task.dir);
      return '';
  }
}
