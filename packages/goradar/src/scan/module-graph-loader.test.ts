import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWithGo, runGo } from '../../../../tools/test-support/go-oracle.js';
import { resolveGoEnv } from '../modfetch/go-env.js';
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
  'gopkg.in/yaml.v2/@v/v2.0.0.mod': 'module gopkg.in/yaml.v2\n',
  'gopkg.in/yaml.v2/@v/v2.0.0.info': '{"Version":"v2.0.0","Time":"2023-01-01T00:00:00Z"}',
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
  'app/go.sum': 'example.com/gone v1.0.0 h1:b=\nexample.com/gone v1.0.0/go.mod h1:a=\n',
  // The old gopkg.in -gopkgin- version form: go reads it as the plain version in a main go.mod.
  'gopkgin/go.mod': 'module example.com/gopkgin\n\ngo 1.21\n\nrequire gopkg.in/yaml.v2 v2.0.0-gopkgin-v2.0.0\n',
  // A version query (v1.2: go asks the proxy for the highest v1.2.x); without the fixer it read as v1.2.0.
  'noncanon/go.mod': 'module example.com/noncanon\n\ngo 1.21\n\nrequire example.com/dep v1.2\n',
  // A workspace of two modules: resolved on its own (workspace mode) besides each module alone.
  'ws/go.work': 'go 1.21\n\nuse (\n\t./one\n\t./two\n)\n',
  'ws/go.work.sum': 'example.com/unrelated v1.0.0/go.mod h1:c=\n',
  'ws/one/go.mod': 'module example.com/one\n\ngo 1.21\n\nrequire example.com/dep v1.2.0\n',
  'ws/two/go.mod': 'module example.com/two\n\ngo 1.21\n\nrequire example.com/other v1.0.0\n',
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
    graphs: offlineGraphLoader(resolveGoEnv(env, '')),
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
    expect(store.select('problems', { kind: 'graph' }).map((p) => p.file)).toEqual(['broken/go.mod', 'noncanon/go.mod']);
  });

  it('records the go.sum lines and the graph vertices, with what the graph read', async () => {
    await scanned;
    const app = moduleId('example.com/app');
    expect(store.select('go_sum_entries', { moduleId: app }).map((e) => [e.line, e.path, e.version, e.isGoMod])).toEqual([
      [1, 'example.com/gone', 'v1.0.0', false],
      [2, 'example.com/gone', 'v1.0.0', true],
    ]);
    expect(store.select('graph_modules', { moduleId: app }).map((m) => `${m.path}@${m.version} ${m.loaded}`)).toEqual([
      'example.com/dep@v1.2.0 true',
      'example.com/leaf@v1.0.0 false',
      'example.com/leaf@v1.1.0 false',
      'example.com/other@v1.0.0 true',
    ]);
  });

  it('reads main go.mod versions as go does (the -gopkgin- form is the plain version)', async () => {
    await scanned;
    const id = moduleId('example.com/gopkgin');
    expect(store.select('requirements', { moduleId: id }).map((r) => r.version)).toEqual(['v2.0.0-gopkgin-v2.0.0']);
    expect(store.select('build_lists', { moduleId: id }).map((b) => `${b.path} ${b.version}`)).toEqual(['example.com/gopkgin ', 'gopkg.in/yaml.v2 v2.0.0']);
  });

  it('does not read a version query in a main go.mod as a version', async () => {
    await scanned;
    expect(store.select('modules', { path: 'example.com/noncanon' })[0]?.graphError).toMatch(/noncanon\/go\.mod:5: require example\.com\/dep: non-canonical version: resolving it needs a network query/);
    expect(store.select('requirements', { moduleId: moduleId('example.com/noncanon') }).map((r) => r.version)).toEqual(['v1.2.0']);
  });

  it('resolves a go.work in workspace mode and records it with its go.work.sum', async () => {
    await scanned;
    const [ws] = store.select('workspaces');
    expect(ws).toMatchObject({ dir: 'ws', graphError: null, manifestError: null });
    expect(store.select('workspace_build_lists', { workspaceId: ws?.id }).map((b) => `${b.path} ${b.version}`.trim())).toEqual([
      'example.com/one',
      'example.com/two',
      'example.com/dep v1.2.0',
      'example.com/leaf v1.1.0',
      'example.com/other v1.0.0',
    ]);
    expect(store.select('workspace_sum_entries', { workspaceId: ws?.id }).map((e) => `${e.line} ${e.path} ${e.version} ${e.isGoMod}`)).toEqual(['1 example.com/unrelated v1.0.0 true']);
    expect(store.select('modules', { path: 'example.com/one' })[0]?.workspaceId).toBe(ws?.id);
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
  const goEnvFor = (extra: Record<string, string>) => ({ ...env, GOSUMDB: 'off', GONOSUMCHECK: '1', GOWORK: 'off', GOTOOLCHAIN: 'local', GOTELEMETRY: 'off', GOFLAGS: '-mod=mod -modcacherw', HOME: join(tmp.dir, 'gohome'), GOMODCACHE: join(tmp.dir, 'gocache'), ...extra });

  it('for a workspace, in workspace mode, and for the -gopkgin- version form', async () => {
    const store = openSqliteStore(join(tmp.dir, 'ws.db'));
    await scanFleet(store, { paths: [repo], cwd: tmp.dir, now: () => new Date(), threads: 0, limits: { maxFileBytes: 1 << 20, maxInFlight: 4 }, graphs: offlineGraphLoader(resolveGoEnv(env, '')) });
    const ours = store.select('workspace_build_lists').map((m) => (m.version ? `${m.path} ${m.version}` : m.path));
    const gopkgin = store.select('build_lists', { moduleId: store.select('modules', { path: 'example.com/gopkgin' })[0]?.id ?? -1 }).map((m) => (m.version ? `${m.path} ${m.version}` : m.path));
    store.close();
    const ws = runGo(['list', '-m', 'all'], { cwd: join(repo, 'ws', 'one'), env: goEnvFor({ GOWORK: join(repo, 'ws', 'go.work'), GOFLAGS: '' }) });
    expect(ws.status, ws.stderr).toBe(0);
    expect(ours).toEqual(ws.stdout.trim().split('\n'));
    const copy = join(tmp.dir, 'gopkgin-copy');
    writeTree(copy, { 'go.mod': 'module example.com/gopkgin\n\ngo 1.21\n\nrequire gopkg.in/yaml.v2 v2.0.0-gopkgin-v2.0.0\n' });
    const list = runGo(['list', '-m', 'all'], { cwd: copy, env: goEnvFor({}) });
    expect(list.status, list.stderr).toBe(0);
    expect(gopkgin).toEqual(list.stdout.trim().split('\n'));
  });

  it('for the module resolved from the file:// proxy', async () => {
    const store = openSqliteStore(join(tmp.dir, 'diff.db'));
    await scanFleet(store, { paths: [join(repo, 'app')], cwd: tmp.dir, now: () => new Date(), threads: 0, limits: { maxFileBytes: 1 << 20, maxInFlight: 4 }, graphs: offlineGraphLoader(resolveGoEnv(env, '')) });
    const ours = store.select('build_lists').map((m) => (m.version ? `${m.path} ${m.version}` : m.path));
    store.close();
    const goEnv = { ...env, GOSUMDB: 'off', GONOSUMCHECK: '1', GOWORK: 'off', GOTOOLCHAIN: 'local', GOTELEMETRY: 'off', GOFLAGS: '-mod=mod -modcacherw', HOME: join(tmp.dir, 'gohome'), GOMODCACHE: join(tmp.dir, 'gocache') };
    const out = runGo(['list', '-m', 'all'], { cwd: join(repo, 'app'), env: goEnv });
    expect(out.status, out.stderr).toBe(0);
    expect(ours).toEqual(out.stdout.trim().split('\n'));
  });
});
