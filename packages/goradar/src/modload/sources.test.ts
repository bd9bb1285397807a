import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ModuleNotFoundError } from '@goradar/gomod';
import { ChainSource } from './chain-source.js';
import { resolveGoEnv } from '../modfetch/go-env.js';
import { graphSource, LookupDisabledSource, offlineSource, usesNetwork } from './default-source.js';
import { DownloadDirSource } from './download-dir-source.js';
import { MemorySource } from './memory-source.js';
import { ModuleCacheSource } from './module-cache-source.js';
import { fixtureTree, type FixtureTree } from './test-support/fixture-tree.js';

let tree: FixtureTree;
afterEach(() => tree?.dispose());

describe('ModuleCacheSource', () => {
  it('reads go.mod files and .info from Go cache layout, with case-escaped paths', async () => {
    tree = fixtureTree();
    const cache = join(tree.root, 'mod');
    tree.publish(cache, 'github.com/BurntSushi/toml', 'v1.2.0', 'module github.com/BurntSushi/toml\n');
    const source = new ModuleCacheSource(cache);
    expect(await source.readGoMod('github.com/BurntSushi/toml', 'v1.2.0')).toBe('module github.com/BurntSushi/toml\n');
    expect(await source.info('github.com/BurntSushi/toml', 'v1.2.0')).toEqual({ version: 'v1.2.0', time: '2021-02-03T04:05:06Z' });
    expect(await source.goModFile('github.com/BurntSushi/toml', 'v1.2.0')).toBe(join(cache, 'cache/download/github.com/!burnt!sushi/toml/@v/v1.2.0.mod'));
    expect(await source.listVersions('github.com/BurntSushi/toml')).toEqual(['v1.2.0']);
  });

  it('throws ModuleNotFoundError naming the module for a cache miss', async () => {
    tree = fixtureTree();
    const source = new ModuleCacheSource(join(tree.root, 'mod'));
    await expect(source.readGoMod('example.com/x', 'v1.0.0')).rejects.toBeInstanceOf(ModuleNotFoundError);
    await expect(source.readGoMod('example.com/x', 'v1.0.0')).rejects.toThrow(/^example\.com\/x@v1\.0\.0: reading .*v1\.0\.0\.mod: no such file or directory$/);
    expect(await source.info('example.com/x', 'v1.0.0')).toBeUndefined();
  });

  it('reports an extracted directory only when it is complete', async () => {
    tree = fixtureTree();
    const cache = join(tree.root, 'mod');
    tree.publish(cache, 'example.com/x', 'v1.0.0', 'module example.com/x\n');
    tree.write('mod/example.com/x@v1.0.0/x.go', 'package x\n');
    const source = new ModuleCacheSource(cache);
    expect(await source.downloadDir('example.com/x', 'v1.0.0')).toBeUndefined();
    tree.write('mod/cache/download/example.com/x/@v/v1.0.0.ziphash', 'h1:x');
    expect(await source.downloadDir('example.com/x', 'v1.0.0')).toBe(join(cache, 'example.com/x@v1.0.0'));
    tree.write('mod/cache/download/example.com/x/@v/v1.0.0.partial', '');
    expect(await source.downloadDir('example.com/x', 'v1.0.0')).toBeUndefined();
  });
});

describe('DownloadDirSource as a file:// proxy', () => {
  it('names the proxy URL in lookup failures, as the go command does', async () => {
    tree = fixtureTree();
    const source = new DownloadDirSource(tree.root, `file://${tree.root}`);
    await expect(source.info('example.com/x', 'v1.0.0')).rejects.toThrow(`example.com/x@v1.0.0: reading file://${tree.root}/example.com/x/@v/v1.0.0.info: no such file or directory`);
  });
});

