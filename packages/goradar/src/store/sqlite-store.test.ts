import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../scan/test-support/git-fixture.js';
import { canonicalDump } from './canonical-dump.js';
import { currentSchemaVersion, migrateDatabase } from './migrate.js';
import { latestSchemaVersion, migrations } from './schema.js';
import { openSqliteStore } from './sqlite-store.js';
import type { ModuleData, SnapshotData } from './types.js';

const temps: Array<() => void> = [];
afterEach(() => temps.splice(0).forEach((remove) => remove()));

function tempDb(): string {
  const tmp = makeTempDir('store');
  temps.push(tmp.remove);
  return join(tmp.dir, 'nested', 'goradar.db');
}

function moduleData(dir: string, path: string): ModuleData {
  return {
    module: { dir, path, goVersion: '1.22', toolchain: null, deprecated: null, manifestError: null, graphError: null },
    workspaceDir: '.',
    requirements: [{ path: 'example.com/dep', version: 'v1.2.3', indirect: true, line: 5 }],
    replaces: [{ oldPath: 'example.com/dep', oldVersion: null, newPath: '../dep', newVersion: null, line: 7 }],
    excludes: [],
    retracts: [{ low: 'v1.0.0', high: 'v1.0.0', rationale: 'oops', line: 9 }],
    buildList: [{ position: 0, path, version: '', replacement: null }],
    graphEdges: [{ fromPath: path, fromVersion: '', toPath: 'example.com/dep', toVersion: 'v1.2.3' }],
    goSum: { lines: 2, modules: 1, goModOnly: 0, parseError: null },
    goSumEntries: [
      { line: 1, path: 'example.com/dep', version: 'v1.2.3', isGoMod: false, hash: 'h1:zip=' },
      { line: 2, path: 'example.com/dep', version: 'v1.2.3', isGoMod: true, hash: 'h1:mod=' },
    ],
    graphModules: [{ path: 'example.com/dep', version: 'v1.2.3', loaded: false, replacement: '../dep' }],
    files: [{ relPath: 'a.go', contentHash: 'h1', isTest: false }],
    signals: { files: 1, testFiles: 0, bytes: 10, failedFiles: 0, aggregateJson: '{}' },
    imports: [{ importPath: 'fmt', provider: 'std', providerPath: null, files: 1, testFiles: 0 }],
    usage: [{ path: 'example.com/dep', requirement: 'indirect', version: 'v1.2.3', importedFiles: 0, importedTestFiles: 0 }],
  };
}

function snapshot(point: string, modules: ModuleData[]): SnapshotData {
  return {
    snapshot: { point, cutoff: null, source: 'worktree', commit: null, commitTime: null },
    workspaces: [
      {
        dir: '.',
        goVersion: '1.22',
        toolchain: null,
        usesJson: '["."]',
        manifestError: null,
        buildList: [{ position: 0, path: 'example.com/app', version: '', replacement: null }],
        graphEdges: [{ fromPath: 'example.com/app', fromVersion: '', toPath: 'example.com/dep', toVersion: 'v1.2.3' }],
        graphModules: [{ path: 'example.com/dep', version: 'v1.2.3', loaded: true, replacement: null }],
        sumEntries: [{ line: 1, path: 'example.com/dep', version: 'v1.2.3', isGoMod: true, hash: 'h1:mod=' }],
      },
    ],
    modules,
    problems: [{ kind: 'binary', file: 'x.go', line: null, message: 'binary', moduleDir: '.' }],
  };
}

