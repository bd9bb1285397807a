import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { GoradarError } from '../errors.js';
import { TestSumdb, TEST_SUMDB_VKEY } from '../sumdb/test-support/sumdb-server.js';
import { generateKey, newSigner } from '../sumdb/note.js';
import { createNodeHttpClient, HttpError } from './http-client.js';
import { SumChecker } from './sum-check.js';
import { buildModule } from './test-support/fixtures.js';
import { listFiles, makeFetchTestEnv, parseGoJsonStream, type FetchTestEnv } from './test-support/fetch-env.js';
import { startProxyServer, type ProxyHook, type TestProxyServer } from './test-support/proxy-server.js';
import { writeZip } from './zip-writer.js';

const good = buildModule({ path: 'example.com/m', version: 'v1.0.0', files: { 'm.go': 'package m\n' } });
const evil = buildModule({ path: 'example.com/m', version: 'v1.0.0', files: { 'm.go': 'package m // evil\n' } });
const zipPath = 'example.com/m/@v/v1.0.0.zip';
const infoPath = 'example.com/m/@v/v1.0.0.info';
const p = 'example.com/m@v1.0.0/';

let db: TestSumdb;
let proxy: TestProxyServer;
let other: TestProxyServer;
let t: FetchTestEnv;

beforeAll(async () => {
  db = new TestSumdb();
  await db.add(good.path, good.version, good.sum, good.goModSum);
  proxy = await startProxyServer([good], { name: 'localhost.localdev/sumdb', handle: db.handle });
  other = await startProxyServer([good]);
});

afterAll(async () => {
  await proxy.close();
  await other.close();
});

afterEach(async () => {
  proxy.setHook(undefined);
  db.signer = newSigner('PRIVATE+KEY+localhost.localdev/sumdb+00000c67+AXu6+oaVaOYuQOFrf1V59JK1owcFlJcHwwXHDfDGxSPk');
  await t?.dispose();
});

function serve(path: string, answer: (res: ServerResponse) => void): ProxyHook {
  return (p2, _req, res) => {
    if (p2 !== path) return false;
    answer(res);
    return true;
  };
}

async function download(vars: Record<string, string> = {}): Promise<{ code: number; result: Record<string, string>; cacheFiles: string[] }> {
  t = await makeFetchTestEnv({ GOPROXY: proxy.url, GOSUMDB: TEST_SUMDB_VKEY, ...vars });
  const { code, stdout } = await t.run(['download', '--json', 'example.com/m@v1.0.0']);
  const cacheFiles = await listFiles(t.modCache);
  return { code, result: parseGoJsonStream(stdout)[0] as Record<string, string>, cacheFiles };
}

function noZipCommitted(files: string[]): void {
  expect(files.filter((f) => /\.(zip|ziphash|tmp|partial)$/.test(f) || f.startsWith('example.com/m@'))).toEqual([]);
}

