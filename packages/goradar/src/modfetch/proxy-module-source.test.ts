import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModuleNotFoundError } from '@goradar/gomod';
import { createProxyModuleSource } from './proxy-module-source.js';
import { buildModule } from './test-support/fixtures.js';
import { makeFetchTestEnv, type FetchTestEnv } from './test-support/fetch-env.js';
import { startProxyServer, type TestProxyServer } from './test-support/proxy-server.js';

const mods = [
  buildModule({ path: 'example.com/dep', version: 'v1.0.0', files: { 'go.mod': 'module example.com/dep\n\ngo 1.21\n\nrequire example.com/leaf v1.2.0\n' } }),
  buildModule({ path: 'example.com/dep', version: 'v1.1.0' }),
  buildModule({ path: 'example.com/dep', version: 'v1.2.0-pre' }),
];
let proxy: TestProxyServer;
let t: FetchTestEnv;

beforeAll(async () => {
  proxy = await startProxyServer(mods);
  t = await makeFetchTestEnv({ GOPROXY: proxy.url, GOSUMDB: 'off' });
});
afterAll(async () => {
  await proxy.close();
  await t.dispose();
});

describe('ProxyModuleSource', () => {
  it('fetches go.mod files into the cache, then serves them offline', async () => {
    const online = await createProxyModuleSource({ env: t.env });
    expect(await online.source.readGoMod('example.com/dep', 'v1.0.0')).toContain('require example.com/leaf v1.2.0');
    expect(await online.source.listVersions('example.com/dep')).toEqual(['v1.0.0', 'v1.1.0', 'v1.2.0-pre']);
    online.context.close();
    const offline = await createProxyModuleSource({ env: t.env, offline: true });
    expect(await offline.source.readGoMod('example.com/dep', 'v1.0.0')).toContain('go 1.21');
    await expect(offline.source.readGoMod('example.com/dep', 'v1.1.0')).rejects.toThrow(ModuleNotFoundError);
    offline.context.close();
  });

  it('says a missing module is not found', async () => {
    const { source, context } = await createProxyModuleSource({ env: t.env });
    await expect(source.readGoMod('example.com/none', 'v1.0.0')).rejects.toThrow(ModuleNotFoundError);
    expect(await source.listVersions('example.com/none')).toEqual([]);
    context.close();
  });
});
