import { describe, expect, it } from 'vitest';
import { attributeImport, dependencyUsage, importPathsOf } from './import-attribution.js';

describe('attributeImport', () => {
  const modules = ['golang.org/x/tools', 'golang.org/x/tools/gopls', 'example.com/m'];
  it.each([
    ['fmt', 'std', null],
    ['net/http', 'std', null],
    ['example.com/app/internal/x', 'main', 'example.com/app'],
    ['example.com/app', 'main', 'example.com/app'],
    ['golang.org/x/tools/go/packages', 'dependency', 'golang.org/x/tools'],
    ['golang.org/x/tools/gopls/internal', 'dependency', 'golang.org/x/tools/gopls'],
    ['example.com/mx', 'unknown', null],
    ['github.com/none/here', 'unknown', null],
  ])('%s comes from %s %s', (path, provider, providerPath) => {
    expect(attributeImport(path, 'example.com/app', modules)).toEqual({ provider, providerPath });
  });

  it('joins requirements and imports into usage rows', () => {
    const usage = dependencyUsage(
      [
        { path: 'a.com/x', version: 'v1.0.0', indirect: false, line: 3 },
        { path: 'b.com/y', version: 'v2.0.0', indirect: true, line: 4 },
      ],
      [
        { importPath: 'b.com/y/z', provider: 'dependency', providerPath: 'b.com/y', files: 2, testFiles: 1 },
        { importPath: 'c.com/q', provider: 'dependency', providerPath: 'c.com/q', files: 0, testFiles: 3 },
        { importPath: 'fmt', provider: 'std', providerPath: null, files: 5, testFiles: 0 },
      ],
    );
    expect(usage).toEqual([
      { path: 'a.com/x', requirement: 'direct', version: 'v1.0.0', importedFiles: 0, importedTestFiles: 0 },
      { path: 'b.com/y', requirement: 'indirect', version: 'v2.0.0', importedFiles: 2, importedTestFiles: 1 },
      { path: 'c.com/q', requirement: 'none', version: null, importedFiles: 0, importedTestFiles: 3 },
    ]);
  });

  it.each([
    [{ imports: ['a', 'b'] }, ['a', 'b']],
    [{ imports: [{ path: 'a', line: 1 }, { name: 'x' }] }, ['a']],
    [{ imports: 'nope' }, []],
    [null, []],
  ])('reads import paths from signals %j', (signals, paths) => {
    expect(importPathsOf(signals)).toEqual(paths);
  });
});
