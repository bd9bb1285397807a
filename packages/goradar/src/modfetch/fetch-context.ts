/**
 * Building everything module fetching needs from the environment, once, at the edge: the Go
 * settings, the module cache, the proxy list, the HTTP client, go.sum and the checksum database.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createSumdbOps } from '../sumdb/client-ops.js';
import { SumdbClient } from '../sumdb/client.js';
import { parseGosumdb } from '../sumdb/gosumdb.js';
import { loadGoEnv, type Environment, type GoEnv } from './go-env.js';
import type { GoSum } from './go-sum.js';
import { createNodeHttpClient, type HttpClient } from './http-client.js';
import { ModuleCache } from './module-cache.js';
import { ModuleFetcher } from './module-fetcher.js';
import { loadNetrc } from './netrc.js';
import { parseProxyList } from './proxy-list.js';
import { ProxyRouter } from './proxy-router.js';
import { DEFAULT_RETRY_POLICY, ProxyTransport, type RetryPolicy } from './proxy-transport.js';
import { SumChecker } from './sum-check.js';
import { createZipWorkers } from './zip-workers.js';

/** FetchContextOptions configure createFetchContext. */
export interface FetchContextOptions {
  env: Environment;
  /** offline reads the module cache only and never touches the network. */
  offline?: boolean;
  /** configDir overrides goradar's config directory (where the trusted sumdb tree head lives). */
  configDir?: string;
  goSum?: GoSum;
  goSumName?: string;
  retry?: Partial<RetryPolicy>;
  /** http replaces the HTTP client (tests pass one with short timeouts). */
  http?: HttpClient;
}

/** FetchContext is a ready-to-use fetcher with what it was built from. */
export interface FetchContext {
  goEnv: GoEnv;
  cache: ModuleCache;
  fetcher: ModuleFetcher;
  sums: SumChecker;
  sumdb?: SumdbClient;
  /** close releases network resources and worker threads. */
  close(): void;
}

/** goradarConfigDir returns $GORADAR_CONFIG_DIR, else $XDG_CONFIG_HOME/goradar, else ~/.config/goradar. */
export function goradarConfigDir(env: Environment): string {
  if (env.GORADAR_CONFIG_DIR) return env.GORADAR_CONFIG_DIR;
  if (env.XDG_CONFIG_HOME?.startsWith('/')) return join(env.XDG_CONFIG_HOME, 'goradar');
  return join(env.HOME || homedir(), '.config', 'goradar');
}

function retryPolicy(env: Environment, override: Partial<RetryPolicy> = {}): RetryPolicy {
  const retries = Number(env.GORADAR_HTTP_RETRIES);
  const base = Number(env.GORADAR_HTTP_BACKOFF_MS);
  return {
    ...DEFAULT_RETRY_POLICY,
    ...(Number.isInteger(retries) && env.GORADAR_HTTP_RETRIES ? { retries } : {}),
    ...(Number.isFinite(base) && env.GORADAR_HTTP_BACKOFF_MS ? { baseDelayMs: base } : {}),
    ...override,
  };
}

/** createFetchContext builds the fetcher for env. GOPROXY/GOSUMDB errors surface here, as GoradarErrors. */
export async function createFetchContext(options: FetchContextOptions): Promise<FetchContext> {
  const goEnv = await loadGoEnv(options.env);
  const cache = new ModuleCache(goEnv.GOMODCACHE);
  const idle = Number(options.env.GORADAR_HTTP_TIMEOUT_MS);
  const http = options.http ?? createNodeHttpClient({ netrc: await loadNetrc(options.env), idleTimeoutMs: Number.isFinite(idle) && idle > 0 ? idle : undefined });
  const transport = new ProxyTransport(http, retryPolicy(options.env, options.retry));
  const router = options.offline ? undefined : new ProxyRouter(parseProxyList(goEnv.GOPROXY, goEnv.GONOPROXY), goEnv.GONOPROXY, transport);
  const config = parseGosumdb(goEnv.GOSUMDB);
  let sumdb: SumdbClient | undefined;
  if (config) {
    const ops = createSumdbOps({ config, configDir: goradarConfigDir(options.env), cacheDir: cache.sumdbDir(), transport, router });
    sumdb = new SumdbClient(config.key, options.offline ? { ...ops, readRemote: offlineRemote } : ops, { gonosumdb: goEnv.GONOSUMDB });
  }
  const sums = new SumChecker({ goSum: options.goSum, goSumName: options.goSumName, sumdb, gonosumdb: goEnv.GONOSUMDB });
  const workers = createZipWorkers();
  const fetcher = new ModuleFetcher({ cache, router, sums, cacheRW: goEnv.modCacheRW, workers });
  const close = () => {
    http.close();
    void workers.close();
  };
  return { goEnv, cache, fetcher, sums, sumdb, close };
}

async function offlineRemote(path: string): Promise<Buffer> {
  throw new Error(`checksum database lookup ${path} needs the network, and goradar is offline`);
}
