/**
 * The `h1:` hash of go.sum (golang.org/x/mod/sumdb/dirhash Hash1): SHA-256 over the lines
 * `<hex sha256 of content>  <name>\n`, names sorted by their UTF-8 bytes, base64 with padding.
 * https://go.dev/ref/mod#go-sum-files
 */
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { ScratchBuffer } from './scratch-buffer.js';
import { withZipFile } from './zip-file.js';
import { ZipArchive, type ZipEntry } from './zip-reader.js';

/** HashFile is one named file to hash; read returns its content. */
export interface HashFile {
  name: Uint8Array | string;
  read(): Buffer | Promise<Buffer>;
}

/** DirHashError is a failure to hash (a name with a newline, an unreadable or irregular file). */
export class DirHashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DirHashError';
  }
}

function toBytes(name: Uint8Array | string): Buffer {
  return typeof name === 'string' ? Buffer.from(name, 'utf8') : Buffer.from(name.buffer, name.byteOffset, name.byteLength);
}

function sortedByBytes<T extends { name: Uint8Array | string }>(files: readonly T[]): Array<{ name: Buffer; file: T }> {
  const named = files.map((file) => ({ name: toBytes(file.name), file }));
  for (const { name } of named) {
    if (name.includes(0x0a)) throw new DirHashError('dirhash: filenames with newlines are not supported');
  }
  return named.sort((a, b) => Buffer.compare(a.name, b.name));
}

type Digest = ReturnType<typeof createHash>;

function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

// One summary line, `<hex sha256 of content>  <name>\n`, fed to the summary hash piece by piece.
function addLine(summary: Digest, contentSum: string, name: Buffer): void {
  summary.update(`${contentSum}  `);
  summary.update(name);
  summary.update('\n');
}

function digestOf(summary: Digest): string {
  return `h1:${summary.digest('base64')}`;
}

/** hash1 returns the `h1:` hash of files. */
export async function hash1(files: readonly HashFile[]): Promise<string> {
  const summary = createHash('sha256');
  for (const { name, file } of sortedByBytes(files)) addLine(summary, sha256Hex(await file.read()), name);
  return digestOf(summary);
}

/** hash1Sync is hash1 for files whose content is read synchronously. */
export function hash1Sync(files: ReadonlyArray<{ name: Uint8Array | string; read(): Buffer }>): string {
  const summary = createHash('sha256');
  for (const { name, file } of sortedByBytes(files)) addLine(summary, sha256Hex(file.read() as Buffer), name);
  return digestOf(summary);
}

/** hashGoMod returns the `/go.mod` hash of go.sum: hash1 of one file named `go.mod`. https://go.dev/ref/mod#go-sum-files */
export function hashGoMod(content: Uint8Array): string {
  const data = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return hash1Sync([{ name: 'go.mod', read: () => data }]);
}

/**
 * hashZip returns the `h1:` hash of a module zip: every central-directory entry under its exact
 * name. As in Go, when names repeat, the content of the last entry with that name is used.
 */
export function hashZip(archive: ZipArchive): string {
  const byName = new Map<string, ZipEntry>();
  for (const entry of archive.entries) byName.set(entry.rawName.toString('latin1'), entry);
  return hash1Sync(
    archive.entries.map((entry) => ({
      name: entry.rawName,
      read: () => archive.readTransient(byName.get(entry.rawName.toString('latin1')) as ZipEntry),
    })),
  );
}

/** hashZipFile returns the `h1:` hash of the module zip at file. */
export function hashZipFile(file: string): string {
  return withZipFile(file, (source) => hashZip(new ZipArchive(source)));
}

/**
 * dirFiles lists every file below dir as `prefix/<relative path>`, with forward slashes. Symbolic
 * links and other irregular files are errors: a module tree never has them, and following one could
 * read outside the tree.
 */
export function dirFiles(dir: string, prefix: string): Array<{ name: string; path: string }> {
  const out: Array<{ name: string; path: string }> = [];
  if (!lstatSync(dir).isDirectory()) throw new DirHashError(`${dir} is not a directory`);
  const walk = (abs: string, rel: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const childAbs = join(abs, entry.name);
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(childAbs, childRel);
      else if (entry.isFile()) out.push({ name: `${prefix}/${childRel}`, path: childAbs });
      else throw new DirHashError(`dirhash: irregular file ${childAbs}`);
    }
  };
  walk(dir, '');
  return out;
}

// Files are read through one reused buffer: no allocation per file, and memory stays flat for
// files of any size.
const readScratch = new ScratchBuffer(1 << 20);

function sha256OfFile(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buffer = readScratch.take(1 << 20) as Buffer;
    for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** hashDir returns the `h1:` hash of the tree at dir, its files named `prefix/<relative path>` (`go mod verify`). */
export function hashDir(dir: string, prefix: string): string {
  const summary = createHash('sha256');
  for (const { name, file } of sortedByBytes(dirFiles(dir, prefix))) addLine(summary, sha256OfFile(file.path), name);
  return digestOf(summary);
}
