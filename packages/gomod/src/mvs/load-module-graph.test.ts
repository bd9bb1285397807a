import { describe, expect, it } from 'vitest';
import { GO_MOD_DIRTY, loadModuleGraph } from './load-module-graph.js';
import { mainModule, textSource, type MainOptions } from './test-support/text-universe.js';

const lines = (s: string): string => s.trim().split('\n').map((l) => `${l.trim()}\n`).join('');

async function load(universe: string, main: MainOptions, extra: { rootFixup?: 'mod' | 'readonly'; locals?: Record<string, string> } = {}) {
  const source = textSource(universe);
  const graph = await loadModuleGraph({
    mainModules: [mainModule(main)],
    source,
    ...(extra.rootFixup ? { rootFixup: extra.rootFixup } : {}),
    readLocalGoMod: (dir) => {
      const text = extra.locals?.[dir];
      return text === undefined ? Promise.reject(new Error('no such file or directory')) : Promise.resolve(text);
    },
  });
  const list = graph.modules().map((m) => (m.version === '' ? m.path : `${m.path} ${m.version}`)).join('\n');
  return { graph, source, list, text: graph.formatGraph() };
}

const CHAIN = `
  example.com/a@v1.0.0 go1.17: example.com/b@v1.0.0
  example.com/b@v1.0.0 go1.17: example.com/c@v1.0.0
  example.com/c@v1.0.0 go1.17:
  example.com/a16@v1.0.0 go1.16: example.com/b@v1.0.0
`;

describe('graph pruning (reference §6.8 vector 8)', () => {
  it('reads only the roots go.mod files below a pruned main module', async () => {
    const { list, text, source } = await load(CHAIN, { go: '1.17', requires: ['example.com/a@v1.0.0'] });
    expect(list).toBe('example.com/main\nexample.com/a v1.0.0\nexample.com/b v1.0.0');
    expect(text).toBe(lines(`
      example.com/main example.com/a@v1.0.0
      example.com/main go@1.17
      example.com/a@v1.0.0 example.com/b@v1.0.0`));
    expect(source.reads).toEqual(['example.com/a@v1.0.0']);
  });

  it('loads everything below an unpruned dependency, even pruned modules', async () => {
    const { list } = await load(CHAIN, { go: '1.17', requires: ['example.com/a16@v1.0.0'] });
    expect(list).toBe('example.com/main\nexample.com/a16 v1.0.0\nexample.com/b v1.0.0\nexample.com/c v1.0.0');
  });

  it('loads the whole closure for an unpruned main module', async () => {
    const { list, graph } = await load(CHAIN, { go: '1.16', requires: ['example.com/a@v1.0.0'] });
    expect(graph.pruning).toBe('unpruned');
    expect(list).toBe('example.com/main\nexample.com/a v1.0.0\nexample.com/b v1.0.0\nexample.com/c v1.0.0');
  });

  it('treats a main go.mod without a go line as go 1.16', async () => {
    const { graph, text } = await load(CHAIN, { requires: ['example.com/a@v1.0.0'] });
    expect(graph.pruning).toBe('unpruned');
    expect(text).toContain('example.com/main go@1.16\n');
  });

  it('lists pruned-out vertices without edges', async () => {
    const { graph } = await load(CHAIN, { go: '1.17', requires: ['example.com/a@v1.0.0'] });
    expect(graph.prunedVertices().map((m) => `${m.path}@${m.version}`)).toEqual(['example.com/b@v1.0.0']);
  });
});

describe('go and toolchain vertices', () => {
  const U = `
    example.com/a@v1.0.0 go1.22: example.com/b@v1.0.0
    example.com/b@v1.0.0 go1.21:
  `;
  it('adds go@V to modules at go 1.21 and later, and toolchain@goV below go@V', async () => {
    const { text } = await load(U, { go: '1.22', toolchain: 'go1.23.1', requires: ['example.com/a@v1.0.0'] });
    expect(text).toBe(lines(`
      example.com/main example.com/a@v1.0.0
      example.com/main go@1.22
      example.com/main toolchain@go1.23.1
      example.com/a@v1.0.0 example.com/b@v1.0.0
      example.com/a@v1.0.0 go@1.22
      go@1.22 toolchain@go1.22`));
  });
});

describe('exclude (reference §6.8 vector 9)', () => {
  const U = `
    example.com/a@v1.0.0 go1.17: example.com/b@v1.1.0
    example.com/d@v1.0.0 go1.17: example.com/b@v1.0.0
    example.com/b@v1.0.0 go1.17:
    example.com/b@v1.1.0 go1.17:
  `;
  it('drops requirements on excluded versions instead of redirecting them', async () => {
    const { list, graph } = await load(U, { go: '1.17', requires: ['example.com/a@v1.0.0', 'example.com/d@v1.0.0'], excludes: ['example.com/b@v1.1.0'] });
    expect(list).toBe('example.com/main\nexample.com/a v1.0.0\nexample.com/b v1.0.0\nexample.com/d v1.0.0');
    expect(graph.excludedRequirements.map((e) => `${e.from.path} -> ${e.to.path}@${e.to.version}`)).toEqual(['example.com/a -> example.com/b@v1.1.0']);
  });

  it('leaves the path out entirely when nothing else requires it', async () => {
    const { list } = await load(U, { go: '1.17', requires: ['example.com/a@v1.0.0'], excludes: ['example.com/b@v1.1.0'] });
    expect(list).toBe('example.com/main\nexample.com/a v1.0.0');
  });
});

