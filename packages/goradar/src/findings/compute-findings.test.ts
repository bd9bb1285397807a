import { afterEach, describe, expect, it } from 'vitest';
import { advisoryTable } from './advisories.js';
import { computeFindings } from './compute-findings.js';
import { loadFleetFacts } from './fleet-facts.js';
import { buildFleetStore, type ModuleSpec, type RepoSpec } from './test-support/fleet-builder.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import type { NewFinding } from '../store/types.js';

let store: SqliteStore | undefined;
afterEach(() => store?.close());

function findingsOf(repos: RepoSpec[], advisories = advisoryTable([])): NewFinding[] {
  store = buildFleetStore(repos);
  return computeFindings(loadFleetFacts(store), { advisories });
}

function oneModule(spec: ModuleSpec, root = '/fleet/a'): RepoSpec {
  return { root, snapshots: [{ commit: 'c0ffee', modules: [spec] }] };
}

function summary(findings: NewFinding[], kind: string): Array<[string, string | null, number | null]> {
  return findings.filter((f) => f.kind === kind).map((f) => [f.severity, f.file, f.line]);
}

describe('computeFindings: one module at a time', () => {
  it.each<[string, ModuleSpec, string, Array<[string, string | null, number | null]>]>([
    ['pseudo-version (direct)', { path: 'a.example/m', requires: [['x.example/p', 'v0.0.0-20240102030405-abcdefabcdef']] }, 'pseudo-version', [['low', 'go.mod', 3]]],
    ['pseudo-version (indirect)', { path: 'a.example/m', requires: [['x.example/p', 'v1.2.4-0.20240102030405-abcdefabcdef', true]] }, 'pseudo-version', [['info', 'go.mod', 3]]],
    ['tagged versions are no pseudo-versions', { path: 'a.example/m', requires: [['x.example/p', 'v1.2.3-pre.1']] }, 'pseudo-version', []],
    ['+incompatible', { path: 'a.example/m', requires: [['x.example/y', 'v1.0.0'], ['x.example/old', 'v3.1.0+incompatible']] }, 'incompatible-version', [['low', 'go.mod', 4]]],
    ['excluded version required', { path: 'a.example/m', requires: [['x.example/e', 'v1.1.0']], excludes: [['x.example/e', 'v1.1.0'], ['x.example/e', 'v1.0.0']] }, 'excluded-version', [['high', 'go.mod', 3]]],
    ['exclude of another version only', { path: 'a.example/m', requires: [['x.example/e', 'v1.2.0']], excludes: [['x.example/e', 'v1.1.0']] }, 'excluded-version', []],
    ['replace to a directory inside the repo', { dir: 'svc', path: 'a.example/svc', replaces: [['a.example/lib', null, '../lib', null]] }, 'replace-local', [['info', 'svc/go.mod', 3]]],
    ['replace to a directory outside the repo', { dir: 'svc', path: 'a.example/svc', replaces: [['a.example/lib', null, '../../lib', null]] }, 'replace-local', [['high', 'svc/go.mod', 3]]],
    ['replace to an absolute directory', { path: 'a.example/m', replaces: [['a.example/lib', null, '/src/lib', null]] }, 'replace-local', [['high', 'go.mod', 3]]],
    ['replace to a fork', { path: 'a.example/m', replaces: [['x.example/log', null, 'fork.example/log', 'v1.2.1']] }, 'replace-fork', [['medium', 'go.mod', 3]]],
    ['replace pinning a version', { path: 'a.example/m', replaces: [['x.example/log', 'v1.3.0', 'x.example/log', 'v1.2.0']] }, 'replace-pin', [['low', 'go.mod', 3]]],
    [
      'several majors in the build list',
      { path: 'a.example/m', requires: [['x.example/shapes', 'v1.2.0'], ['x.example/shapes/v2', 'v2.0.1']], buildList: [['x.example/shapes', 'v1.2.0'], ['x.example/shapes/v2', 'v2.0.1'], ['gopkg.in/yaml.v2', 'v2.4.0'], ['gopkg.in/yaml.v3', 'v3.0.1']] },
      'multiple-majors',
      [['medium', 'go.mod', null], ['medium', 'go.mod', 3]],
    ],
    ['one major only', { path: 'a.example/m', requires: [['x.example/shapes/v2', 'v2.0.1']], buildList: [['x.example/shapes/v2', 'v2.0.1']] }, 'multiple-majors', []],
    ['no go line', { path: 'a.example/m', go: null }, 'go-directive-missing', [['low', 'go.mod', null]]],
    ['unused direct requirement', { path: 'a.example/m', goFiles: 2, imports: ['fmt', 'x.example/used/sub'], requires: [['x.example/used', 'v1.0.0'], ['x.example/unused', 'v1.0.0'], ['x.example/ind', 'v1.0.0', true]], buildList: [['x.example/ind', 'v1.0.0'], ['x.example/unused', 'v1.0.0'], ['x.example/used', 'v1.0.0']] }, 'unused-requirement', [['low', 'go.mod', 4]]],
    ['imported although the build list lacks it (excluded version)', { path: 'a.example/m', goFiles: 1, imports: ['x.example/ex/pkg'], requires: [['x.example/ex', 'v1.0.0']], buildList: [['x.example/other', 'v1.0.0']] }, 'unused-requirement', []],
    ['no build list: usage unknown', { path: 'a.example/m', goFiles: 2, imports: ['fmt'], requires: [['x.example/unused', 'v1.0.0']] }, 'unused-requirement', []],
    ['no Go files read: usage unknown', { path: 'a.example/m', goFiles: 0, requires: [['x.example/unused', 'v1.0.0']], buildList: [['x.example/unused', 'v1.0.0']] }, 'unused-requirement', []],
    ['failed files: usage unknown', { path: 'a.example/m', goFiles: 3, failedFiles: 1, requires: [['x.example/unused', 'v1.0.0']], buildList: [['x.example/unused', 'v1.0.0']] }, 'unused-requirement', []],
    ['graph error', { path: 'a.example/m', graphError: 'x.example/a@v1.0.0: not found' }, 'graph-error', [['medium', 'go.mod', null]]],
    ['module declaring itself deprecated', { path: 'a.example/m', deprecated: 'use b.example/m' }, 'deprecated-module', [['info', 'go.mod', null]]],
  ])('%s', (_name, spec, kind, expected) => {
    expect(summary(findingsOf([oneModule(spec)]), kind)).toEqual(expected);
  });
});

