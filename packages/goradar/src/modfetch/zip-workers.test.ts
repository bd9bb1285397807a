import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirHashError } from './dirhash.js';
import { createModuleZip } from './zip-create.js';
import { makeTreeWritable } from './zip-extract.js';
import { ZipFormatError } from './zip-reader.js';
import { ExtractError } from './zip-tree.js';
import { createZipWorkers, INLINE_ZIP_WORKERS, type ZipWorkers } from './zip-workers.js';
import { writeZip } from './zip-writer.js';

const p = 'example.com/m@v1.0.0/';
const good = createModuleZip({ path: 'example.com/m', version: 'v1.0.0' }, [
  { path: 'go.mod', content: Buffer.from('module example.com/m\n') },
  { path: 'a/b/c.go', content: Buffer.from('package b\n'.repeat(5000)) },
  { path: 'z.txt', content: Buffer.alloc(0) },
]);
const corrupt = Buffer.from(good);
const damagedAt = 30 + `${p}go.mod`.length + 2;
corrupt[damagedAt] = (corrupt[damagedAt] as number) ^ 0xff;
const stored = writeZip([{ name: `${p}s.txt`, content: Buffer.from('stored bytes'), store: true }]);
const bomb = writeZip([{ name: `${p}bomb`, content: Buffer.alloc(1 << 20), declaredSize: 10 }]);
const zips: Array<[string, Buffer]> = [
  ['a module zip', good],
  ['a stored entry', stored],
  ['a damaged entry', corrupt],
  ['a zip bomb', bomb],
  ['a truncated archive', good.subarray(0, good.length - 10)],
  ['no archive at all', Buffer.from('not a zip')],
];

let root: string;
// inlineBelow 0 sends every job to a worker; the calling-thread variant shares the jobs.
const threaded = createZipWorkers({ threads: 2, inlineBelow: 0 });
const shared = createZipWorkers({ threads: 1, inlineBelow: 0, shareCallingThread: true });
const variants: Array<[string, ZipWorkers]> = [
  ['worker threads', threaded],
  ['worker threads and the calling thread', shared],
];

interface Outcome {
  value?: unknown;
  error?: [string, string, string | undefined];
}

// The outcome of some work, with dir in error messages written as <dir> so two places compare.
const outcome = (work: Promise<unknown>, dir = '\0'): Promise<Outcome> =>
  work.then(
    (value) => ({ value }),
    (err: Error & { code?: string }) => ({ error: [err.constructor.name, err.message.replaceAll(dir, '<dir>'), err.code] }),
  );

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zip-workers-'));
  for (const [name, data] of zips) await writeFile(join(root, `${name}.zip`), data);
});

afterAll(async () => {
  await Promise.all([threaded.close(), shared.close()]);
  await makeTreeWritable(root);
  await rm(root, { recursive: true, force: true });
});

describe.each(variants)('ZipWorkers on %s', (_label, workers) => {
  it.each(zips)('hash %s exactly as in place, from memory and from its file', async (name, data) => {
    const expected = await outcome(INLINE_ZIP_WORKERS.hashZip(data));
    expect(await outcome(workers.hashZip(data))).toEqual(expected);
    expect(await outcome(workers.hashZip({ file: join(root, `${name}.zip`) }))).toEqual(expected);
    expect(await outcome(INLINE_ZIP_WORKERS.hashZip({ file: join(root, `${name}.zip`) }))).toEqual(expected);
  });

  it('rebuilds the error classes of the work', async () => {
    await expect(workers.hashZip(corrupt)).rejects.toBeInstanceOf(ZipFormatError);
    const tree = join(root, `link-${workers === shared ? 's' : 't'}`);
    await mkdir(tree);
    await symlink('/etc/passwd', join(tree, 'link'));
    await expect(workers.hashDir(tree, 'm@v1')).rejects.toBeInstanceOf(DirHashError);
  });

  it('extracts, hashes and makes read-only a tree as in place', async () => {
    const [here, there] = [join(root, `in-place-${_label}`), join(root, `worker-${_label}`)];
    await INLINE_ZIP_WORKERS.extract(good, p, here);
    await workers.extract({ file: join(root, 'a module zip.zip') }, p, there);
    for (const rel of ['go.mod', 'a/b/c.go', 'z.txt']) {
      expect(await readFile(join(there, rel))).toEqual(await readFile(join(here, rel)));
      expect((await lstat(join(there, rel))).mode & 0o777).toBe(0o444);
    }
    expect(await workers.hashDir(there, 'example.com/m@v1.0.0')).toBe(await INLINE_ZIP_WORKERS.hashZip(good));
    await workers.makeReadOnly(there);
    expect((await lstat(join(there, 'a/b'))).mode & 0o222).toBe(0);
    const again = [await outcome(INLINE_ZIP_WORKERS.extract(good, p, there)), await outcome(workers.extract(good, p, there))];
    expect(again[1]).toEqual(again[0]);
    expect(again[0]?.error?.[0]).toBe('Error');
  });

  it('fails as in place when a file is already there', async () => {
    const [here, there] = [join(root, `taken-here-${_label}`), join(root, `taken-there-${_label}`)];
    for (const dir of [here, there]) {
      await mkdir(dir);
      await writeFile(join(dir, 'go.mod'), 'x');
    }
    const expected = await outcome(INLINE_ZIP_WORKERS.extract(good, p, here), here);
    expect(expected.error?.[2]).toBe('EEXIST');
    expect(await outcome(workers.extract(good, p, there), there)).toEqual(expected);
  });

  it('hashes a missing tree with the same error', async () => {
    const missing = join(root, 'missing');
    expect(await outcome(workers.hashDir(missing, 'm@v1'))).toEqual(await outcome(INLINE_ZIP_WORKERS.hashDir(missing, 'm@v1')));
  });
});

describe('ZipWorkers guard the file system', () => {
  it('refuses an entry that would land outside the tree', async () => {
    const escape = writeZip([{ name: `${p}../outside.txt`, content: Buffer.from('x') }]);
    const dir = join(root, 'escape');
    const err = await threaded.extract(escape, p, dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as Error).message).toBe(`${p}../outside.txt: path escapes the module directory`);
    expect(await readdir(root)).not.toContain('outside.txt');
    await chmod(dir, 0o755);
  });
});