describe('SqliteStore', () => {
  it('migrates an empty file to the newest schema, in WAL mode, and reopens it unchanged', () => {
    const file = tempDb();
    const store = openSqliteStore(file);
    expect(store.schemaVersion).toBe(latestSchemaVersion);
    store.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(currentSchemaVersion(db)).toBe(latestSchemaVersion);
    expect(migrateDatabase(db)).toBe(latestSchemaVersion);
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_version').get()).toEqual({ n: latestSchemaVersion });
    db.close();
  });

  it('applies pending migrations in order and refuses a newer store', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 1, description: 'a', sql: 'CREATE TABLE t (x INTEGER)' },
      { version: 2, description: 'b', sql: 'ALTER TABLE t ADD COLUMN y TEXT' },
    ];
    expect(migrateDatabase(db, steps.slice(0, 1))).toBe(1);
    expect(migrateDatabase(db, steps)).toBe(2);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').all('t')).toEqual([{ name: 'x' }, { name: 'y' }]);
    expect(() => migrateDatabase(db, steps.slice(0, 1))).toThrow(/newer than this goradar understands/);
  });

  it('migrates a store written at schema 1, keeping its rows', () => {
    const file = tempDb().replace(/nested.goradar\.db$/, 'v1.db');
    const db = new Database(file);
    expect(migrateDatabase(db, migrations.slice(0, 1))).toBe(1);
    db.exec("INSERT INTO scan_runs (id, started_at, status, args_json) VALUES (1, 't', 'complete', '{}')");
    db.exec("INSERT INTO repos (id, root, name, kind) VALUES (1, '/r', 'r', 'dir')");
    db.exec("INSERT INTO snapshots (id, repo_id, point, source, scan_run_id) VALUES (1, 1, 'current', 'worktree', 1)");
    db.exec("INSERT INTO workspaces (id, snapshot_id, dir, uses_json) VALUES (1, 1, '.', '[]')");
    db.close();
    const store = openSqliteStore(file);
    expect(store.schemaVersion).toBe(2);
    expect(store.select('workspaces')).toEqual([{ id: 1, snapshotId: 1, dir: '.', goVersion: null, toolchain: null, usesJson: '[]', manifestError: null, graphError: null }]);
    expect(store.select('go_sum_entries')).toEqual([]);
    store.close();
  });

  it('rolls back a failed migration as a whole', () => {
    const db = new Database(':memory:');
    const bad = [{ version: 1, description: 'bad', sql: 'CREATE TABLE ok (x); CREATE TABLE ok (x);' }];
    expect(() => migrateDatabase(db, bad)).toThrow();
    expect(currentSchemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'ok'").get()).toEqual({ n: 0 });
  });

  it('writes, reads back and replaces a snapshot with all its rows', () => {
    const store = openSqliteStore(tempDb());
    const run = store.beginRun('{}', '2024-01-01T00:00:00Z');
    const repo = store.upsertRepo({ root: '/r/app', kind: 'git' });
    expect(store.upsertRepo({ root: '/r/app', kind: 'git' })).toBe(repo);
    expect(store.upsertRepo({ root: '/other/app', kind: 'dir' })).not.toBe(repo);
    store.upsertRepo({ root: '/app', kind: 'dir' });
    store.upsertRepo({ root: 'app', kind: 'dir' });
    expect(store.select('repos').map((r) => r.name)).toEqual(['app', 'other/app', 'app-2', 'app-3']);
    const first = store.writeSnapshot(repo, run, snapshot('current', [moduleData('.', 'example.com/app')]));
    const [mod] = store.select('modules', { snapshotId: first });
    expect(mod?.workspaceId).toBe(store.select('workspaces')[0]?.id);
    expect(store.select('requirements', { moduleId: mod?.id })).toEqual([{ moduleId: mod?.id, path: 'example.com/dep', version: 'v1.2.3', indirect: true, line: 5 }]);
    expect(store.select('module_files')[0]?.isTest).toBe(false);
    expect(store.select('go_sum_entries', { moduleId: mod?.id }).map((e) => [e.line, e.isGoMod, e.hash])).toEqual([[1, false, 'h1:zip='], [2, true, 'h1:mod=']]);
    expect(store.select('graph_modules', { moduleId: mod?.id })).toEqual([{ moduleId: mod?.id, path: 'example.com/dep', version: 'v1.2.3', loaded: false, replacement: '../dep' }]);
    const ws = store.select('workspaces')[0];
    expect(ws?.graphError).toBeNull();
    expect(store.select('workspace_graph_modules', { workspaceId: ws?.id })[0]?.loaded).toBe(true);
    expect(store.select('workspace_sum_entries', { workspaceId: ws?.id })[0]?.isGoMod).toBe(true);
    const dumped = (JSON.parse(canonicalDump(store)) as { repos: Array<{ root: string; snapshots: Array<{ workspaces: Array<Record<string, unknown>> }> }> }).repos.find((r) => r.root === '/r/app');
    expect(dumped?.snapshots[0]?.workspaces[0]?.workspace_build_lists).toEqual([{ position: 0, path: 'example.com/app', version: '', replacement: null }]);
    expect(store.select('problems', { snapshotId: first })[0]?.moduleId).toBe(mod?.id);
    store.replaceFindings([first], [{ kind: 'k', severity: 'low', repoId: repo, snapshotId: first, moduleId: mod?.id ?? null, file: null, line: null, commit: null, message: 'm', evidenceJson: '{}' }]);
    const second = store.writeSnapshot(repo, run, snapshot('current', [moduleData('sub', 'example.com/app/sub')]));
    expect(store.select('snapshots').map((s) => s.id)).toEqual([second]);
    expect(store.select('modules').map((m) => m.dir)).toEqual(['sub']);
    expect(store.select('requirements')).toHaveLength(1);
    expect(store.select('go_sum_entries')).toHaveLength(2);
    expect(store.select('workspace_sum_entries')).toHaveLength(1);
    expect(store.select('findings')).toHaveLength(0);
    store.close();
  });

  it('keeps the previous snapshot when a write fails half-way (one transaction)', () => {
    const store = openSqliteStore(tempDb());
    const run = store.beginRun('{}', 'now');
    const repo = store.upsertRepo({ root: '/r/app', kind: 'dir' });
    store.writeSnapshot(repo, run, snapshot('current', [moduleData('.', 'example.com/app')]));
    const before = canonicalDump(store);
    // Two modules in the same dir violate UNIQUE(snapshot_id, dir) after the first was inserted.
    const broken = snapshot('current', [moduleData('x', 'example.com/x'), moduleData('x', 'example.com/x')]);
    expect(() => store.writeSnapshot(repo, run, broken)).toThrow(/UNIQUE/);
    expect(canonicalDump(store)).toBe(before);
    store.close();
  });

  it('stores file signals once per content and analyzer', () => {
    const store = openSqliteStore(tempDb());
    store.putFileSignals([{ contentHash: 'a', analyzer: 'x/1', size: 3, signalsJson: '{}', error: null }]);
    store.putFileSignals([{ contentHash: 'a', analyzer: 'x/1', size: 3, signalsJson: '{}', error: null }]);
    expect([...store.knownContent(['a', 'b'], 'x/1')]).toEqual(['a']);
    expect(store.knownContent(['a'], 'x/2').size).toBe(0);
    expect(store.select('file_signals')).toHaveLength(1);
    expect([...store.iterate('file_signals', { analyzer: 'x/1' })].map((r) => r.contentHash)).toEqual(['a']);
    store.close();
  });

  it('records a run from running to complete', () => {
    const store = openSqliteStore(tempDb());
    const run = store.beginRun('{"paths":[]}', 'start');
    expect(store.select('scan_runs')[0]?.status).toBe('running');
    store.finishRun(run, 'complete', '{}', 'end');
    expect(store.select('scan_runs', { id: run })[0]).toMatchObject({ status: 'complete', finishedAt: 'end', startedAt: 'start' });
    store.close();
  });
});
