import { describe, expect, it } from 'vitest';
import { compareVersions, sortModules } from './compare.js';
import { isRetracted, retractionsOf } from './retractions.js';
import { parseDependencyGoMod } from './summary-from-modfile.js';
import { pruningForGoVersion } from './summary.js';

describe('compareVersions', () => {
  it.each([
    ['example.com/a', '', 'v9.0.0', 1],
    ['example.com/a', 'none', 'v0.0.1', -1],
    ['example.com/a', 'v1.2.0', 'v1.2.0-rc.1', 1],
    ['example.com/a', 'v2.0.0+incompatible', 'v2.0.0', 0],
    ['go', '1.21', '1.21.0', -1],
    ['go', '1.20', '1.20.0', 0],
    ['toolchain', 'go1.22.1', 'go1.9', 1],
  ])('%s: %s vs %s = %i', (path, a, b, want) => expect(Math.sign(compareVersions(path, a, b))).toBe(want));

  it('sorts by path bytes, then by version with Go-version order for go', () => {
    const list = [
      { path: 'toolchain', version: 'go1.22.0' },
      { path: 'go', version: '1.21.0' },
      { path: 'go', version: '1.9' },
      { path: 'example.com/z', version: 'v1.0.0' },
      { path: 'golang.org/x/mod', version: 'v0.1.0' },
    ];
    expect(sortModules(list).map((m) => `${m.path}@${m.version}`)).toEqual(['example.com/z@v1.0.0', 'go@1.9', 'go@1.21.0', 'golang.org/x/mod@v0.1.0', 'toolchain@go1.22.0']);
  });
});

describe('pruningForGoVersion', () => {
  it.each([
    ['', 'unpruned'],
    ['1.16', 'unpruned'],
    ['1.17', 'pruned'],
    ['1.21rc1', 'pruned'],
  ])('go %j is %s', (v, want) => expect(pruningForGoVersion(v)).toBe(want));
});

describe('retractions', () => {
  const retracts = [
    { low: 'v1.0.0', high: 'v1.0.5', rationale: 'bad range' },
    { low: 'v2.0.0', high: 'v2.0.0', rationale: '' },
  ];
  it.each([
    ['v1.0.3', true],
    ['v1.0.5', true],
    ['v1.0.6', false],
    ['v2.0.0', true],
  ])('%s retracted: %s', (v, want) => expect(isRetracted(v, retracts)).toBe(want));
  it('returns the intervals that apply', () => expect(retractionsOf('v1.0.0', retracts).map((r) => r.rationale)).toEqual(['bad range']));
});

describe('parseDependencyGoMod', () => {
  it('reads a dependency laxly: requirements and retractions, ignoring main-module-only directives', () => {
    const s = parseDependencyGoMod('go.mod', 'module example.com/a\n\ngo 1.21\n\nrequire example.com/b v1.0.0 // indirect\n\nreplace example.com/b => ./b\nexclude example.com/c v1.0.0\nretract v0.9.0 // oops\n');
    expect(s).toMatchObject({ module: 'example.com/a', goVersion: '1.21', requires: [{ path: 'example.com/b', version: 'v1.0.0', indirect: true }], replaces: [], excludes: [] });
    expect(s.retracts).toEqual([{ low: 'v0.9.0', high: 'v0.9.0', rationale: 'oops' }]);
  });

  it('throws the parser errors for a broken go.mod', () => {
    expect(() => parseDependencyGoMod('go.mod', 'module example.com/a\nrequire (\n')).toThrow(/go\.mod:/);
  });
});
