/**
 * The heavy byte work on module zips and trees, as self-contained tasks a worker thread can run:
 * hashing a zip (in memory or on disk), hashing an extracted tree, writing a checked zip's files.
 * Nothing here imports the Go-module rules, so a worker starts quickly.
 */
import { hashDir, hashZip, hashZipFile } from './dirhash.js';
import { ZipArchive } from './zip-reader.js';
import { writeZipTree } from './zip-tree.js';

/** ZipTask is one job; its reply is a hash, or '' for extract. */
export type ZipTask =
  | { op: 'hash-zip'; zip: Uint8Array }
  | { op: 'hash-zip-file'; file: string }
  | { op: 'hash-dir'; dir: string; prefix: string }
  | { op: 'extract'; zip: Uint8Array; prefix: string; dir: string };

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** runZipTask runs task on the calling thread. */
export function runZipTask(task: ZipTask): string {
  switch (task.op) {
    case 'hash-zip':
      return hashZip(new ZipArchive(asBuffer(task.zip)));
    case 'hash-zip-file':
      return hashZipFile(task.file);
    case 'hash-dir':
      return hashDir(task.dir, task.prefix);
    case 'extract':
      writeZipTree(asBuffer(task.zip), task.prefix, task.dir);
      return '';
  }
}