describe('hostile proxy and database', () => {
  it('refuses a zip whose hash differs from the checksum database (SECURITY ERROR)', async () => {
    proxy.setHook(serve(zipPath, (res) => res.writeHead(200).end(evil.zip)));
    const { code, result, cacheFiles } = await download();
    expect(code).toBe(1);
    expect(result.Error).toBe(
      `example.com/m@v1.0.0: verifying module: checksum mismatch\n\tdownloaded: ${evil.sum}\n\tlocalhost.localdev/sumdb: ${good.sum}\n\nSECURITY ERROR\nThis download does NOT match the one reported by the checksum server.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'.`,
    );
    noZipCommitted(cacheFiles);
  });

  it('refuses a go.mod whose hash differs from the checksum database', async () => {
    proxy.setHook(serve('example.com/m/@v/v1.0.0.mod', (res) => res.writeHead(200).end('module example.com/m\n\ngo 1.99\n')));
    const { result, cacheFiles } = await download();
    expect(result.Error).toMatch(/^example\.com\/m@v1\.0\.0: verifying go\.mod: checksum mismatch\n\tdownloaded: h1:/);
    expect(cacheFiles.filter((f) => f.endsWith('.mod'))).toEqual([]);
  });

  it('refuses tree heads signed with a key other than GOSUMDB names', async () => {
    db.signer = newSigner(generateKey('localhost.localdev/sumdb', Buffer.alloc(32, 5)).skey);
    const { result, cacheFiles } = await download();
    expect(result.Error).toContain('note has no verifiable signatures');
    noZipCommitted(cacheFiles);
  });

  it.each([
    ['a truncated zip', () => good.zip.subarray(0, good.zip.length >> 1), 'zip: not a valid zip file'],
    ['a zip-slip name', () => writeZip([{ name: `${p}../../../../tmp/evil`, content: Buffer.from('x') }]), 'invalid path element ".."'],
    ['an absolute name', () => writeZip([{ name: '/etc/cron.d/evil', content: Buffer.from('x') }]), 'path does not have prefix'],
    ['case-fold colliding names', () => writeZip([{ name: `${p}m.go`, content: Buffer.from('a') }, { name: `${p}M.GO`, content: Buffer.from('b') }]), 'case-insensitive file name collision: "m.go" and "M.GO"'],
    ['an entry larger than it declares', () => writeZip([{ name: `${p}big`, content: Buffer.alloc(1 << 20), declaredSize: 10 }]), 'zip: not a valid zip file'],
    ['garbage', () => Buffer.from('this is not a zip'), 'zip: not a valid zip file'],
  ])('refuses %s and commits nothing', async (_name, body, message) => {
    proxy.setHook(serve(zipPath, (res) => res.writeHead(200).end(body())));
    const { code, result, cacheFiles } = await download({ GOSUMDB: 'off' });
    expect(code).toBe(1);
    expect(result.Error).toContain(message);
    noZipCommitted(cacheFiles);
  });

  it.each([
    ['malformed JSON', '{"Version": ', 'invalid response from proxy'],
    ['a non-object', '[1,2]', 'invalid JSON: not an object'],
    ['a bad Time', '{"Version":"v1.0.0","Time":"yesterday"}', '"Time" is not an RFC 3339 time'],
    ['another version', '{"Version":"v1.0.1"}', 'proxy returned info for version v1.0.1 instead of requested version'],
  ])('refuses .info with %s', async (_name, body, message) => {
    proxy.setHook(serve(infoPath, (res) => res.writeHead(200).end(body)));
    const { result, cacheFiles } = await download({ GOSUMDB: 'off' });
    expect(result.Error).toContain(message);
    expect(cacheFiles).toEqual([]);
  });

  it('retries 500s and 429s, then succeeds', async () => {
    let calls = 0;
    proxy.setHook(serve(infoPath, (res) => void (++calls <= 2 ? res.writeHead(calls === 1 ? 500 : 429, { 'retry-after': '0' }).end('busy\n') : res.writeHead(200).end(good.info))));
    const { code, result } = await download({ GOSUMDB: 'off' });
    expect([code, result.Error, calls]).toEqual([0, undefined, 3]);
  });

  it('gives up after the retries with the server error', async () => {
    let calls = 0;
    proxy.setHook(serve(infoPath, (res) => void (calls++, res.writeHead(503).end('down for maintenance\n'))));
    const { result } = await download({ GOSUMDB: 'off' });
    expect(result.Error).toBe(`example.com/m@v1.0.0: reading ${proxy.url}/example.com/m/@v/v1.0.0.info: 503 Service Unavailable\n\tserver response: down for maintenance`);
    expect(calls).toBe(3);
  });

  it.each([
    [410, ',', 0],
    [404, ',', 0],
    [500, ',', 1],
    [500, '|', 0],
  ])('status %i from the first proxy with "%s" -> exit %i', async (status, sep, exit) => {
    proxy.setHook((_path, _req, res) => {
      res.writeHead(status).end('no\n');
      return true;
    });
    const { code, result } = await download({ GOSUMDB: 'off', GOPROXY: `${proxy.url}${sep}${other.url}`, GORADAR_HTTP_RETRIES: '0' });
    expect(code).toBe(exit);
    if (exit === 0) expect(result.Sum).toBe(good.sum);
    else expect(result.Error).toContain('500 Internal Server Error');
  });

  it('times out a server that stalls, and says so', async () => {
    proxy.setHook(serve(zipPath, (res) => void res.writeHead(200, { 'content-length': good.zip.length }).write(good.zip.subarray(0, 10))));
    const started = Date.now();
    const { result, cacheFiles } = await download({ GOSUMDB: 'off', GORADAR_HTTP_RETRIES: '0', GORADAR_HTTP_TIMEOUT_MS: '300' });
    expect(result.Error).toContain('timeout: no data for 300 ms');
    expect(Date.now() - started).toBeLessThan(10_000);
    noZipCommitted(cacheFiles);
  });

  it('recovers when the stalled zip is served again', async () => {
    const { code } = await download({ GOSUMDB: 'off' });
    expect(code).toBe(0);
    expect((await listFiles(join(t.modCache, 'example.com', 'm@v1.0.0'))).sort()).toEqual(['go.mod', 'm.go']);
  });
});

describe('limits and go.sum', () => {
  it('refuses responses larger than the limit', async () => {
    const http = createNodeHttpClient();
    proxy.setHook(serve('big', (res) => res.writeHead(200).end(Buffer.alloc(100_000))));
    await expect(http.get(`${proxy.url}/big`, { maxBytes: 1000 })).rejects.toThrow(HttpError);
    await expect(http.get(`${proxy.url}/big`, { maxBytes: 1000 })).rejects.toThrow('response larger than 1000 bytes');
    http.close();
  });

  it('names module, version, expected and got on a go.sum mismatch', async () => {
    const goSum = new Map([['example.com/m v1.0.0', [good.sum]]]);
    const err = await new SumChecker({ goSum }).check({ path: 'example.com/m', version: 'v1.0.0' }, evil.sum).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GoradarError);
    expect((err as GoradarError).code).toBe('ERR_CHECKSUM_MISMATCH');
    expect((err as GoradarError).message).toBe(
      `verifying example.com/m@v1.0.0: checksum mismatch\n\tdownloaded: ${evil.sum}\n\tgo.sum:     ${good.sum}\n\nSECURITY ERROR\nThis download does NOT match an earlier download recorded in go.sum.\nThe bits may have been replaced on the origin server, or an attacker may\nhave intercepted the download attempt.\n\nFor more information, see 'go help module-auth'.`,
    );
    await expect(new SumChecker({ goSum }).check({ path: 'example.com/m', version: 'v1.0.0' }, good.sum)).resolves.toBeUndefined();
  });
});

