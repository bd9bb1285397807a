import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitBlobHash } from './content-hash.js';
import { GitTreeReader, parseLsTreeRecord } from './git-tree-reader.js';
import { GitFixture, makeTempDir } from './test-support/git-fixture.js';

const tmp = makeTempDir('git-tree');
afterAll(() => tmp.remove());
const repo = new GitFixture(join(tmp.dir, 'repo'));
const big = `package big\n\nvar s = "${'y'.repeat(3 << 20)}"\n`;
const files: Record<string, string> = { 'go.mod': 'module example.com/r\n', 'big.go': big, 'vendor/v/v.go': 'package v\n', 'testdata/t.go': 'package t\n', 'README.md': 'hi\n' };
for (let i = 0; i < 200; i++) files[`p/f${i}.go`] = `package p\n\nconst C${i} = ${i}\n`;
symlinkSync('big.go', join(repo.root, 'link.go'));
const commit = repo.commit('2023-05-05T00:00:00Z', files);

describe('GitTreeReader', () => {
  it('lists the wanted files of a commit with their blob ids, following go directory rules', async () => {
    const reader = new GitTreeReader(repo.root, commit);
    const listing = await reader.list();
    expect(listing.files).toHaveLength(202);
    expect(listing.files.map((f) => f.path)).not.toContain('vendor/v/v.go');
    expect(listing.files.map((f) => f.path)).not.toContain('link.go');
    const bigFile = listing.files.find((f) => f.path === 'big.go');
    expect(bigFile?.size).toBe(Buffer.byteLength(big));
    expect(bigFile?.hash).toBe(gitBlobHash(readFileSync(join(repo.root, 'big.go'))));
    await reader.close();
  });

  it('reads every blob intact through one cat-file process, large and small, in any order', async () => {
    const reader = new GitTreeReader(repo.root, commit);
    const listing = await reader.list();
    const contents = await Promise.all(listing.files.map((f) => reader.read(f)));
    listing.files.forEach((f, i) => expect(Buffer.from(contents[i] as Uint8Array).equals(readFileSync(join(repo.root, f.path)))).toBe(true));
    await expect(reader.read({ path: 'nope.go', size: 0, hash: undefined })).rejects.toThrow(/missing/);
    await reader.close();
  });
});

describe('parseLsTreeRecord', () => {
  it.each([
    ['100644 blob 0123abcd     42\tdir/a.go', { path: 'dir/a.go', size: 42, hash: '0123abcd' }],
    ['100755 blob ffff 7\tx y.go', { path: 'x y.go', size: 7, hash: 'ffff' }],
    ['120000 blob abcd 6\tlink.go', undefined],
    ['160000 commit abcd -\tsubmodule', undefined],
    ['', undefined],
  ])('%j', (record, expected) => {
    expect(parseLsTreeRecord(record)).toEqual(expected);
  });
});
