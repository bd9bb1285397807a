import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalDump } from '../store/canonical-dump.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/types.js';
import { scanFleet, type ScanOptions } from './scan-fleet.js';
import { makeBrokenRepo, makeFleet } from './test-support/fleet-fixture.js';
import { makeTempDir } from './test-support/git-fixture.js';

const tmp = makeTempDir('scan');
afterAll(() => tmp.remove());
const fleet = join(tmp.dir, 'fleet');
const { app } = makeFleet(fleet);

function options(paths: string[], extra: Partial<ScanOptions> = {}): ScanOptions {
  return { paths, cwd: tmp.dir, now: () => new Date('2024-01-01T00:00:00Z'), threads: 1, limits: { maxFileBytes: 1 << 20, maxInFlight: 8 }, ...extra };
}

function moduleByPath(store: Store, path: string) {
  const mod = store.select('modules', { path })[0];
  if (!mod) throw new Error(`no module ${path}`);
  return mod;
}

describe('scanFleet on a fleet directory', () => {
  const store = openSqliteStore(join(tmp.dir, 'fleet.db'));
  afterAll(() => store.close());

  it('records every repository, module and workspace, with HEAD for git working trees', async () => {
    const summary = await scanFleet(store, options([fleet]));
    expect(summary.repos.map((r) => [r.root, r.kind])).toEqual([[fleet, 'dir'], [app, 'git'], [join(fleet, 'lib'), 'git']]);
    expect(store.select('modules').map((m) => m.path).sort()).toEqual(['example.com/a', 'example.com/app', 'example.com/app/nested', 'example.com/b', 'example.com/loose']);
    const snap = store.select('snapshots').find((s) => s.repoId === store.select('repos', { root: app })[0]?.id);
    expect(snap).toMatchObject({ point: 'current', source: 'worktree', commitTime: '2023-01-10T10:00:00.000Z' });
    expect(snap?.commit).toMatch(/^[0-9a-f]{40}$/);
    const a = moduleByPath(store, 'example.com/a');
    expect(a.workspaceId).toBe(store.select('workspaces')[0]?.id);
    expect(JSON.parse(store.select('workspaces')[0]?.usesJson ?? '')).toEqual(['./a', './b']);
  });

  it('records requirements, go.sum summary, imports and their providers', () => {
    const mod = moduleByPath(store, 'example.com/app');
    expect(store.select('requirements', { moduleId: mod.id }).map((r) => [r.path, r.version, r.indirect, r.line])).toEqual([
      ['example.com/dep', 'v1.2.0', false, 6],
      ['example.com/unused', 'v0.1.0', false, 7],
      ['example.com/ind', 'v1.0.0', true, 8],
    ]);
    expect(store.select('go_sums', { moduleId: mod.id })[0]).toMatchObject({ lines: 3, modules: 2, goModOnly: 1, parseError: null });
    const imports = store.select('module_imports', { moduleId: mod.id }).map((i) => [i.importPath, i.provider, i.providerPath, i.files, i.testFiles]);
    expect(imports).toEqual([
      ['example.com/app/internal/x', 'main', 'example.com/app', 1, 0],
      ['example.com/dep', 'dependency', 'example.com/dep', 0, 1],
      ['example.com/dep/sub', 'dependency', 'example.com/dep', 1, 0],
      ['example.com/ind', 'dependency', 'example.com/ind', 1, 0],
      ['fmt', 'std', null, 1, 0],
      ['strings', 'std', null, 1, 0],
      ['testing', 'std', null, 0, 1],
    ]);
    const usage = store.select('dependency_usage', { moduleId: mod.id }).map((u) => [u.path, u.requirement, u.importedFiles, u.importedTestFiles]);
    expect(usage).toEqual([
      ['example.com/dep', 'direct', 1, 1],
      ['example.com/ind', 'indirect', 1, 0],
      ['example.com/unused', 'direct', 0, 0],
    ]);
    expect(store.select('module_signals', { moduleId: mod.id })[0]).toMatchObject({ files: 3, testFiles: 1, failedFiles: 0 });
  });

  it('analyses nothing again on a second scan, nor for a copy of a repository elsewhere', async () => {
    const before = canonicalDump(store);
    const again = await scanFleet(store, options([fleet]));
    expect(again.stats.filesAnalysed).toBe(0);
    expect(again.stats.filesReused).toBe(again.stats.goFiles);
    expect(canonicalDump(store)).toBe(before);
    const copy = join(tmp.dir, 'copy');
    cpSync(app, copy, { recursive: true });
    writeFileSync(join(copy, 'extra.go'), 'package main\n\nimport "os"\n');
    const copied = await scanFleet(store, options([copy]));
    expect(copied.stats.filesAnalysed).toBe(1);
  });
});

describe('scanFleet with history', () => {
  it('reads each cut-off from the main-line commit without a checkout', async () => {
    const repo = join(tmp.dir, 'fleet', 'app');
    const store = openSqliteStore(join(tmp.dir, 'history.db'));
    const history = { granularity: 'monthly' as const, since: new Date('2022-12-01T00:00:00Z') };
    const summary = await scanFleet(store, options([repo], { history, now: () => new Date('2023-03-01T00:00:00Z') }));
    expect(summary.repos[0]?.snapshots.map((s) => s.point)).toEqual(['2023-01', '2023-02']);
    expect(store.select('snapshots').map((s) => [s.point, s.source, s.cutoff])).toEqual([
      ['2023-01', 'commit', '2023-02-01T00:00:00.000Z'],
      ['2023-02', 'commit', '2023-03-01T00:00:00.000Z'],
    ]);
    expect(store.select('modules').map((m) => m.dir)).toEqual(['.', 'nested', '.', 'nested']);
    const rerun = await scanFleet(store, options([repo], { history, now: () => new Date('2023-03-01T00:00:00Z') }));
    expect(rerun.stats.snapshotsReused).toBe(2);
    expect(rerun.stats.goFiles).toBe(0);
    store.close();
  });
});

describe('scanFleet on bad input', () => {
  it('completes and records each problem as data', async () => {
    const root = join(tmp.dir, 'broken');
    makeBrokenRepo(root);
    const store = openSqliteStore(join(tmp.dir, 'broken.db'));
    const summary = await scanFleet(store, options([root], { limits: { maxFileBytes: 4096, maxInFlight: 4 } }));
    const problems = store.select('problems').map((p) => [p.kind, p.file]).sort();
    expect(problems).toEqual([
      ['analysis', 'bad.go'],
      ['binary', 'binary.go'],
      ['manifest', 'go.mod'],
      ['symlink-loop', 'cycle'],
      ['symlink-loop', 'loop.go'],
      ['too-large', 'huge.go'],
      ['unreadable', 'dangling.go'],
    ]);
    expect(summary.stats.problems).toBe(7);
    expect(store.select('problems', { kind: 'manifest' })[0]?.message).toMatch(/^go\.mod:5/);
    expect(moduleByPath(store, 'example.com/broken/sub').manifestError).toBeNull();
    store.close();
  });
});
