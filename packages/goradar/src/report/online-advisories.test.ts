/**
 * `goradar report` reads retractions and deprecations from the module cache and file:// proxies; with
 * --online it asks GOPROXY (a server on 127.0.0.1 started by the test) for the latest go.mod of each
 * required module, as `go list -m -u -retracted` does, and keeps it in the module cache.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModule } from '../modfetch/test-support/fixtures.js';
import { makeFetchTestEnv, type FetchTestEnv } from '../modfetch/test-support/fetch-env.js';
import { startProxyServer, type TestProxyServer } from '../modfetch/test-support/proxy-server.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { writeTree } from '../scan/test-support/git-fixture.js';

const mods = [
  buildModule({ path: 'example.com/lib', version: 'v1.0.0', files: { 'go.mod': 'module example.com/lib\n\ngo 1.21\n' } }),
  buildModule({ path: 'example.com/lib', version: 'v1.1.0', files: { 'go.mod': 'module example.com/lib\n\ngo 1.21\n\nretract v1.0.0 // loses data on restart\n' } }),
  buildModule({ path: 'example.com/old', version: 'v1.0.0', files: { 'go.mod': '// Deprecated: use example.com/lib.\nmodule example.com/old\n\ngo 1.21\n' } }),
  // Never tagged: its @v/list is empty and @latest names its newest commit.
  buildModule({ path: 'example.com/untagged', version: 'v0.0.0-20240101000000-aaaaaaaaaaaa', files: { 'go.mod': 'module example.com/untagged\n\ngo 1.21\n' } }),
  buildModule({ path: 'example.com/untagged', version: 'v0.0.0-20250101000000-bbbbbbbbbbbb', files: { 'go.mod': '// Deprecated: archived.\nmodule example.com/untagged\n\ngo 1.21\n' } }),
];
let proxy: TestProxyServer;
let t: FetchTestEnv;
let db: string;

beforeAll(async () => {
  proxy = await startProxyServer(mods);
  t = await makeFetchTestEnv({ GOPROXY: proxy.url, GOSUMDB: 'off', GOFLAGS: '-mod=mod' });
  writeTree(join(t.root, 'fleet', 'svc'), {
    'go.mod': 'module example.com/svc\n\ngo 1.21\n\nrequire (\n\texample.com/lib v1.0.0\n\texample.com/old v1.0.0\n\texample.com/untagged v0.0.0-20240101000000-aaaaaaaaaaaa\n)\n',
    'main.go': 'package main\n\nimport (\n\t_ "example.com/lib"\n\t_ "example.com/old"\n\t_ "example.com/untagged"\n)\n\nfunc main() {}\n',
  });
  db = join(t.root, 'fleet.db');
  const scan = await t.run(['scan', join(t.root, 'fleet'), '--db', db, '--workers', '0', '--json']);
  expect(scan.code, scan.stderr).toBe(0);
});
afterAll(async () => {
  await proxy.close();
  await t.dispose();
});

function advisoryFindings(): string[] {
  const store = openSqliteStore(db);
  try {
    return store
      .select('findings')
      .filter((f) => f.kind === 'retracted-version' || f.kind === 'deprecated-module')
      .map((f) => `${f.kind} ${f.message}`)
      .sort();
  } finally {
    store.close();
  }
}

describe('retractions and deprecations in the report', () => {
  it('stay unknown offline when the module cache lacks the latest go.mod, and nothing is fetched', async () => {
    const before = proxy.requests.length;
    const r = await t.run(['report', '--db', db, '--out', join(t.root, 'offline'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(proxy.requests.length).toBe(before);
    expect(advisoryFindings()).toEqual([]);
  });

  it('come from the latest go.mod through GOPROXY with --online, which then stays in the module cache', async () => {
    const r = await t.run(['report', '--db', db, '--out', join(t.root, 'online'), '--online', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(proxy.requests).toEqual(
      expect.arrayContaining(['example.com/lib/@v/list', 'example.com/lib/@v/v1.1.0.mod', 'example.com/old/@v/v1.0.0.mod', 'example.com/untagged/@latest']),
    );
    const online = advisoryFindings();
    expect(online).toHaveLength(3);
    expect(online[0]).toMatch(/^deprecated-module .*example\.com\/old.*use example\.com\/lib/);
    expect(online[1]).toMatch(/^deprecated-module .*example\.com\/untagged.*archived/);
    expect(online[2]).toBe('retracted-version requires example.com/lib@v1.0.0, retracted by its authors: loses data on restart');

    // The fetched go.mod files are in the module cache now: an offline report finds the same, but
    // for the untagged module, whose latest commit only the proxy's @latest can name.
    const before = proxy.requests.length;
    const again = await t.run(['report', '--db', db, '--out', join(t.root, 'again'), '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(proxy.requests.length).toBe(before);
    expect(advisoryFindings()).toEqual(online.filter((f) => !f.includes('example.com/untagged')));
  });
});