describe('replace (reference §6.8 vector 10)', () => {
  const U = `
    example.com/a@v1.0.0 go1.17: example.com/b@v1.0.0
    example.com/b@v1.0.0 go1.17:
    example.com/b@v2.0.0+incompatible goNONE:
    example.com/fork@v1.5.0 go1.17: example.com/b@v2.0.0+incompatible
  `;
  it('reads the requirements of a directory replacement, keeping the original vertex', async () => {
    const locals = { '/src/main/a': 'module example.com/a\ngo 1.17\nrequire example.com/b v2.0.0+incompatible\n' };
    const { list, text, graph } = await load(U, { go: '1.17', requires: ['example.com/a@v1.0.0'], replaces: ['example.com/a@v1.0.0 => ./a'] }, { locals });
    expect(list).toBe('example.com/main\nexample.com/a v1.0.0\nexample.com/b v2.0.0+incompatible');
    expect(text).toContain('example.com/a@v1.0.0 example.com/b@v2.0.0+incompatible\n');
    expect(graph.replacement({ path: 'example.com/a', version: 'v1.0.0' })).toEqual({ replacement: { path: './a', version: '' }, dir: '/src/main/a', file: '/src/main/go.mod' });
  });

  it('prefers an exact-version replacement over a wildcard', async () => {
    const { list } = await load(U, {
      go: '1.17',
      requires: ['example.com/a@v1.0.0'],
      replaces: ['example.com/a => example.com/a@v9.9.9', 'example.com/a@v1.0.0 => example.com/fork@v1.5.0'],
    });
    expect(list).toBe('example.com/main\nexample.com/a v1.0.0\nexample.com/b v2.0.0+incompatible');
  });

  it('rejects a replacement whose go.mod declares a third module path', async () => {
    const source = textSource('example.com/fork@v1.5.0 go1.17:');
    const impostor = { readGoMod: (p: string, v: string) => (p === 'example.com/fork' ? Promise.resolve('module example.com/other\ngo 1.17\n') : source.readGoMod(p, v)) };
    const graph = await loadModuleGraph({
      mainModules: [mainModule({ go: '1.17', requires: ['example.com/a@v1.0.0'], replaces: ['example.com/a@v1.0.0 => example.com/fork@v1.5.0'] })],
      source: impostor,
    });
    expect(graph.error?.message).toBe(
      'example.com/a@v1.0.0 (replaced by example.com/fork@v1.5.0): parsing go.mod:\n\tmodule declares its path as: example.com/other\n\t        but was required as: example.com/a',
    );
  });

  it('reports conflicting replacements in one go.mod', async () => {
    await expect(load(U, { go: '1.17', replaces: ['example.com/a => example.com/fork@v1.5.0', 'example.com/a => ./a'] })).rejects.toThrow(
      'conflicting replacements for example.com/a:\n\texample.com/fork@v1.5.0\n\t./a',
    );
  });
});

describe('missing go.mod files', () => {
  it('names the module version and the requirement path that led to it', async () => {
    const { graph } = await load('example.com/a@v1.0.0 go1.16: example.com/b@v1.0.0', { go: '1.17', requires: ['example.com/a@v1.0.0'] });
    expect(graph.error?.message).toBe('example.com/a@v1.0.0 requires\n\texample.com/b@v1.0.0: not in test universe');
  });
});

describe('untidy go.mod files (root fix-up)', () => {
  const U = `
    example.com/a@v1.0.0 go1.17: example.com/b@v1.1.0
    example.com/b@v1.0.0 go1.17:
    example.com/b@v1.1.0 go1.17: example.com/c@v1.0.0
    example.com/c@v1.0.0 go1.17:
  `;
  it('raises pruned roots to their selected versions and reloads, as -mod=mod does', async () => {
    const { list, graph } = await load(U, { go: '1.17', requires: ['example.com/a@v1.0.0', 'example.com/b@v1.0.0'] });
    expect(graph.rootsUpdated).toBe(true);
    expect(graph.roots.map((r) => `${r.path}@${r.version}`)).toContain('example.com/b@v1.1.0');
    expect(list).toBe('example.com/main\nexample.com/a v1.0.0\nexample.com/b v1.1.0\nexample.com/c v1.0.0');
  });

  it('reports the go command error under -mod=readonly', async () => {
    const { graph } = await load(U, { go: '1.17', requires: ['example.com/a@v1.0.0', 'example.com/b@v1.0.0'] }, { rootFixup: 'readonly' });
    expect(graph.error?.message).toBe(GO_MOD_DIRTY);
  });

  it('merges a path required twice before loading anything', async () => {
    const { graph, source } = await load(U, { go: '1.17', requires: ['example.com/b@v1.0.0', 'example.com/b@v1.1.0'] });
    expect(source.reads).not.toContain('example.com/b@v1.0.0');
    expect(graph.roots.filter((r) => r.path === 'example.com/b')).toEqual([{ path: 'example.com/b', version: 'v1.1.0' }]);
  });

  it('recomputes minimal roots for an unpruned main module', async () => {
    const { graph, list } = await load(U, { go: '1.16', requires: ['example.com/a@v1.0.0', 'example.com/b@v1.0.0!'] });
    expect(graph.roots.map((r) => `${r.path}@${r.version}`)).toEqual(['example.com/a@v1.0.0', 'go@1.16']);
    expect(list).toBe('example.com/main\nexample.com/a v1.0.0\nexample.com/b v1.1.0\nexample.com/c v1.0.0');
  });
});
