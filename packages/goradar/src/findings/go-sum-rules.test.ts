import { afterEach, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../store/sqlite-store.js';
import type { NewFinding } from '../store/types.js';
import { computeFindings } from './compute-findings.js';
import { loadFleetFacts } from './fleet-facts.js';
import { neededSums, staleEntries, type SumNeedsInput } from './go-sum-needs.js';
import { buildFleetStore, type ModuleSpec, type SnapshotSpec } from './test-support/fleet-builder.js';

let store: SqliteStore | undefined;
afterEach(() => store?.close());

/** sum writes go.sum lines: `path version` gets a zip hash, `path version/go.mod` a go.mod hash. */
const sum = (...keys: string[]): string => keys.map((k) => `${k} h1:${k.length}=\n`).join('');

function goSumFindings(snapshot: SnapshotSpec): Array<{ kind: string; file: string | null; line: number | null; evidence: Record<string, unknown> }> {
  store = buildFleetStore([{ root: '/fleet/a', snapshots: [snapshot] }]);
  return computeFindings(loadFleetFacts(store))
    .filter((f: NewFinding) => f.kind.startsWith('go-sum') || f.kind === 'graph-error')
    .map((f) => ({ kind: f.kind, file: f.file, line: f.line, evidence: JSON.parse(f.evidenceJson) as Record<string, unknown> }));
}

const one = (spec: Partial<ModuleSpec>): SnapshotSpec => ({ modules: [{ path: 'a.example/m', go: '1.22', ...spec }] });
const missingOf = (spec: Partial<ModuleSpec>) => goSumFindings(one(spec)).filter((f) => f.kind === 'go-sum-missing').map((f) => f.evidence.missing ?? f.evidence.requirements);
const staleOf = (spec: Partial<ModuleSpec>) => goSumFindings(one(spec)).filter((f) => f.kind === 'go-sum-stale').map((f) => [f.line, f.evidence.stale]);

describe('go-sum-missing: the checksums a build needs, line by line', () => {
  it.each<[string, Partial<ModuleSpec>, unknown[]]>([
    ['absent go.sum, no graph: the requirements not replaced by directories', { requires: [['x.example/a', 'v1.0.0'], ['x.example/d', 'v1.0.0']], replaces: [['x.example/d', null, '../d', null]] }, [['x.example/a@v1.0.0']]],
    ['absent go.sum with a graph: everything the graph needs', { requires: [['x.example/a', 'v1.0.0']], buildList: [['x.example/a', 'v1.0.0', 'fork.example/a@v1.1.0']] }, [['fork.example/a v1.1.0/go.mod']]],
    ['absent go.sum, nothing required', {}, []],
    ['absent go.sum of a workspace module (go.work.sum may hold its sums)', { workspaceDir: '.', requires: [['x.example/a', 'v1.0.0']] }, []],
    ['complete go.sum', { requires: [['x.example/a', 'v1.0.0']], buildList: [['x.example/a', 'v1.0.0']], imports: ['x.example/a/pkg'], sum: sum('x.example/a v1.0.0', 'x.example/a v1.0.0/go.mod') }, []],
    [
      'go.mod hash of a loaded vertex, zip hash of an imported module',
      { requires: [['x.example/a', 'v1.0.0']], buildList: [['x.example/a', 'v1.0.0'], ['x.example/b', 'v1.1.0']], graph: [['x.example/a', 'v1.0.0'], ['x.example/b', 'v1.0.0'], ['x.example/b', 'v1.1.0']], imports: ['x.example/b/pkg'], sum: sum('x.example/a v1.0.0/go.mod', 'x.example/b v1.1.0/go.mod') },
      [['x.example/b v1.0.0/go.mod', 'x.example/b v1.1.0 (provides x.example/b/pkg)']],
    ],
    ['pruned-out vertices need no go.mod hash', { requires: [['x.example/a', 'v1.0.0']], buildList: [['x.example/a', 'v1.0.0'], ['x.example/p', 'v1.0.0']], graph: [['x.example/a', 'v1.0.0'], ['x.example/p', 'v1.0.0', false]], sum: sum('x.example/a v1.0.0/go.mod') }, []],
    [
      'replaced versions need the replacement; directories need nothing',
      { requires: [['x.example/a', 'v1.0.0'], ['x.example/d', 'v1.0.0']], buildList: [['x.example/a', 'v1.0.0', 'fork.example/a@v1.0.1'], ['x.example/d', 'v1.0.0', '../d']], imports: ['x.example/a', 'x.example/d'], sum: sum('x.example/a v1.0.0', 'x.example/a v1.0.0/go.mod') },
      [['fork.example/a v1.0.1 (provides x.example/a)', 'fork.example/a v1.0.1/go.mod']],
    ],
    [
      'every selected path prefix of an import when the provider is not a root',
      { go: '1.16', requires: [['x.example/a', 'v1.0.0']], buildList: [['x.example/a', 'v1.0.0'], ['x.example/a/b', 'v0.1.0']], imports: ['x.example/a/b/c'], sum: sum('x.example/a v1.0.0/go.mod', 'x.example/a/b v0.1.0/go.mod') },
      [['x.example/a v1.0.0 (provides x.example/a/b/c)', 'x.example/a/b v0.1.0 (provides x.example/a/b/c)']],
    ],
    [
      'only root prefixes when a pruned graph takes the package from a root',
      { requires: [['x.example/a/b', 'v0.1.0']], buildList: [['x.example/a', 'v1.0.0'], ['x.example/a/b', 'v0.1.0']], imports: ['x.example/a/b/c'], sum: sum('x.example/a v1.0.0/go.mod', 'x.example/a/b v0.1.0/go.mod') },
      [['x.example/a/b v0.1.0 (provides x.example/a/b/c)']],
    ],
    ['a go.sum recorded before its lines were stored is left alone', { requires: [['x.example/a', 'v1.0.0']], buildList: [['x.example/a', 'v1.0.0']], goSum: { lines: 1, modules: 1 } }, []],
  ])('%s', (_name, spec, expected) => {
    expect(missingOf(spec)).toEqual(expected);
  });

  it('names the go.sum file and no line (the missing lines are in the evidence)', () => {
    const [f] = goSumFindings(one({ dir: 'svc', requires: [['x.example/a', 'v1.0.0']], buildList: [['x.example/a', 'v1.0.0']], sum: sum('x.example/a v1.0.0') }));
    expect(f).toMatchObject({ kind: 'go-sum-missing', file: 'svc/go.sum', line: null, evidence: { missing: ['x.example/a v1.0.0/go.mod'], absent: false } });
  });
});

describe('go-sum-stale: lines for module versions outside the graph', () => {
  const base: Partial<ModuleSpec> = { requires: [['x.example/a', 'v1.0.0']], buildList: [['x.example/a', 'v1.0.0', 'fork.example/a@v1.0.1']] };
  const lines = sum('fork.example/a v1.0.1/go.mod', 'x.example/a v0.9.0/go.mod', 'x.example/a v1.0.0/go.mod', 'x.example/gone v1.0.0');

  it('lists each stale line (a replaced version’s own lines included: tidy keeps only the replacement’s)', () => {
    expect(staleOf({ ...base, sum: lines })).toEqual([[2, [{ line: 2, entry: 'x.example/a v0.9.0/go.mod' }, { line: 3, entry: 'x.example/a v1.0.0/go.mod' }, { line: 4, entry: 'x.example/gone v1.0.0' }]]]);
  });

  it.each<[string, Partial<ModuleSpec>]>([
    ['go 1.17 (tidy keeps sums for go 1.16 readers)', { go: '1.17' }],
    ['workspace modules', { workspaceDir: '.' }],
    ['no loaded graph', { graphError: 'x.example/a@v1.0.0: not found' }],
  ])('is not judged for %s', (_name, extra) => {
    expect(staleOf({ ...base, ...extra, sum: lines })).toEqual([]);
  });
});

describe('workspaces', () => {
  const members: ModuleSpec[] = [
    { dir: 'api', path: 'a.example/api', workspaceDir: '.', requires: [['x.example/a', 'v1.0.0']], buildList: [['x.example/a', 'v1.0.0']], imports: ['x.example/a'], sum: sum('x.example/a v1.0.0', 'x.example/a v1.0.0/go.mod') },
    { dir: 'web', path: 'a.example/web', workspaceDir: '.', requires: [['x.example/a', 'v1.2.0']], buildList: [['x.example/a', 'v1.2.0']], sum: sum('x.example/a v1.2.0/go.mod') },
  ];
  const workspace = { dir: '.', uses: ['./api', './web'], buildList: [['x.example/a', 'v1.2.0']] as Array<[string, string]>, graph: [['x.example/a', 'v1.0.0'], ['x.example/a', 'v1.2.0']] as Array<[string, string]> };

  it('need the workspace build’s checksums in some member go.sum or go.work.sum', () => {
    const findings = goSumFindings({ modules: members, workspaces: [workspace] });
    expect(findings).toEqual([{ kind: 'go-sum-missing', file: 'go.work.sum', line: null, evidence: expect.objectContaining({ missing: ['x.example/a v1.2.0 (provides x.example/a)'], workspaceDir: '.' }) }]);
    expect(goSumFindings({ modules: members, workspaces: [{ ...workspace, sum: sum('x.example/a v1.2.0') }] })).toEqual([]);
  });

  it('report a workspace graph that could not be loaded', () => {
    const findings = goSumFindings({ modules: members, workspaces: [{ dir: '.', graphError: 'cannot load module web listed in go.work' }] });
    expect(findings).toEqual([{ kind: 'graph-error', file: 'go.work', line: null, evidence: expect.objectContaining({ error: 'cannot load module web listed in go.work' }) }]);
  });
});

describe('neededSums and staleEntries', () => {
  const input: SumNeedsInput = {
    graphModules: [
      { path: 'x.example/a', version: 'v1.0.0', loaded: true, replacement: null },
      { path: 'x.example/d', version: 'v1.0.0', loaded: true, replacement: '/abs/d' },
    ],
    buildList: [{ path: 'x.example/a', version: 'v1.0.0', replacement: null }],
    importPaths: ['x.example/a/p', 'x.example/a/q', 'fmt'],
    roots: new Map([['x.example/a', 'v1.0.0']]),
    pruned: true,
    goModForZips: false,
  };

  it('lists each needed checksum once, in go.sum order', () => {
    expect(neededSums(input).map((n) => [n.path, n.version, n.isGoMod, n.reason])).toEqual([
      ['x.example/a', 'v1.0.0', false, 'x.example/a/p'],
      ['x.example/a', 'v1.0.0', true, 'graph'],
    ]);
  });

  it('adds the go.mod hash of each zip-needed module from go 1.21 on', () => {
    const keys = neededSums({ ...input, graphModules: [], goModForZips: true }).map((n) => `${n.path} ${n.version}${n.isGoMod ? '/go.mod' : ''} ${n.reason}`);
    expect(keys).toEqual(['x.example/a v1.0.0 x.example/a/p', 'x.example/a v1.0.0/go.mod x.example/a/p']);
  });

  it('keeps every line of a graph version, whatever its hash', () => {
    const entries = [
      { line: 1, path: 'x.example/a', version: 'v1.0.0', isGoMod: false, hash: 'h1:a' },
      { line: 2, path: 'x.example/a', version: 'v1.0.0', isGoMod: false, hash: 'h2:b' },
      { line: 3, path: 'x.example/d', version: 'v1.0.0', isGoMod: true, hash: 'h1:c' },
    ];
    expect(staleEntries(entries, input.graphModules).map((e) => e.line)).toEqual([3]);
  });
});
