import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModule } from './test-support/fixtures.js';
import { listFiles, makeFetchTestEnv, parseGoJsonStream, type FetchTestEnv } from './test-support/fetch-env.js';
import { startProxyServer, type TestProxyServer } from './test-support/proxy-server.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = join(repo, 'packages/goradar/bin/goradar.js');
const big = buildModule({ path: 'example.com/big', version: 'v1.0.0', files: { 'data.txt': Buffer.from(Array.from({ length: 400_000 }, (_, i) => `${i * 7919}`).join('\n')) } });

describe('SIGKILL in the middle of a download', () => {
  let proxy: TestProxyServer;
  let t: FetchTestEnv;
  let firstBytesSent: () => void;
  const firstBytes = new Promise<void>((resolve) => (firstBytesSent = resolve));

  beforeAll(async () => {
    // The real CLI runs as a child process: build it (incrementally) first.
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-b', 'packages/goradar'], { cwd: repo, stdio: 'pipe' });
    proxy = await startProxyServer([big]);
    // Stream the zip slowly: 4 KiB, then nothing more until the client is gone.
    proxy.setHook((path, _req, res) => {
      if (!path.endsWith('.zip')) return false;
      res.writeHead(200, { 'content-length': big.zip.length });
      res.write(big.zip.subarray(0, 4096), () => setTimeout(firstBytesSent, 300));
      return true;
    });
    t = await makeFetchTestEnv({ GOPROXY: proxy.url, GOSUMDB: 'off', GORADAR_HTTP_TIMEOUT_MS: '60000' });
  });

  afterAll(async () => {
    await proxy.close();
    await t.dispose();
  });

  it('leaves nothing that looks complete, and the next run completes', async () => {
    expect(existsSync(bin)).toBe(true);
    const child = spawn(process.execPath, [bin, 'download', '--json', 'example.com/big@v1.0.0'], { env: { ...process.env, ...t.env }, stdio: 'pipe' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await firstBytes;
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const afterKill = await listFiles(t.modCache);
    const vdir = 'cache/download/example.com/big/@v/';
    // A temporary zip and the lock may remain; nothing Go or goradar would take as complete.
    expect(afterKill.filter((f) => f.endsWith('.zip') || f.endsWith('.ziphash') || f.startsWith('example.com/big@'))).toEqual([]);
    expect(afterKill.some((f) => f.startsWith(`${vdir}v1.0.0.zip`) && f.endsWith('.tmp'))).toBe(true);
    expect(afterKill).toContain(`${vdir}v1.0.0.lock.goradar`);

    proxy.setHook(undefined);
    const again = await t.run(['download', '--json', 'example.com/big@v1.0.0']);
    expect(again.code).toBe(0);
    expect(parseGoJsonStream(again.stdout)[0]?.Sum).toBe(big.sum);
    const done = await listFiles(t.modCache);
    expect(done.filter((f) => f.endsWith('.tmp') || f.endsWith('.goradar') || f.endsWith('.partial'))).toEqual([]);
    expect(done).toContain('example.com/big@v1.0.0/data.txt');
  });
});
