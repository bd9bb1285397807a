import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashZip, hashZipFile } from './dirhash.js';
import { readZipDirectoryFile, withZipFile } from './zip-file.js';
import { ZipArchive } from './zip-reader.js';
import { writeZip } from './zip-writer.js';

const p = 'example.com/m@v1.0.0/';
const plain = writeZip([
  { name: `${p}go.mod`, content: Buffer.from('module example.com/m\n') },
  { name: `${p}big.txt`, content: Buffer.from('0123456789'.repeat(20000)) },
  { name: `${p}raw.txt`, content: Buffer.from('stored'), store: true },
]);
// The end record may be followed by a comment of up to 64 KiB; the reader searches back for it.
const withComment = Buffer.concat([plain, Buffer.alloc(40000, 0x20)]);
withComment.writeUInt16LE(40000, plain.length - 2);
const zips: Array<[string, Buffer]> = [
  ['a plain zip', plain],
  ['a zip with a long comment', withComment],
  ['a truncated zip', plain.subarray(0, plain.length - 5)],
  ['a zip cut inside its entries', plain.subarray(100)],
  ['an empty file', Buffer.alloc(0)],
  ['not a zip', Buffer.from('hello')],
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zip-file-'));
  for (const [name, data] of zips) await writeFile(join(dir, name), data);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const outcome = <T>(read: () => T) => {
  try {
    return { value: read() };
  } catch (err) {
    return { error: (err as Error).message };
  }
};

describe('reading a zip file piece by piece', () => {
  it.each(zips)('finds the entries of %s as reading it whole does', (name, data) => {
    const whole = outcome(() => ({ entries: new ZipArchive(data).entries, size: data.length }));
    expect(outcome(() => readZipDirectoryFile(join(dir, name)))).toEqual(whole);
  });

  it.each(zips)('hashes %s as reading it whole does', (name, data) => {
    expect(outcome(() => hashZipFile(join(dir, name)))).toEqual(outcome(() => hashZip(new ZipArchive(data))));
  });

  it('reads content equal to the whole archive, and copies what read() returns', () => {
    const whole = new ZipArchive(plain);
    withZipFile(join(dir, 'a plain zip'), (source) => {
      const archive = new ZipArchive(source);
      const kept = archive.entries.map((e) => archive.read(e));
      expect(kept).toEqual(whole.entries.map((e) => whole.read(e)));
    });
  });

  it('fails on a directory and a missing file with the errors of reading them whole', () => {
    expect(() => readZipDirectoryFile(dir)).toThrow('EISDIR: illegal operation on a directory, read');
    expect(() => readZipDirectoryFile(join(dir, 'missing'))).toThrow(`ENOENT: no such file or directory, open '${join(dir, 'missing')}'`);
  });
});
