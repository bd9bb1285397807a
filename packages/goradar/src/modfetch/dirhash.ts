/**
 * The `h1:` hash of go.sum (golang.org/x/mod/sumdb/dirhash Hash1): SHA-256 over the lines
 * `<hex sha256 of content>  <name>\n`, names sorted by their UTF-8 bytes, base64 with padding.
 * https://go.dev/ref/mod#go-sum-files
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

function sortedByBytes(files: readonly HashFile[]): Array<{ name: Buffer; file: HashFile }> {
  const named = files.map((file) => ({ name: toBytes(file.name), file }));
  for (const { name } of named) {
    if (name.includes(0x0a)) throw new DirHashError('dirhash: filenames with newlines are not supported');
  }
  return named.sort((a, b) => Buffer.compare(a.name, b.name));
}

function summaryLine(content: Buffer, name: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${createHash('sha256').update(content).digest('hex')}  `), name, Buffer.from('\n')]);
}

function finish(lines: readonly Buffer[]): string {
  const summary = createHash('sha256');
  for (const line of lines) summary.update(line);
  return `h1:${summary.digest('base64')}`;
}

/** hash1 returns the `h1:` hash of files. */
export async function hash1(files: readonly HashFile[]): Promise<string> {
  const lines: Buffer[] = [];
  for (const { name, file } of sortedByBytes(files)) lines.push(summaryLine(await file.read(), name));
  return finish(lines);
}

/** hash1Sync is hash1 for files whose content is read synchronously. */
export function hash1Sync(files: ReadonlyArray<{ name: Uint8Array | string; read(): Buffer }>): string {
  return finish(sortedByBytes(files).map(({ name, file }) => summaryLine(file.read() as Buffer, name)));
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
      read: () => archive.read(byName.get(entry.rawName.toString('latin1')) as ZipEntry),
    })),
  );
}

/** hashZipFile returns the `h1:` hash of the module zip at file. */
export async function hashZipFile(file: string): Promise<string> {
  return hashZip(new ZipArchive(await readFile(file)));
}

/**
 * dirFiles lists every file below dir as `prefix/<relative path>`, with forward slashes. Symbolic
 * links and other irregular files are errors: a module tree never has them, and following one could
 * read outside the tree.
 */
export async function dirFiles(dir: string, prefix: string): Promise<Array<{ name: string; path: string }>> {
  const out: Array<{ name: string; path: string }> = [];
  const top = await lstat(dir);
  if (!top.isDirectory()) throw new DirHashError(`${dir} is not a directory`);
  const walk = async (abs: string, rel: string): Promise<void> => {
    const entries = await readdir(abs, { withFileTypes: true });
    for (const entry of entries) {
      const childAbs = join(abs, entry.name);
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(childAbs, childRel);
      else if (entry.isFile()) out.push({ name: `${prefix}/${childRel}`, path: childAbs });
      else throw new DirHashError(`dirhash: irregular file ${childAbs}`);
    }
  };
  await walk(dir, '');
  return out;
}

/** hashDir returns the `h1:` hash of the tree at dir, its files named `prefix/<relative path>` (`go mod verify`). */
export async function hashDir(dir: string, prefix: string): Promise<string> {
  const files = await dirFiles(dir, prefix);
  return hash1(files.map((f) => ({ name: f.name, read: () => readFile(f.path) })));
}
