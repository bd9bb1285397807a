/**
 * Reading a zip file piece by piece instead of whole: the central directory for the checks (a few
 * kilobytes at the end of the file), and each entry's data when it is needed, through one reused
 * buffer. Errors are those of reading the file whole.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ScratchBuffer } from './scratch-buffer.js';
import { readZipEntries, type ZipBytes, type ZipEntry } from './zip-reader.js';

// Pieces up to 16 MiB go through the reused buffer; a larger one (a big stored entry) gets its own.
const scratch = new ScratchBuffer(16 << 20);

function readAt(fd: number, offset: number, count: number): Buffer {
  const buffer = scratch.take(count) ?? Buffer.allocUnsafe(count);
  let length = 0;
  for (let n = -1; length < count && n !== 0; length += n) n = readSync(fd, buffer, length, count - length, offset + length);
  return buffer.subarray(0, length);
}

/**
 * withZipFile runs use on the zip at file as transient ZipBytes: each piece read is valid until
 * the next, and the file stays open until use returns.
 */
export function withZipFile<T>(file: string, use: (source: ZipBytes) => T): T {
  const fd = openSync(file, 'r');
  try {
    const length = fstatSync(fd).size;
    return use({ length, transient: true, bytes: (offset, count) => readAt(fd, offset, Math.max(0, Math.min(count, length - offset))) });
  } finally {
    closeSync(fd);
  }
}

/** readZipDirectoryFile returns the entries of the zip at file and its size. */
export function readZipDirectoryFile(file: string): { entries: ZipEntry[]; size: number } {
  return withZipFile(file, (source) => ({ entries: readZipEntries(source), size: source.length }));
}