describe('computeFindings: manifests that do not parse', () => {
  it('reports go.mod, go.sum and go.work errors with their line, once per file, and keeps going', () => {
    const findings = findingsOf([
      {
        root: '/fleet/broken',
        snapshots: [
          {
            commit: 'abc',
            modules: [
              { dir: '.', path: 'a.example/ok', requires: [['x.example/a', 'v0.0.0-20240102030405-abcdefabcdef']], goSum: { lines: 1, modules: 1, parseError: 'malformed go.sum:\ngo.sum:2: wrong number of fields 2' } },
              { dir: 'bad', path: '', manifestError: 'bad/go.mod:4:2: unknown directive: frobnicate' },
            ],
            workspaces: [{ dir: '.', manifestError: 'go.work:1:1: unknown directive: usee' }],
            problems: [{ kind: 'manifest', file: 'bad/go.mod', line: 4, message: 'bad/go.mod:4:2: unknown directive: frobnicate', moduleDir: 'bad' }],
          },
        ],
      },
    ]);
    expect(summary(findings, 'unparseable-manifest')).toEqual([
      ['high', 'bad/go.mod', 4],
      ['high', 'go.sum', 2],
      ['high', 'go.work', 1],
    ]);
    expect(findings.filter((f) => f.kind === 'pseudo-version')).toHaveLength(1);
    expect(findings.every((f) => f.commit === 'abc')).toBe(true);
  });
});

