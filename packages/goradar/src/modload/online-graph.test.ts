/**
 * The graph commands online (the default) and --offline, against a GOPROXY server on 127.0.0.1
 * started by the test: missing go.mod files are fetched into the module cache and verified against
 * go.sum; --offline names what it could not read and who needed it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithGo, hermeticGoEnv, runGo } from '../../../../tools/test-support/go-oracle.js';
import { buildModule, goSumLines, writeFileProxy } from '../modfetch/test-support/fixtures.js';
import { makeFetchTestEnv, type FetchTestEnv } from '../modfetch/test-support/fetch-env.js';
import { startProxyServer, type TestProxyServer } from '../modfetch/test-support/proxy-server.js';

const goMod = (path: string, body: string): string => `module ${path}\n\ngo 1.21\n${body}`;
// main (go 1.21) needs a and d, both go 1.16 (unpruned: their requirements are loaded); a needs
// b v1.1.0; d needs b v1.0.0, which needs c.
const mods = [
  buildModule({ path: 'example.com/a', version: 'v1.0.0', files: { 'go.mod': 'module example.com/a\n\ngo 1.16\n\nrequire example.com/b v1.1.0\n' } }),
  buildModule({ path: 'example.com/b', version: 'v1.0.0', files: { 'go.mod': 'module example.com/b\n\ngo 1.16\n\nrequire example.com/c v1.0.0\n' } }),
  buildModule({ path: 'example.com/b', version: 'v1.1.0', files: { 'go.mod': goMod('example.com/b', '') } }),
  buildModule({ path: 'example.com/c', version: 'v1.0.0', time: '2023-05-06T07:08:09Z' }),
  buildModule({ path: 'example.com/d', version: 'v1.0.0', files: { 'go.mod': 'module example.com/d\n\ngo 1.16\n\nrequire example.com/b v1.0.0\n' } }),
];
const MAIN = goMod('example.com/main', '\nrequire (\n\texample.com/a v1.0.0\n\texample.com/d v1.0.0\n)\n');
const WANT_LIST = 'example.com/main\nexample.com/a v1.0.0\nexample.com/b v1.1.0\nexample.com/c v1.0.0\nexample.com/d v1.0.0\n';

let proxy: TestProxyServer;
const envs: FetchTestEnv[] = [];

/** freshEnv is an empty module cache pointed at the test proxy, with the main module written under its root. */
async function freshEnv(vars: Record<string, string> = {}, goSum?: string): Promise<FetchTestEnv> {
  const t = await makeFetchTestEnv({ GOPROXY: proxy.url, GOSUMDB: 'off', GOWORK: 'off', ...vars });
  envs.push(t);
  mkdirSync(join(t.root, 'main'), { recursive: true });
  writeFileSync(join(t.root, 'main', 'go.mod'), MAIN);
  if (goSum !== undefined) writeFileSync(join(t.root, 'main', 'go.sum'), goSum);
  return t;
}

