/**
 * A ModuleSource for the resolver backed by the module cache and the GOPROXY list: go.mod files are
 * read from the cache, fetched and verified (go.sum / checksum database) when missing, and stored in
 * Go's layout. Built offline it only reads the cache.
 */
import { ModuleNotFoundError, type ModuleSource } from '@goradar/gomod';
import { createFetchContext, type FetchContext, type FetchContextOptions } from './fetch-context.js';
import { FetchError } from './fetch-error.js';
import { goEnvVariables, type GoEnv } from './go-env.js';
import type { ModuleFetcher } from './module-fetcher.js';

/** ProxyModuleSource answers the resolver's questions through a ModuleFetcher. */
export class ProxyModuleSource implements ModuleSource {
  readonly name: string;

  constructor(
    private readonly fetcher: ModuleFetcher,
    name = 'module proxy',
  ) {
    this.name = name;
  }

  async readGoMod(path: string, version: string): Promise<string> {
    try {
      return (await this.fetcher.goMod({ path, version })).toString('utf8');
    } catch (err) {
      throw notFoundAsModuleError(path, version, err);
    }
  }

  async listVersions(path: string): Promise<string[]> {
    try {
      return await this.fetcher.versions(path);
    } catch (err) {
      if (err instanceof FetchError && err.notFound) return [];
      throw err;
    }
  }

  /** latest returns the proxies' `@latest` version of path, or undefined when no proxy has the module. */
  async latest(path: string): Promise<string | undefined> {
    try {
      return (await this.fetcher.latestInfo(path)).Version;
    } catch (err) {
      if (err instanceof FetchError && err.notFound) return undefined;
      throw err;
    }
  }

  /**
   * info returns path@version's `.info` (canonical version and commit time), from the cache or the
   * proxies; a version no proxy has is a ModuleNotFoundError, as the go command reports the lookup.
   */
  async info(path: string, version: string): Promise<{ version: string; time?: string }> {
    try {
      const info = await this.fetcher.stat(path, version);
      return info.Time === undefined ? { version: info.Version } : { version: info.Version, time: info.Time };
    } catch (err) {
      throw notFoundAsModuleError(path, version, err);
    }
  }
}

function notFoundAsModuleError(path: string, version: string, err: unknown): unknown {
  if (!(err instanceof FetchError && err.notFound)) return err;
  const message = err.message.startsWith(`${path}@${version}: `) ? err.message.slice(path.length + version.length + 3) : err.message;
  return new ModuleNotFoundError(path, version, message);
}

/** ProxyModuleSourceOptions configure createProxyModuleSource. */
export interface ProxyModuleSourceOptions extends FetchContextOptions {
  /** goEnv, when the caller has already read the Go environment, is used as it is (no second read of the go env file). */
  goEnv?: GoEnv;
}

/**
 * createProxyModuleSource builds the source from the environment (GOPROXY, GOMODCACHE, GOSUMDB …).
 * With offline it never touches the network. Call context.close() when done.
 */
export async function createProxyModuleSource(options: ProxyModuleSourceOptions): Promise<{ source: ProxyModuleSource; context: FetchContext }> {
  const { goEnv, ...rest } = options;
  const context = await createFetchContext(goEnv ? { ...rest, env: { ...rest.env, ...goEnvVariables(goEnv) } } : rest);
  const where = options.offline ? `module cache ${context.cache.root}` : `GOPROXY=${context.goEnv.GOPROXY}`;
  return { source: new ProxyModuleSource(context.fetcher, where), context };
}