describe('ChainSource', () => {
  const a = new MemorySource([{ path: 'example.com/a', version: 'v1.0.0', goMod: 'module example.com/a\n' }]);
  const b = new MemorySource([{ path: 'example.com/b', version: 'v1.0.0', goMod: 'module example.com/b\n', time: '2020-01-01T00:00:00Z' }]);

  it('answers from the first source that has the module', async () => {
    const chain = new ChainSource([a, b]);
    expect(await chain.readGoMod('example.com/b', 'v1.0.0')).toBe('module example.com/b\n');
    expect(await chain.info('example.com/b', 'v1.0.0')).toEqual({ version: 'v1.0.0', time: '2020-01-01T00:00:00Z' });
  });

  it('ends with GOPROXY=off wording when every source misses', async () => {
    const chain = new ChainSource([a, new LookupDisabledSource()]);
    await expect(chain.readGoMod('example.com/z', 'v1.0.0')).rejects.toThrow('example.com/z@v1.0.0: not found in memory source; module lookup disabled by GOPROXY=off');
    await expect(chain.info('example.com/z', 'v1.0.0')).rejects.toThrow('example.com/z@v1.0.0: module lookup disabled by GOPROXY=off');
  });

  it.each([
    ['https://proxy.golang.org,file:///srv/proxy|off', ['/c/cache/download', 'file:///srv/proxy', '--offline']],
    ['file:///srv/a,file:///srv/b', ['/c/cache/download', 'file:///srv/a', 'file:///srv/b']],
    ['file:///srv/a,off', ['/c/cache/download', 'file:///srv/a', 'GOPROXY=off']],
    ['off', ['/c/cache/download', 'GOPROXY=off']],
    ['::not a list::', ['/c/cache/download', '--offline']],
  ])('builds the offline chain for GOPROXY=%s', (goproxy, names) => {
    const chain = offlineSource(resolveGoEnv({ GOMODCACHE: '/c', GOPROXY: goproxy }, '')) as ChainSource;
    expect(chain.sources.map((s) => s.name)).toEqual(names);
  });

  it.each([
    ['https://proxy.golang.org,direct', true],
    ['direct', true],
    ['file:///srv/a|off', false],
    ['off', false],
    ['ftp://bad', true],
  ])('GOPROXY=%s uses the network: %s', (goproxy, want) => {
    expect(usesNetwork(resolveGoEnv({ GOPROXY: goproxy }, ''))).toBe(want);
  });

  it('goes online only when asked and GOPROXY has somewhere to go', async () => {
    const online = graphSource({ goEnv: resolveGoEnv({ GOMODCACHE: '/c', GOPROXY: 'file:///srv/a,https://p.example' }, ''), env: {}, online: true });
    expect((online.source as ChainSource).sources.map((s) => s.name)).toEqual(['/c/cache/download', 'file:///srv/a', 'GOPROXY=file:///srv/a,https://p.example']);
    expect(online.skippedNetwork).toBe(false);
    await online.close();
    const offline = graphSource({ goEnv: resolveGoEnv({ GOMODCACHE: '/c', GOPROXY: 'https://p.example' }, ''), env: {}, online: false });
    expect(offline.skippedNetwork).toBe(true);
    const local = graphSource({ goEnv: resolveGoEnv({ GOMODCACHE: '/c', GOPROXY: 'file:///srv/a' }, ''), env: {}, online: true });
    expect((local.source as ChainSource).sources.map((s) => s.name)).toEqual(['/c/cache/download', 'file:///srv/a']);
    expect(local.skippedNetwork).toBe(false);
  });
});

describe('go environment (one reader: modfetch/go-env.ts)', () => {
  it.each([
    [{ GOMODCACHE: '/m' }, '/m'],
    [{ GOPATH: '/g1:/g2' }, '/g1/pkg/mod'],
    [{ HOME: '/h' }, '/h/go/pkg/mod'],
    [{ HOME: '', USERPROFILE: '/w' }, '/w/go/pkg/mod'],
  ])('module cache for %j is %s', (env, want) => expect(resolveGoEnv(env, '').GOMODCACHE).toBe(want));

  it.each([
    ['-mod=mod', 'mod'],
    ['-x --mod=readonly', 'readonly'],
    ['', ''],
  ])('-mod in GOFLAGS %j is %j', (flags, want) => expect(resolveGoEnv({ GOFLAGS: flags }, '').mod).toBe(want));

  it('reads GOWORK from the environment, then the go env file', () => {
    expect(resolveGoEnv({ GOWORK: 'off' }, 'GOWORK=/x/go.work\n').GOWORK).toBe('off');
    expect(resolveGoEnv({}, 'GOWORK=/x/go.work\n').GOWORK).toBe('/x/go.work');
    expect(resolveGoEnv({}, '').GOWORK).toBe('');
  });
});
