/**
 * A ModuleSource for the resolver backed by the module cache and the GOPROXY list: go.mod files are
 * read from the cache, fetched and verified (go.sum / checksum database) when missing, and stored in
 * Go's layout. Built offline it only reads the cache.
 */
import { ModuleNotFoundError, type ModuleSource } from '@goradar/gomod';
import { createFetchContext, type FetchContext, type FetchContextOptions } from './fetch-context.js';
import { FetchError } from './fetch-error.js';
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
      if (err instanceof FetchError && err.notFound) throw new ModuleNotFoundError(path, version, err.message);
      throw err;
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
}

/**
 * createProxyModuleSource builds the source from the environment (GOPROXY, GOMODCACHE, GOSUMDB …).
 * With offline it never touches the network. Call context.close() when done.
 */
export async function createProxyModuleSource(options: FetchContextOptions): Promise<{ source: ProxyModuleSource; context: FetchContext }> {
  const context = await createFetchContext(options);
  const where = options.offline ? `module cache ${context.cache.root}` : `GOPROXY=${context.goEnv.GOPROXY}`;
  return { source: new ProxyModuleSource(context.fetcher, where), context };
}
