/**
 * `goradar scan` stays offline by default; with --online it fetches the go.mod files its graphs
 * need through GOPROXY (a server on 127.0.0.1 started by the test) into the module cache.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModule } from '../modfetch/test-support/fixtures.js';
import { makeFetchTestEnv, type FetchTestEnv } from '../modfetch/test-support/fetch-env.js';
import { startProxyServer, type TestProxyServer } from '../modfetch/test-support/proxy-server.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { writeTree } from './test-support/git-fixture.js';

const mods = [
  buildModule({ path: 'example.com/a', version: 'v1.0.0', files: { 'go.mod': 'module example.com/a\n\ngo 1.21\n\nrequire example.com/b v1.0.0\n' } }),
  buildModule({ path: 'example.com/b', version: 'v1.0.0', files: { 'go.mod': 'module example.com/b\n\ngo 1.21\n' } }),
];
let proxy: TestProxyServer;
let t: FetchTestEnv;

beforeAll(async () => {
  proxy = await startProxyServer(mods);
  t = await makeFetchTestEnv({ GOPROXY: proxy.url, GOSUMDB: 'off', GOFLAGS: '-mod=mod' });
  writeTree(join(t.root, 'fleet', 'svc'), {
    'go.mod': 'module example.com/svc\n\ngo 1.21\n\nrequire (\n\texample.com/a v1.0.0\n\texample.com/b v1.0.0\n)\n',
    'main.go': 'package main\n\nimport _ "example.com/a"\n\nfunc main() {}\n',
  });
});
afterAll(async () => {
  await proxy.close();
  await t.dispose();
});

function graphOf(db: string): { error: string | null; buildList: string[]; vertices: string[] } {
  const store = openSqliteStore(db);
  try {
    const mod = store.select('modules')[0];
    return {
      error: mod?.graphError ?? null,
      buildList: store.select('build_lists', { moduleId: mod?.id }).map((b) => `${b.path} ${b.version}`.trim()),
      vertices: store.select('graph_modules', { moduleId: mod?.id }).map((g) => `${g.path}@${g.version} ${g.loaded ? 'read' : 'pruned'}`),
    };
  } finally {
    store.close();
  }
}

describe('goradar scan and the network', () => {
  it('stays offline without --online and says why a graph is missing', async () => {
    const before = proxy.requests.length;
    const r = await t.run(['scan', join(t.root, 'fleet'), '--db', join(t.root, 'offline.db'), '--workers', '0', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(proxy.requests.length).toBe(before);
    expect(graphOf(join(t.root, 'offline.db')).error).toMatch(/^example\.com\/a@v1\.0\.0: reading .*: no such file or directory; module lookup disabled by a scan without --online$/);
  });

  it('fetches what the graphs need through GOPROXY with --online', async () => {
    const r = await t.run(['scan', join(t.root, 'fleet'), '--db', join(t.root, 'online.db'), '--workers', '0', '--online', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(graphOf(join(t.root, 'online.db'))).toEqual({
      error: null,
      buildList: ['example.com/svc', 'example.com/a v1.0.0', 'example.com/b v1.0.0'],
      vertices: ['example.com/a@v1.0.0 read', 'example.com/b@v1.0.0 read'],
    });
    expect(proxy.requests).toEqual(expect.arrayContaining(['example.com/a/@v/v1.0.0.mod', 'example.com/b/@v/v1.0.0.mod']));
    const store = openSqliteStore(join(t.root, 'online.db'));
    expect(JSON.parse(store.select('scan_runs')[0]?.argsJson ?? '{}')).toMatchObject({ online: true });
    store.close();
  });
});
