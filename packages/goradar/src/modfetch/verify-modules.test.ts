import { appendFile, chmod, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGoSum } from './go-sum.js';
import { ModuleCache } from './module-cache.js';
import { buildModule, goSumLines, writeFileProxy } from './test-support/fixtures.js';
import { makeFetchTestEnv, type FetchTestEnv } from './test-support/fetch-env.js';
import { verifyModules, type VerifiedModule } from './verify-modules.js';
import { createZipWorkers, INLINE_ZIP_WORKERS, type ZipWorkers } from './zip-workers.js';

const mods = ['intact', 'zip', 'tree', 'ziphash', 'gomod', 'unreadable'].map((name, i) =>
  buildModule({ path: `example.com/${name}`, version: `v1.${i}.0`, files: { [`${name}.go`]: `package ${name}\n`, 'data.txt': `${name}\n`.repeat(20_000) } }),
);
const missing = { path: 'example.com/absent', version: 'v1.0.0' };
let t: FetchTestEnv;
let cache: ModuleCache;
const threaded = createZipWorkers({ threads: 2, inlineBelow: 0 });
const shared = createZipWorkers({ threads: 1, inlineBelow: 0, shareCallingThread: true });

beforeAll(async () => {
  t = await makeFetchTestEnv({ GOSUMDB: 'off' });
  await writeFileProxy(join(t.root, 'proxy'), mods);
  t.env.GOPROXY = `file://${join(t.root, 'proxy')}`;
  expect((await t.run(['download', ...mods.map((m) => `${m.path}@${m.version}`)])).code).toBe(0);
  cache = new ModuleCache(t.modCache);
  const [, zip, tree, ziphash, gomod, unreadable] = mods.map((m) => ({ path: m.path, version: m.version }));
  await writeFile(cache.cacheFile(zip!, 'zip'), buildModule({ ...zip!, files: { 'zip.go': 'package changed\n' } }).zip);
  await chmod(cache.moduleDir(tree!), 0o755);
  await writeFile(join(cache.moduleDir(tree!), 'extra.go'), 'package tree\n');
  await rm(cache.cacheFile(ziphash!, 'ziphash'));
  await appendFile(cache.cacheFile(gomod!, 'mod'), '// edited\n');
  await writeFile(cache.cacheFile(unreadable!, 'zip'), 'not a zip any more');
});

afterAll(async () => {
  await Promise.all([threaded.close(), shared.close()]);
  await t.dispose();
});

const verify = (workers: ZipWorkers) =>
  verifyModules(cache, [...mods.map((m) => ({ path: m.path, version: m.version })), missing], {
    goSum: parseGoSum('go.sum', goSumLines(mods)),
    workers,
  });

describe('verifyModules', () => {
  let inPlace: VerifiedModule[];
  beforeAll(async () => {
    inPlace = await verify(INLINE_ZIP_WORKERS);
  });

  it('finds what changed in the cache', () => {
    expect(inPlace.map((m) => [m.path.slice('example.com/'.length), m.checked.join(','), m.problems.map((p) => p.kind).join(',')])).toEqual([
      ['intact', 'go.mod,zip,dir', ''],
      ['zip', 'go.mod,zip,dir', 'zip-modified'],
      ['tree', 'go.mod,zip,dir', 'dir-modified'],
      ['ziphash', 'go.mod', 'missing-ziphash'],
      ['gomod', 'go.mod,zip,dir', 'go-mod-mismatch'],
      ['unreadable', 'go.mod,zip', 'unreadable'],
      ['absent', '', ''],
    ]);
    expect(inPlace[5]?.problems[0]?.message).toBe('example.com/unreadable v1.5.0: zip: not a valid zip file');
  });

  it.each([
    ['on worker threads', threaded],
    ['on a worker thread and the calling thread', shared],
  ])('reports exactly the same %s', async (_name, workers) => {
    expect(await verify(workers)).toEqual(inPlace);
  });
});