/** seedCache puts built modules' go.mod files into the module cache, as an earlier download would have. */
function seedCache(t: FetchTestEnv, paths: string[]): void {
  for (const m of mods.filter((x) => paths.includes(`${x.path}@${x.version}`))) {
    const dir = join(t.modCache, 'cache', 'download', m.path, '@v');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${m.version}.mod`), m.mod);
  }
}

beforeAll(async () => {
  proxy = await startProxyServer(mods);
});
afterAll(async () => {
  await proxy.close();
  for (const t of envs) await t.dispose();
});

describe('graph commands online (the default)', () => {
  it('fetch missing go.mod files through GOPROXY into the module cache, then work --offline', async () => {
    const t = await freshEnv();
    const before = proxy.requests.length;
    const online = await t.run(['list', '-m', 'all', 'main']);
    expect(online).toEqual({ code: 0, stdout: WANT_LIST, stderr: '' });
    expect(proxy.requests.slice(before).filter((r) => r.endsWith('.mod')).sort()).toEqual([
      'example.com/a/@v/v1.0.0.mod',
      'example.com/b/@v/v1.0.0.mod',
      'example.com/b/@v/v1.1.0.mod',
      'example.com/c/@v/v1.0.0.mod',
      'example.com/d/@v/v1.0.0.mod',
    ]);
    expect(readdirSync(join(t.modCache, 'cache', 'download', 'example.com', 'b', '@v')).filter((f) => f.endsWith('.mod')).sort()).toEqual(['v1.0.0.mod', 'v1.1.0.mod']);
    const seen = proxy.requests.length;
    const offline = await t.run(['graph', '--offline', 'main']);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain('example.com/d@v1.0.0 example.com/b@v1.0.0\n');
    expect(proxy.requests.length).toBe(seen);
  });

  it('serve graph, why and dependents from a cold cache', async () => {
    const t = await freshEnv();
    const why = await t.run(['why', '-m', 'example.com/c', 'main']);
    expect(why.stdout).toBe('# example.com/c\nexample.com/main\nexample.com/d@v1.0.0\nexample.com/b@v1.0.0\nexample.com/c@v1.0.0\n');
    const t2 = await freshEnv();
    const dependents = await t2.run(['dependents', 'example.com/b', 'main']);
    expect(dependents.stdout).toBe('example.com/a@v1.0.0 example.com/b@v1.1.0\nexample.com/d@v1.0.0 example.com/b@v1.0.0 (not selected)\n');
  });

  it('read .info through GOPROXY for go list -m -json fields', async () => {
    const t = await freshEnv();
    const r = await t.run(['list', '-m', '--json', 'all', 'main']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\t"Path": "example.com/c",\n\t"Version": "v1.0.0",\n\t"Time": "2023-05-06T07:08:09Z",');
  });

  it('verify fetched go.mod files against go.sum', async () => {
    const bad = goSumLines(mods).replace(/example\.com\/b v1\.1\.0\/go\.mod h1:\S+/, 'example.com/b v1.1.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    const t = await freshEnv({}, bad);
    const r = await t.run(['list', '-m', 'all', 'main']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ERR_CHECKSUM_MISMATCH');
    expect(r.stderr).toContain('example.com/a@v1.0.0 requires\n\texample.com/b@v1.1.0');
    expect(r.stderr).toContain('SECURITY ERROR');
  });
});

describe('graph commands --offline', () => {
  it('name the module version missing from the cache and the module requiring it', async () => {
    const t = await freshEnv();
    seedCache(t, ['example.com/a@v1.0.0', 'example.com/d@v1.0.0', 'example.com/b@v1.0.0', 'example.com/c@v1.0.0']);
    const before = proxy.requests.length;
    const r = await t.run(['list', '-m', 'all', '--offline', 'main']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^goradar: ERR_MODULE_OFFLINE: example\.com\/a@v1\.0\.0 requires\n\texample\.com\/b@v1\.1\.0: reading .*: no such file or directory; module lookup disabled by --offline\n/);
    expect(r.stderr).toContain('run without --offline');
    expect(proxy.requests.length).toBe(before);
  });

  it('fail the same way through the built binary', async () => {
    const t = await freshEnv();
    seedCache(t, ['example.com/a@v1.0.0', 'example.com/d@v1.0.0', 'example.com/b@v1.0.0', 'example.com/c@v1.0.0']);
    const bin = fileURLToPath(new URL('../../bin/goradar.js', import.meta.url));
    const run = promisify(execFile);
    const failed = await run(process.execPath, [bin, 'graph', '--offline', 'main'], { cwd: t.root, env: t.env }).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
    );
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain('ERR_MODULE_OFFLINE: example.com/a@v1.0.0 requires\n\texample.com/b@v1.1.0');
    const online = await run(process.execPath, [bin, 'graph', 'main'], { cwd: t.root, env: t.env });
    expect(online.stdout).toContain('example.com/a@v1.0.0 example.com/b@v1.1.0\n');
  }, 60_000);
});

describeWithGo('online graphs against the go command', () => {
  it('print what go list -m all and go mod graph print for the same modules', async () => {
    const t = await freshEnv();
    const go = hermeticGoEnv({ proxyDir: join(t.root, 'file-proxy') });
    try {
      await writeFileProxy(join(t.root, 'file-proxy'), mods);
      const cwd = join(go.root, 'main');
      mkdirSync(cwd);
      writeFileSync(join(cwd, 'go.mod'), MAIN);
      const goList = runGo(['list', '-m', 'all'], { cwd, env: go.env });
      const goGraph = runGo(['mod', 'graph'], { cwd, env: go.env });
      expect(goList.status, goList.stderr).toBe(0);
      expect((await t.run(['list', '-m', 'all', 'main'])).stdout).toBe(goList.stdout);
      expect((await t.run(['graph', 'main'])).stdout).toBe(goGraph.stdout);
    } finally {
      go.dispose();
    }
  });
});