describe('computeFindings: across the fleet', () => {
  const fleet: RepoSpec[] = [
    oneModule({ path: 'a.example/a', go: '1.22.1', toolchain: 'go1.23.4', requires: [['x.example/log', 'v1.0.0'], ['x.example/util', 'v0.3.0']] }, '/fleet/a'),
    oneModule({ path: 'a.example/b', go: '1.23', requires: [['x.example/log', 'v1.2.0'], ['x.example/util', 'v0.3.0']] }, '/fleet/b'),
    oneModule({ path: 'a.example/c', go: '1.19', requires: [['x.example/log', 'v1.2.1'], ['x.example/old', 'v1.0.0']] }, '/fleet/c'),
    oneModule({ path: 'a.example/d', go: '1.24', toolchain: 'go1.24.2', requires: [['x.example/log', 'v1.2.1', true]] }, '/fleet/d'),
  ];

  it('flags every requirement older than the newest version in use, medium across minor lines', () => {
    const skew = findingsOf(fleet).filter((f) => f.kind === 'version-skew');
    expect(skew.map((f) => [JSON.parse(f.evidenceJson).repo, JSON.parse(f.evidenceJson).version, f.severity])).toEqual([
      ['a', 'v1.0.0', 'medium'],
      ['b', 'v1.2.0', 'low'],
    ]);
    expect(JSON.parse(skew[0]!.evidenceJson).versions).toEqual([
      { version: 'v1.0.0', repos: 1 },
      { version: 'v1.2.0', repos: 1 },
      { version: 'v1.2.1', repos: 2 },
    ]);
  });

  it('flags go lines at least three minor releases below the lower median', () => {
    // go langs: 1.22, 1.23, 1.19, 1.24 -> sorted 1.19 1.22 1.23 1.24, lower median 1.22; 1.19 is 3 behind.
    const outliers = findingsOf(fleet).filter((f) => f.kind === 'go-version-outlier');
    expect(outliers.map((f) => [JSON.parse(f.evidenceJson).repo, JSON.parse(f.evidenceJson).directive, JSON.parse(f.evidenceJson).median])).toEqual([['c', 'go', '1.22']]);
  });

  it('uses retractions and deprecations from the advisories, skipping replaced modules', () => {
    const advisories = advisoryTable([
      { path: 'x.example/log', latest: 'v1.2.1', retractions: [{ low: 'v1.2.0', high: 'v1.2.0', rationale: 'leaks file descriptors' }], deprecated: null },
      { path: 'x.example/old', latest: 'v1.1.0', retractions: [], deprecated: 'use x.example/new' },
    ]);
    const withReplace: RepoSpec[] = [...fleet, oneModule({ path: 'a.example/e', requires: [['x.example/log', 'v1.2.0']], replaces: [['x.example/log', null, 'fork.example/log', 'v1.2.2']] }, '/fleet/e')];
    const findings = findingsOf(withReplace, advisories);
    const retracted = findings.filter((f) => f.kind === 'retracted-version');
    expect(retracted.map((f) => [JSON.parse(f.evidenceJson).repo, f.line, f.severity])).toEqual([['b', 3, 'high']]);
    expect(retracted[0]!.message).toContain('leaks file descriptors');
    const deprecated = findings.filter((f) => f.kind === 'deprecated-module');
    expect(deprecated.map((f) => [JSON.parse(f.evidenceJson).repo, f.line, f.severity])).toEqual([['c', 4, 'medium']]);
  });

  it('orders findings most severe first and is deterministic', () => {
    const first = findingsOf(fleet);
    store?.close();
    const second = findingsOf(fleet);
    expect(second).toEqual(first);
    const ranks = first.map((f) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(f.severity));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('only judges the latest snapshot of each repository', () => {
    const findings = findingsOf([
      {
        root: '/fleet/h',
        snapshots: [
          { point: '2023', cutoff: '2024-01-01T00:00:00.000Z', commit: 'old', modules: [{ path: 'a.example/h', requires: [['x.example/p', 'v0.0.0-20200102030405-abcdefabcdef']] }] },
          { point: '2024', cutoff: '2025-01-01T00:00:00.000Z', commit: 'new', modules: [{ path: 'a.example/h', requires: [['x.example/p', 'v1.0.0']] }] },
        ],
      },
    ]);
    expect(findings.filter((f) => f.kind === 'pseudo-version')).toEqual([]);
  });
});
