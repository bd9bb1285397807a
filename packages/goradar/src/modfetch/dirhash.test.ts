import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hash1, hashDir, hashGoMod, hashZip } from './dirhash.js';
import { ZipArchive } from './zip-reader.js';
import { writeZip } from './zip-writer.js';

const file = (name: string | Uint8Array, content: string) => ({ name, read: () => Buffer.from(content) });

describe('hash1', () => {
  it('hashes the upstream two-file example', async () => {
    expect(await hash1([file('xyz', 'data for xyz'), file('abc', 'data for abc')])).toBe('h1:EP6WfDoQTSk9klnxcjriWJOGztueJUywHNmWeq+efB8=');
  });

  it('hashes no files as SHA-256 of nothing', async () => {
    expect(await hash1([])).toBe('h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('refuses names with a newline', async () => {
    await expect(hash1([file('a\nb', 'x')])).rejects.toThrow('dirhash: filenames with newlines are not supported');
  });

  it('sorts names by UTF-8 bytes, not UTF-16 code units', async () => {
    // U+FF21 (EF BC A1) sorts before U+1F600 (F0 9F 98 80) in UTF-8, after it in UTF-16.
    const a = await hash1([file('\u{1F600}', '1'), file('\uFF21', '2')]);
    const b = await hash1([file('\uFF21', '2'), file('\u{1F600}', '1')]);
    expect(a).toBe(b);
    const summary = `${sha('2')}  \uFF21\n${sha('1')}  \u{1F600}\n`;
    expect(a).toBe(`h1:${createHashBase64(summary)}`);
  });
});

import { createHash } from 'node:crypto';
function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
function createHashBase64(s: string): string {
  return createHash('sha256').update(s).digest('base64');
}

describe('hashGoMod', () => {
  it.each([
    ['module "rsc.io/sampler"\n\nrequire "golang.org/x/text" v0.0.0-20170915032832-14c0d48ead0c\n', 'h1:T1hPZKmBbMNahiBKFy5HrXp6adAjACjK9JXDnKaTXpA='],
    ['', 'h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY='],
    ['module example.com/m\n', 'h1:flS2VctbRrTv+sBE+VKgxx6hlkMGPVz9MGOmzMYFg3k='],
  ])('hashes %j', (text, want) => {
    expect(hashGoMod(Buffer.from(text))).toBe(want);
  });
});

describe('hashZip and hashDir', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('agree on the same tree', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dirhash-'));
    const files: Record<string, string> = { 'go.mod': 'module example.com/m\n', 'a/b.go': 'package a\n', 'z.txt': 'zzz' };
    for (const [name, content] of Object.entries(files)) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), content);
    }
    const zip = writeZip(Object.entries(files).map(([name, content]) => ({ name: `example.com/m@v1.0.0/${name}`, content: Buffer.from(content) })));
    const fromZip = hashZip(new ZipArchive(zip));
    expect(hashDir(dir, 'example.com/m@v1.0.0')).toBe(fromZip);
    expect(fromZip).toMatch(/^h1:[A-Za-z0-9+/]{43}=$/);
  });

  it('refuses symbolic links in a tree instead of following them', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dirhash-'));
    await writeFile(join(dir, 'a.go'), 'package a\n');
    await symlink('/etc/passwd', join(dir, 'link'));
    expect(() => hashDir(dir, 'example.com/m@v1.0.0')).toThrow('irregular file');
  });

  it('hashes the content of the last of two entries with the same name, as Go does', () => {
    const zip = writeZip([
      { name: 'm@v1.0.0/a', content: Buffer.from('first') },
      { name: 'm@v1.0.0/a', content: Buffer.from('second') },
    ]);
    const line = `${sha('second')}  m@v1.0.0/a\n`;
    expect(hashZip(new ZipArchive(zip))).toBe(`h1:${createHashBase64(line + line)}`);
  });
});
