/**
 * The bundled example fleet end to end: create the git repositories, scan their history and
 * working trees offline, write the report, and compare the stored data and every report figure
 * with values computed independently from the fixtures (examples/test-support).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithGo, hermeticGoEnv, runGo } from '../tools/test-support/go-oracle.js';
import { main } from '../packages/goradar/src/cli/main.js';
import type { CliIo } from '../packages/goradar/src/cli/io.js';
import type { ReportData } from '../packages/goradar/src/report/report-data.js';
import { checkReportInBrowser, describeWithChromium } from '../packages/goradar/src/report/test-support/browser-check.js';
import { openSqliteStore, type SqliteStore } from '../packages/goradar/src/store/sqlite-store.js';
import { createExampleFleet, EXAMPLES_DIR, exampleGoEnv, fixtureRepos, type CreatedRepo } from './create-fleet.js';
import { expectedEmerging, expectedGoVersions, expectedTrends, expectedReplaces, expectedReuse, expectedSkew, pointStates, type PointState } from './test-support/expected-figures.js';
import { expectedGraphFreeFindings, GRAPH_FREE_KINDS, sortFindings } from './test-support/expected-findings.js';
import { importsOf, modulesOf, treeAt } from './test-support/fixture-model.js';
import { goModHashesNeeded, missingKeys, staleLines, sumKeys, zipHashesNeeded } from './test-support/expected-sums.js';

const work = mkdtempSync(join(tmpdir(), 'goradar-example-'));
const fleetDir = join(work, 'fleet');
const db = join(work, 'goradar.db');
const reportDir = join(work, 'report');
let created: CreatedRepo[];
let store: SqliteStore;
let report: ReportData;
let states: PointState[];
const output: string[] = [];
const hermetic = hermeticGoEnv({ proxyDir: join(EXAMPLES_DIR, 'proxy') });
const hermeticEnv = hermetic.env;

function io(): CliIo {
  return { stdout: (t) => void output.push(t), stderr: (t) => void output.push(t), env: { ...process.env, ...exampleGoEnv(work), HOME: work }, cwd: work, isTTY: false };
}

beforeAll(async () => {
  created = createExampleFleet(fleetDir);
  expect(await main(['scan', fleetDir, '--db', db, '--history', 'yearly', '--since', '2023', '--workers', '0'], io()), output.join('')).toBe(0);
  expect(await main(['scan', fleetDir, '--db', db, '--workers', '0', '--report', reportDir], io()), output.join('')).toBe(0);
  store = openSqliteStore(db);
  report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as ReportData;
  const points = new Map(store.select('snapshots').map((s) => [s.point, s.cutoff]));
  states = pointStates([...points].map(([point, cutoff]) => ({ point, cutoff })).sort((a, b) => (a.cutoff ?? '9') < (b.cutoff ?? '9') ? -1 : 1));
}, 180_000);

afterAll(() => {
  store?.close();
  hermetic.dispose();
  rmSync(work, { recursive: true, force: true });
});

const latest = (): Map<string, Map<string, string>> => states[states.length - 1]?.trees ?? new Map();

describe('the stored data of the example fleet', () => {
  it('has every repository at every history point it existed at, on the right commit', () => {
    const repos = store.select('repos');
    expect(repos.map((r) => r.name).sort()).toEqual(fixtureRepos());
    for (const state of states) {
      for (const repo of created) {
        const snap = store.select('snapshots', { repoId: repos.find((r) => r.name === repo.name)?.id ?? -1, point: state.point })[0];
        const before = repo.commits.filter((c) => state.cutoff === null || `${c.date}T12:00:00Z` < state.cutoff);
        expect(snap?.commit ?? null, `${repo.name}@${state.point}`).toBe(before[before.length - 1]?.sha ?? null);
      }
    }
    expect(states.map((s) => s.point)).toContain('current');
    expect(states.length).toBeGreaterThanOrEqual(4);
  });

  it('records every module, requirement, replace and exclude line as written', () => {
    const repos = new Map(store.select('repos').map((r) => [r.id, r.name]));
    const current = store.select('snapshots', { point: 'current' });
    for (const snap of current) {
      const name = repos.get(snap.repoId) ?? '';
      const expected = modulesOf(name, treeAt(name));
      const modules = store.select('modules', { snapshotId: snap.id });
      expect(modules.map((m) => [m.dir, m.path, m.goVersion, m.toolchain, m.manifestError === null])).toEqual(expected.map((m) => [m.dir, m.path, m.parses ? m.go : null, m.parses ? m.toolchain : null, m.parses]));
      for (const m of modules) {
        const want = expected.find((e) => e.dir === m.dir);
        if (!want?.parses) continue;
        expect(store.select('requirements', { moduleId: m.id }).map((r) => [r.path, r.version, r.indirect, r.line])).toEqual(want.requires.map((r) => [r.path, r.version, r.indirect, r.line]));
        expect(store.select('replaces', { moduleId: m.id }).map((r) => [r.oldPath, r.oldVersion, r.newPath, r.newVersion, r.line])).toEqual(want.replaces.map((r) => [r.old, r.oldVersion, r.new, r.newVersion, r.line]));
        expect(store.select('excludes', { moduleId: m.id }).map((r) => [r.path, r.version, r.line])).toEqual(want.excludes.map((r) => [r.path, r.version, r.line]));
      }
    }
  });

  it('records Go files, imports and go.sum summaries per module', () => {
    const repos = new Map(store.select('repos').map((r) => [r.id, r.name]));
    for (const snap of store.select('snapshots', { point: 'current' })) {
      const name = repos.get(snap.repoId) ?? '';
      const tree = treeAt(name);
      const dirs = modulesOf(name, tree).map((m) => m.dir);
      const owner = (file: string): string => dirs.filter((d) => d === '.' || file.startsWith(`${d}/`)).sort((a, b) => b.length - a.length)[0] ?? '.';
      for (const m of store.select('modules', { snapshotId: snap.id })) {
        const own = new Map([...tree].filter(([f]) => f.endsWith('.go') && owner(f) === m.dir));
        expect(store.select('module_signals', { moduleId: m.id })[0]?.files ?? 0, `${name}/${m.dir} files`).toBe(own.size);
        expect(new Set(store.select('module_imports', { moduleId: m.id }).map((i) => i.importPath)), `${name}/${m.dir} imports`).toEqual(importsOf(own));
        const sum = tree.get(posix.join(m.dir, 'go.sum'));
        const row = store.select('go_sums', { moduleId: m.id })[0];
        const entries = store.select('go_sum_entries', { moduleId: m.id }).map((e) => `${e.line}: ${e.path} ${e.version}${e.isGoMod ? '/go.mod' : ''} ${e.hash}`);
        if (sum === undefined) {
          expect(row, `${name}/${m.dir} go.sum`).toBeUndefined();
          expect(entries).toEqual([]);
        } else {
          const lines = sum.split('\n').filter((l) => l.trim() !== '');
          expect([row?.lines, row?.modules], `${name}/${m.dir} go.sum`).toEqual([lines.length, new Set(lines.map((l) => l.split(' ').slice(0, 2).join(' ').replace(/\/go\.mod$/, ''))).size]);
          expect(entries, `${name}/${m.dir} go.sum lines`).toEqual(sum.split('\n').flatMap((l, i) => (l.trim() === '' ? [] : [`${i + 1}: ${l.trim()}`])));
        }
      }
    }
  });

  it('records the go.work of the monorepo', () => {
    const inventory = store.select('repos').find((r) => r.name === 'inventory');
    const snap = store.select('snapshots', { repoId: inventory?.id ?? -1, point: 'current' })[0];
    expect(store.select('workspaces', { snapshotId: snap?.id ?? -1 }).map((w) => [w.dir, w.goVersion, JSON.parse(w.usesJson)])).toEqual([['.', '1.22', ['./api', './worker']]]);
  });
});

describe('every figure of the example report', () => {
  it('overview', () => {
    const trees = latest();
    const modules = [...trees].flatMap(([repo, tree]) => modulesOf(repo, tree));
    const parsed = modules.filter((m) => m.parses);
    expect(report.overview).toMatchObject({
      repos: trees.size,
      points: states.map((s) => s.point),
      modules: modules.length,
      unparseableModules: modules.length - parsed.length,
      workspaces: [...trees.values()].filter((t) => [...t.keys()].some((f) => f.endsWith('go.work'))).length,
      requirementLines: parsed.reduce((n, m) => n + m.requires.length, 0),
      distinctModules: new Set(parsed.flatMap((m) => m.requires.map((r) => r.path))).size,
      goFiles: [...trees.values()].reduce((n, t) => n + [...t.keys()].filter((f) => f.endsWith('.go')).length, 0),
    });
  });

  it('module reuse', () => expect(report.reuse.rows).toEqual(expectedReuse(latest())));
  it('version skew', () => expect(report.skew.rows).toEqual(expectedSkew(latest())));
  it('go and toolchain versions', () => expect(report.goVersions).toMatchObject(expectedGoVersions(latest())));
  it('replaces and forks', () => {
    const items = [...report.replaces.items].sort((a, b) => (`${a.repo} ${a.file} ${a.line}` < `${b.repo} ${b.file} ${b.line}` ? -1 : 1));
    expect(items).toEqual(expectedReplaces(latest()));
  });
  it('adoption trends of practices', () => {
    const want = expectedTrends(states);
    expect(report.trends.points).toEqual(states.map((s) => s.point));
    expect(report.trends.reposPerPoint).toEqual(want.reposPerPoint);
    for (const [id, repos] of Object.entries(want.repos)) expect(report.trends.series.find((s) => s.id === id)?.repos, id).toEqual(repos);
  });
  it('emerging modules', () => expect(report.emerging.rows).toEqual(expectedEmerging(states)));

  it('findings that need no module graph', () => {
    const repoOf = new Map(store.select('repos').map((r) => [r.id, r.name]));
    const stored = store.select('findings').filter((f) => GRAPH_FREE_KINDS.includes(f.kind));
    const actual = sortFindings(stored.map((f) => ({ kind: f.kind, severity: f.severity, repo: repoOf.get(f.repoId) ?? '', file: f.file ?? '', line: f.line })));
    expect(actual).toEqual(expectedGraphFreeFindings());
    expect(report.findings.total).toBe(store.select('findings').length);
  });

  it('findings that need the module graph: graph errors and unused requirements', () => {
    const repoOf = new Map(store.select('repos').map((r) => [r.id, r.name]));
    const snapRepo = new Map(store.select('snapshots', { point: 'current' }).map((s) => [s.id, repoOf.get(s.repoId) ?? '']));
    const modules = store.select('modules').filter((m) => m.manifestError === null && snapRepo.has(m.snapshotId));
    const findings = store.select('findings');
    // The only graph that cannot load is the one whose replacement directory lies outside the repository.
    expect(modules.filter((m) => m.graphError !== null).map((m) => `${snapRepo.get(m.snapshotId)}/${m.dir}`)).toEqual(['legacy-tool/tools/gen']);
    expect(findings.filter((f) => f.kind === 'graph-error').map((f) => `${repoOf.get(f.repoId)}/${f.file}`)).toEqual(['legacy-tool/tools/gen/go.mod']);
    const expectedUnused = [...latest()].flatMap(([repo, tree]) => {
      const mods = modulesOf(repo, tree).filter((m) => m.parses && m.dir !== 'tools/gen');
      return mods.flatMap((m) => {
        const own = new Map([...tree].filter(([f]) => f.endsWith('.go') && (m.dir === '.' ? !mods.some((o) => o.dir !== '.' && f.startsWith(`${o.dir}/`)) : f.startsWith(`${m.dir}/`))));
        const imports = [...importsOf(own)];
        return m.requires.filter((r) => !r.indirect && !imports.some((i) => i === r.path || i.startsWith(`${r.path}/`))).map((r) => `${repo} ${posix.join(m.dir, 'go.mod')}:${r.line}`);
      });
    });
    const unused = findings.filter((f) => f.kind === 'unused-requirement').map((f) => `${repoOf.get(f.repoId)} ${f.file}:${f.line}`);
    expect(unused.sort()).toEqual(expectedUnused.sort());
    expect(unused).toContain('gateway go.mod:8');
  });

  it('names the report files in the scan output', () => {
    expect(output.join('')).toContain(join(reportDir, 'report.html'));
  });
});

describeWithGo('the stored module graphs against the go command', () => {
  const repoOf = (): Map<number, string> => new Map(store.select('repos').map((r) => [r.id, r.name]));
  const currentModules = () => {
    const repos = repoOf();
    const snapRepo = new Map(store.select('snapshots', { point: 'current' }).map((s) => [s.id, repos.get(s.repoId) ?? '']));
    return store.select('modules').flatMap((m) => (m.manifestError === null && m.graphError === null && snapRepo.has(m.snapshotId) ? [{ ...m, repo: snapRepo.get(m.snapshotId) ?? '' }] : []));
  };

  it('has the build list `go list -m all` prints', () => {
    const copy = join(work, 'oracle-copy');
    cpSync(fleetDir, copy, { recursive: true });
    const env = { ...hermeticEnv, GOWORK: 'off' };
    const loaded = currentModules();
    expect(loaded.length).toBe(7);
    for (const m of loaded) {
      const list = runGo(['list', '-m', 'all'], { cwd: join(copy, m.repo, m.dir), env });
      expect(list.status, `${m.repo}/${m.dir}: ${list.stderr}`).toBe(0);
      const want = list.stdout.trim().split('\n').map((l) => l.replace(/ => (\S+) (\S+)$/, ' $1@$2').replace(/ => /, ' '));
      const stored = store.select('build_lists', { moduleId: m.id }).map((b) => [b.path, b.version, b.replacement].filter(Boolean).join(' '));
      expect(stored, `${m.repo}/${m.dir}`).toEqual(want);
    }
  });

  it('flags exactly the go.sum lines missing (go.mod hashes go writes back, zip hashes of imported modules) and stale (outside `go mod graph`)', () => {
    const copy = join(work, 'sums-copy');
    cpSync(fleetDir, copy, { recursive: true });
    const env = { ...hermeticEnv, GOWORK: 'off' };
    const expected: string[] = [];
    for (const m of currentModules()) {
      const cwd = join(copy, m.repo, m.dir);
      const file = posix.join(m.dir, 'go.sum');
      const sum = treeAt(m.repo).get(file);
      if (sum !== undefined && m.workspaceId === null && Number(m.goVersion?.split('.')[1] ?? 0) >= 18) {
        const stale = staleLines(cwd, env, sum);
        if (stale.length > 0) expected.push(`go-sum-stale ${m.repo} ${file}: ${stale.join(', ')}`);
      }
      const needed = [...goModHashesNeeded(cwd, env, [join(cwd, 'go.sum')], join(cwd, 'go.sum')), ...zipHashesNeeded(cwd, env, importsOf(ownGoFiles(m.repo, m.dir)))];
      const missing = missingKeys(needed, sumKeys(sum ?? ''));
      if (missing.length > 0 && (sum !== undefined || m.workspaceId === null)) expected.push(`go-sum-missing ${m.repo} ${file}: ${missing.join(', ')}`);
    }
    const ws = join(copy, 'inventory');
    const wsEnv = { ...hermeticEnv, GOWORK: join(ws, 'go.work'), GOFLAGS: '' };
    const members = ['api', 'worker'];
    const wsNeeded = [...goModHashesNeeded(ws, wsEnv, [...members.map((d) => join(ws, d, 'go.sum')), join(ws, 'go.work.sum')], join(ws, 'go.work.sum')), ...zipHashesNeeded(ws, wsEnv, members.flatMap((d) => [...importsOf(ownGoFiles('inventory', d))]))];
    const wsMissing = missingKeys(wsNeeded, members.flatMap((d) => sumKeys(treeAt('inventory').get(`${d}/go.sum`) ?? '')));
    if (wsMissing.length > 0) expected.push(`go-sum-missing inventory go.work.sum: ${wsMissing.join(', ')}`);

    const repos = repoOf();
    const actual = store
      .select('findings')
      .filter((f) => f.kind === 'go-sum-missing' || f.kind === 'go-sum-stale')
      .map((f) => {
        const ev = JSON.parse(f.evidenceJson) as { missing?: string[]; stale?: Array<{ line: number; entry: string }> };
        const what = f.kind === 'go-sum-missing' ? (ev.missing ?? []).map((k) => k.replace(/ \(provides .*\)$/, '')).sort() : (ev.stale ?? []).map((e) => `${e.line}: ${e.entry}`);
        return `${f.kind} ${repos.get(f.repoId)} ${f.file}: ${what.join(', ')}`;
      });
    expect(actual.sort()).toEqual(expected.sort());
    expect(actual.map((a) => a.split(':')[0])).toEqual(expect.arrayContaining(['go-sum-stale gateway go.sum', 'go-sum-stale payments go.sum', 'go-sum-missing webapp go.sum', 'go-sum-missing legacy-tool go.sum']));
  });
});

/** ownGoFiles returns the .go files of a repository's latest state that belong to the module in dir (not to a nested module). */
function ownGoFiles(repo: string, dir: string): Map<string, string> {
  const tree = treeAt(repo);
  const dirs = modulesOf(repo, tree).map((m) => m.dir);
  const owner = (file: string): string => dirs.filter((d) => d === '.' || file.startsWith(`${d}/`)).sort((a, b) => b.length - a.length)[0] ?? '.';
  return new Map([...tree].filter(([f]) => f.endsWith('.go') && owner(f) === dir));
}

describeWithChromium('the example report in a browser', () => {
  it('opens offline with every chart drawn', { timeout: 90_000 }, async () => {
    const seen = await checkReportInBrowser(join(reportDir, 'report.html'), work);
    process.stdout.write(`example report screenshot: ${seen.screenshot} (deleted with the test's temp dir)\n`);
    expect(seen.blockedRequests).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.chartInstances).toBe(6);
    for (const c of seen.canvases) expect(c.paintedPixels, c.id).toBeGreaterThan(500);
  });
});
