import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadModuleGraph } from '@goradar/gomod';
import { ChainSource } from './chain-source.js';
import { ModuleCacheSource } from './module-cache-source.js';
import { SummaryIndex, summaryIndexFile } from './summary-index.js';
import { fixtureTree, type FixtureTree } from './test-support/fixture-tree.js';

let tree: FixtureTree;
afterEach(() => tree?.dispose());

function countingSource(cache: string, index: SummaryIndex): { source: ChainSource; reads: string[] } {
  const inner = new ModuleCacheSource(cache, index);
  const reads: string[] = [];
  const original = inner.readGoMod.bind(inner);
  inner.readGoMod = (p, v) => {
    reads.push(`${p}@${v}`);
    return original(p, v);
  };
  return { source: new ChainSource([inner]), reads };
}

describe('SummaryIndex', () => {
  it('lets a second run resolve the same graph without reading or parsing go.mod files', async () => {
    tree = fixtureTree();
    const cache = join(tree.root, 'cache');
    tree.publish(cache, 'example.com/a', 'v1.0.0', 'module example.com/a\n\ngo 1.16\n\nrequire example.com/b v1.0.0\n');
    tree.publish(cache, 'example.com/b', 'v1.0.0', 'module example.com/b\n\ngo 1.22\n');
    const main = {
      path: 'example.com/main',
      dir: '/m',
      goModFile: '/m/go.mod',
      summary: { module: 'example.com/main', goVersion: '1.17', toolchain: '', requires: [{ path: 'example.com/a', version: 'v1.0.0', indirect: false }], excludes: [], replaces: [], retracts: [], deprecated: '' },
    };
    const file = join(tree.root, 'index.json');
    const first = countingSource(cache, SummaryIndex.open(file));
    const g1 = await loadModuleGraph({ mainModules: [main], source: first.source });
    expect(first.reads).toEqual(['example.com/a@v1.0.0', 'example.com/b@v1.0.0']);
    await ((first.source.sources[0] as ModuleCacheSource).index as SummaryIndex).save();

    const second = countingSource(cache, SummaryIndex.open(file));
    const g2 = await loadModuleGraph({ mainModules: [main], source: second.source });
    expect(second.reads).toEqual([]);
    expect(g2.formatGraph()).toBe(g1.formatGraph());
    expect(g2.formatGraph()).toContain('example.com/b@v1.0.0 go@1.22\n');
  });

  it('starts empty on a damaged file', () => {
    tree = fixtureTree();
    const file = tree.write('bad.json', '{not json');
    expect(SummaryIndex.open(file).get('example.com/a', 'v1.0.0')).toBeUndefined();
  });

  it.each([
    [{ GORADAR_CACHE_DIR: '/c' }, /^\/c\/gomod-summaries-[0-9a-f]{16}\.json$/],
    [{ XDG_CACHE_HOME: '/x' }, /^\/x\/goradar\/gomod-summaries-/],
    [{ HOME: '/h' }, /^\/h\/\.cache\/goradar\/gomod-summaries-/],
  ])('lives in goradar’s cache directory (%j)', (env, want) => {
    expect(summaryIndexFile('/mod', ['/src/m'], env, '/home/u')).toMatch(want);
  });

  it('can be switched off', () => {
    expect(summaryIndexFile('/mod', ['/src/m'], { GORADAR_GRAPH_INDEX: 'off' }, '/home/u')).toBeUndefined();
  });

  it('keeps one index per main module', () => {
    expect(summaryIndexFile('/mod', ['/src/a'], {}, '/h')).not.toBe(summaryIndexFile('/mod', ['/src/b'], {}, '/h'));
  });
});
