import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWithGo, runGo } from '../../../../tools/test-support/go-oracle.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { offlineGraphLoader } from './module-graph-loader.js';
import { scanFleet } from './scan-fleet.js';
import { goFile } from './test-support/fleet-fixture.js';
import { makeTempDir, writeTree } from './test-support/git-fixture.js';

const tmp = makeTempDir('graph');
afterAll(() => tmp.remove());
const proxy = join(tmp.dir, 'proxy');
const modCache = join(tmp.dir, 'modcache');
mkdirSync(modCache, { recursive: true });
// A file:// proxy: dep v1.2.0 needs leaf v1.1.0; other v1.0.0 needs leaf v1.0.0 (MVS keeps v1.1.0).
writeTree(proxy, {
  'example.com/dep/@v/v1.2.0.mod': 'module example.com/dep\n\ngo 1.21\n\nrequire example.com/leaf v1.1.0\n',
  'example.com/other/@v/v1.0.0.mod': 'module example.com/other\n\ngo 1.21\n\nrequire example.com/leaf v1.0.0\n',
  'example.com/leaf/@v/v1.0.0.mod': 'module example.com/leaf\n\ngo 1.21\n',
  'example.com/leaf/@v/v1.1.0.mod': 'module example.com/leaf\n\ngo 1.21\n',
  ...Object.fromEntries(
    ['dep/@v/v1.2.0', 'other/@v/v1.0.0', 'leaf/@v/v1.0.0', 'leaf/@v/v1.1.0'].map((p) => [
      `example.com/${p}.info`,
      JSON.stringify({ Version: p.split('/').pop(), Time: '2023-01-01T00:00:00Z' }),
    ]),
  ),
});
const repo = join(tmp.dir, 'repos');
writeTree(repo, {
  'app/go.mod': 'module example.com/app\n\ngo 1.21\n\nrequire (\n\texample.com/dep v1.2.0\n\texample.com/other v1.0.0\n)\n',
  'app/main.go': goFile('main', ['example.com/dep']),
  'broken/go.mod': 'module example.com/broken\n\ngo 1.21\n\nrequire example.com/missing v0.1.0\n',
  'local/go.mod': 'module example.com/local\n\ngo 1.21\n\nrequire example.com/dep v1.2.0\n\nreplace example.com/dep => ../localdep\n',
  'localdep/go.mod': 'module example.com/dep\n\ngo 1.21\n',
});
const env = { GOPROXY: pathToFileURL(proxy).href, GOMODCACHE: modCache, HOME: tmp.dir };

describe('scan with the offline graph loader', () => {
  const store = openSqliteStore(join(tmp.dir, 'g.db'));
  afterAll(() => store.close());
  const scanned = scanFleet(store, {
    paths: [repo],
    cwd: tmp.dir,
    now: () => new Date(),
    threads: 0,
    limits: { maxFileBytes: 1 << 20, maxInFlight: 4 },
    graphs: offlineGraphLoader(env),
  });
  const moduleId = (path: string): number => store.select('modules', { path })[0]?.id ?? -1;

  it('records the build list and graph resolved from a file:// GOPROXY', async () => {
    await scanned;
    expect(store.select('build_lists', { moduleId: moduleId('example.com/app') }).map((m) => `${m.path} ${m.version}`)).toEqual([
      'example.com/app ',
      'example.com/dep v1.2.0',
      'example.com/leaf v1.1.0',
      'example.com/other v1.0.0',
    ]);
    expect(store.select('graph_edges', { moduleId: moduleId('example.com/app') }).map((e) => `${e.fromPath}@${e.fromVersion} ${e.toPath}@${e.toVersion}`)).toContain(
      'example.com/other@v1.0.0 example.com/leaf@v1.0.0',
    );
  });

  it('records a module whose graph cannot be resolved, with the reason, and goes on', async () => {
    await scanned;
    const broken = store.select('modules', { path: 'example.com/broken' })[0];
    expect(broken?.graphError).toMatch(/example\.com\/missing@v0\.1\.0/);
    expect(store.select('problems', { kind: 'graph' }).map((p) => p.file)).toEqual(['broken/go.mod']);
  });

  it('reads directory replacements from the same tree', async () => {
    await scanned;
    expect(store.select('build_lists', { moduleId: moduleId('example.com/local') }).map((m) => [m.path, m.replacement])).toEqual([
      ['example.com/local', null],
      ['example.com/dep', '../localdep'],
    ]);
  });
});

describeWithGo('offline graph agrees with go list -m all', () => {
  it('for the module resolved from the file:// proxy', async () => {
    const store = openSqliteStore(join(tmp.dir, 'diff.db'));
    await scanFleet(store, { paths: [join(repo, 'app')], cwd: tmp.dir, now: () => new Date(), threads: 0, limits: { maxFileBytes: 1 << 20, maxInFlight: 4 }, graphs: offlineGraphLoader(env) });
    const ours = store.select('build_lists').map((m) => (m.version ? `${m.path} ${m.version}` : m.path));
    store.close();
    const goEnv = { ...env, GOSUMDB: 'off', GONOSUMCHECK: '1', GOWORK: 'off', GOTOOLCHAIN: 'local', GOTELEMETRY: 'off', GOFLAGS: '-mod=mod -modcacherw', HOME: join(tmp.dir, 'gohome'), GOMODCACHE: join(tmp.dir, 'gocache') };
    const out = runGo(['list', '-m', 'all'], { cwd: join(repo, 'app'), env: goEnv });
    expect(out.status, out.stderr).toBe(0);
    expect(ours).toEqual(out.stdout.trim().split('\n'));
  });
});
