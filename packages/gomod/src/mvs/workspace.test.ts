import { describe, expect, it } from 'vitest';
import { loadModuleGraph } from './load-module-graph.js';
import { mainModule, textSource } from './test-support/text-universe.js';
import type { Workspace } from './replacements.js';

const U = `
  example.com/x@v1.0.0 go1.17: example.com/y@v1.0.0
  example.com/x@v1.1.0 go1.17: example.com/y@v1.1.0
  example.com/y@v1.0.0 go1.17:
  example.com/y@v1.1.0 go1.17:
  example.com/z@v1.0.0 go1.17:
`;

function workspace(replaces: Workspace['summary']['replaces'] = []): Workspace {
  return { dir: '/ws', file: '/ws/go.work', summary: { goVersion: '1.22', toolchain: '', uses: ['./a', './b'], replaces } };
}

describe('workspace mode', () => {
  const a = mainModule({ path: 'example.com/wa', dir: '/ws/a', go: '1.22', requires: ['example.com/x@v1.0.0'] });
  const b = mainModule({ path: 'example.com/wb', dir: '/ws/b', go: '1.21', requires: ['example.com/x@v1.1.0'] });

  it('lists every workspace module first and re-reads dependencies at their selected versions', async () => {
    const graph = await loadModuleGraph({ mainModules: [a, b], workspace: workspace(), source: textSource(U) });
    expect(graph.pruning).toBe('workspace');
    expect(graph.modules().map((m) => `${m.path}@${m.version}`)).toEqual(['example.com/wa@', 'example.com/wb@', 'example.com/x@v1.1.0', 'example.com/y@v1.1.0']);
    expect(graph.formatGraph()).toContain('example.com/x@v1.1.0 example.com/y@v1.1.0\n');
    expect(graph.formatGraph().split('\n')[0]).toBe('example.com/wa example.com/x@v1.0.0');
  });

  it('lets a go.work replacement beat the go.mod ones', async () => {
    const withReplace = mainModule({ path: 'example.com/wa', dir: '/ws/a', go: '1.22', requires: ['example.com/x@v1.0.0'], replaces: ['example.com/x => example.com/z@v1.0.0'] });
    const graph = await loadModuleGraph({
      mainModules: [withReplace, b],
      workspace: workspace([{ old: { path: 'example.com/x', version: '' }, new: { path: './xdir', version: '' } }]),
      source: textSource(U),
      readLocalGoMod: () => Promise.resolve('module example.com/x\ngo 1.17\n'),
    });
    expect(graph.replacement({ path: 'example.com/x', version: 'v1.1.0' })).toEqual({ replacement: { path: './xdir', version: '' }, dir: '/ws/xdir', file: '/ws/go.work' });
  });

  it('shows go.mod directory replacements relative to the go.work directory', async () => {
    const withDir = mainModule({ path: 'example.com/wa', dir: '/ws/a', go: '1.22', requires: ['example.com/x@v1.0.0'], replaces: ['example.com/x => ../shared/x'] });
    const graph = await loadModuleGraph({
      mainModules: [withDir, b],
      workspace: workspace(),
      source: textSource(U),
      readLocalGoMod: () => Promise.resolve('module example.com/x\ngo 1.17\n'),
    });
    expect(graph.replacement({ path: 'example.com/x', version: 'v1.0.0' })?.replacement.path).toBe('./shared/x');
  });

  it.each([
    ['a workspace module replaced at all versions', [{ old: { path: 'example.com/wb', version: '' }, new: { path: './b2', version: '' } }], 'workspace module example.com/wb is replaced at all versions'],
  ])('rejects %s', async (_name, replaces, message) => {
    await expect(loadModuleGraph({ mainModules: [a, b], workspace: workspace(replaces), source: textSource(U) })).rejects.toThrow(message);
  });

  it('rejects conflicting replacements between workspace go.mod files', async () => {
    const a2 = mainModule({ path: 'example.com/wa', dir: '/ws/a', go: '1.22', replaces: ['example.com/x@v1.0.0 => example.com/z@v1.0.0'] });
    const b2 = mainModule({ path: 'example.com/wb', dir: '/ws/b', go: '1.22', replaces: ['example.com/x@v1.0.0 => ./x'] });
    await expect(loadModuleGraph({ mainModules: [a2, b2], workspace: workspace(), source: textSource(U) })).rejects.toThrow(
      'conflicting replacements for example.com/x@v1.0.0:\n\texample.com/z@v1.0.0\n\t/ws/b/x\nuse "go work edit -replace example.com/x@v1.0.0=[override]" to resolve',
    );
  });

  it('rejects a module used twice', async () => {
    await expect(loadModuleGraph({ mainModules: [a, a], workspace: workspace(), source: textSource(U) })).rejects.toThrow('module example.com/wa appears multiple times in workspace');
  });
});
