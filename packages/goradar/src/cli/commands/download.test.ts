import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModule, goSumLines, type BuiltModule } from '../../modfetch/test-support/fixtures.js';
import { listFiles, makeFetchTestEnv, parseGoJsonStream, type FetchTestEnv } from '../../modfetch/test-support/fetch-env.js';
import { startProxyServer, type TestProxyServer } from '../../modfetch/test-support/proxy-server.js';
import { TestSumdb, TEST_SUMDB_VKEY } from '../../sumdb/test-support/sumdb-server.js';

const mods: BuiltModule[] = [
  buildModule({ path: 'example.com/hello', version: 'v1.0.0', files: { 'hello.go': 'package hello\n' } }),
  buildModule({ path: 'example.com/hello', version: 'v1.1.0', files: { 'hello.go': 'package hello // 1.1\n' } }),
  buildModule({ path: 'github.com/Upper/Case', version: 'v0.1.0-RC1', files: { 'go.mod': 'module github.com/Upper/Case\n\ngo 1.21\n', 'x.go': 'package x\n' } }),
];

let proxy: TestProxyServer;
let db: TestSumdb;
let t: FetchTestEnv;

beforeAll(async () => {
  db = new TestSumdb();
  for (const m of mods) await db.add(m.path, m.version, m.sum, m.goModSum);
  proxy = await startProxyServer(mods, { name: 'localhost.localdev/sumdb', handle: db.handle });
  t = await makeFetchTestEnv({ GOPROXY: proxy.url, GOSUMDB: TEST_SUMDB_VKEY });
});

afterAll(async () => {
  await proxy.close();
  await t.dispose();
});

describe('goradar download --json', () => {
  it('downloads, verifies through the proxied checksum database and prints go mod download -json objects', async () => {
    const { code, stdout, stderr } = await t.run(['download', '--json', 'example.com/hello@v1.0.0', 'github.com/Upper/Case@v0.1.0-RC1']);
    expect(stderr).toBe('');
    expect(stdout.includes('"Error"') ? stdout : '').toBe('');
    expect(code).toBe(0);
    const [hello, upper] = parseGoJsonStream(stdout);
    const dl = join(t.modCache, 'cache', 'download');
    expect(hello).toEqual({
      Path: 'example.com/hello',
      Version: 'v1.0.0',
      Info: join(dl, 'example.com/hello/@v/v1.0.0.info'),
      GoMod: join(dl, 'example.com/hello/@v/v1.0.0.mod'),
      Zip: join(dl, 'example.com/hello/@v/v1.0.0.zip'),
      Dir: join(t.modCache, 'example.com/hello@v1.0.0'),
      Sum: mods[0]!.sum,
      GoModSum: mods[0]!.goModSum,
    });
    expect(upper?.Dir).toBe(join(t.modCache, 'github.com/!upper/!case@v0.1.0-!r!c1'));
    expect(stdout.startsWith('{\n\t"Path": "example.com/hello",\n')).toBe(true);
    expect(await readFile(join(t.modCache, 'github.com/!upper/!case@v0.1.0-!r!c1/x.go'), 'utf8')).toBe('package x\n');
    expect(await readFile(join(dl, 'example.com/hello/@v/v1.0.0.ziphash'), 'utf8')).toBe(mods[0]!.sum);
    expect(await readFile(join(dl, 'example.com/hello/@v/list'), 'utf8')).toBe('v1.0.0\n');
    expect((await stat(join(t.modCache, 'example.com/hello@v1.0.0'))).mode & 0o222).toBe(0);
    expect(proxy.requests).toContain('sumdb/localhost.localdev/sumdb/supported');
    expect(await readFile(join(t.env.GORADAR_CONFIG_DIR!, 'sumdb/localhost.localdev/sumdb/latest'), 'utf8')).toContain('go.sum database tree\n3\n');
  });

  it('resolves latest to the highest release', async () => {
    const { code, stdout } = await t.run(['download', '--json', 'example.com/hello@latest']);
    expect(code).toBe(0);
    expect(parseGoJsonStream(stdout)[0]).toMatchObject({ Path: 'example.com/hello', Version: 'v1.1.0', Query: 'latest', Sum: mods[1]!.sum });
  });

  it('resolves a version prefix to the highest matching release', async () => {
    const { code, stdout } = await t.run(['download', '--json', 'example.com/hello@v1.0', 'example.com/hello@v1']);
    expect(code).toBe(0);
    expect(parseGoJsonStream(stdout).map((o) => [o.Version, o.Query])).toEqual([['v1.0.0', 'v1.0'], ['v1.1.0', 'v1']]);
  });

  it('serves a second run from the cache without the network', async () => {
    const before = proxy.requests.length;
    const { code } = await t.run(['download', '--json', 'example.com/hello@v1.0.0']);
    expect(code).toBe(0);
    expect(proxy.requests.length).toBe(before);
  });

  it('reports a missing module in Error and exits 1', async () => {
    const { code, stdout } = await t.run(['download', '--json', 'example.com/nope@v1.0.0']);
    expect(code).toBe(1);
    expect(parseGoJsonStream(stdout)[0]).toEqual({
      Path: 'example.com/nope',
      Version: 'v1.0.0',
      Error: `example.com/nope@v1.0.0: reading ${proxy.url}/example.com/nope/@v/v1.0.0.info: 404 Not Found\n\tserver response: not found: example.com/nope/@v/v1.0.0.info`,
    });
  });

  it('explains that direct fetching is unsupported', async () => {
    const { code, stdout } = await t.run(['download', '--json', 'example.com/nope@v1.0.0'], { GOPROXY: `${proxy.url},direct` });
    expect(code).toBe(1);
    expect(parseGoJsonStream(stdout)[0]?.Error).toMatch(/direct fetching from version control is not supported by goradar \(.*404 Not Found\)\. goradar fetches modules only through a module proxy/);
  });

  it('prints usage errors as GoradarErrors', async () => {
    const { code, stderr } = await t.run(['download', 'x@v1.0.0'], { GOPROXY: 'nonsense' });
    expect(code).toBe(3);
    expect(stderr).toContain('goradar: ERR_GOPROXY_INVALID: invalid proxy URL missing scheme: nonsense');
  });

  it('leaves the go.sum-less cache complete and nothing temporary behind', async () => {
    const files = await listFiles(join(t.modCache, 'cache', 'download', 'example.com', 'hello'));
    expect(files.filter((f) => f.endsWith('.tmp') || f.endsWith('.partial') || f.includes('.goradar'))).toEqual([]);
    expect(goSumLines(mods.slice(0, 1))).toContain(mods[0]!.sum);
  });
});
