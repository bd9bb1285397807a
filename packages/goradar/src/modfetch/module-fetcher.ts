/**
 * Fetching module versions into the module cache the way cmd/go's modfetch does: `.info`, `.mod`,
 * `.zip` (+ `.ziphash`) and the extracted tree, each checked (JSON schema, go.mod syntax, zip rules,
 * go.sum / checksum database) before it becomes visible, and written under the version lock.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import { canonicalVersion, parseGoMod, type ModuleVersion } from '@goradar/gomod';
import { withLock, type LockOptions } from './cache-lock.js';
import { hashGoMod } from './dirhash.js';
import { FetchError } from './fetch-error.js';
import { tempName, type ModuleCache } from './module-cache.js';
import type { ProxyRouter } from './proxy-router.js';
import { formatRevInfo, type RevInfo } from './rev-info.js';
import type { SumVerifier } from './sum-check.js';
import { checkModuleZip, checkModuleZipFile, makeTreeWritable, unzipModule } from './zip-extract.js';
import { INLINE_ZIP_WORKERS, type ZipWorkers } from './zip-workers.js';

/** ModuleFetcherOptions configure a ModuleFetcher. */
export interface ModuleFetcherOptions {
  cache: ModuleCache;
  /** router reaches the proxies; undefined means offline (cache only). */
  router?: ProxyRouter;
  sums: SumVerifier;
  /** cacheRW leaves extracted trees writable (GOFLAGS=-modcacherw). */
  cacheRW?: boolean;
  lock?: LockOptions;
  /** workers do the hashing and extracting (default: on the calling thread). */
  workers?: ZipWorkers;
}

function offline(mod: ModuleVersion, what: string): FetchError {
  return new FetchError('not-found', `${mod.path}@${mod.version}: ${what} not in the module cache and fetching is disabled (offline)`);
}

/** withModuleContext prefixes a message with `path@version: ` unless it already names the module. */
export function withModuleContext(mod: ModuleVersion, err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err);
  if (message.startsWith(`${mod.path}@`) || message.startsWith(`module ${mod.path}:`) || message.startsWith('verifying ')) return err as Error;
  if (err instanceof FetchError) return err.withMessage(`${mod.path}@${mod.version}: ${message}`);
  return Object.assign(new Error(`${mod.path}@${mod.version}: ${message}`, { cause: err }), { code: (err as { code?: string }).code });
}

/** ModuleFetcher fills and reads the module cache. */
export class ModuleFetcher {
  constructor(private readonly options: ModuleFetcherOptions) {}

  get cache(): ModuleCache {
    return this.options.cache;
  }

  private get workers(): ZipWorkers {
    return this.options.workers ?? INLINE_ZIP_WORKERS;
  }

  private lockFile(mod: ModuleVersion): string {
    return `${this.cache.cacheFile(mod, 'lock')}.goradar`;
  }

  private router(mod: ModuleVersion, what: string): ProxyRouter {
    if (!this.options.router) throw offline(mod, what);
    return this.options.router;
  }

  /** stat returns the `.info` of path@rev: from the cache for canonical versions, else from the proxies. */
  async stat(path: string, rev: string): Promise<RevInfo> {
    const canonical = canonicalVersion(rev) === rev;
    if (canonical) {
      const cached = await this.cache.readInfo({ path, version: rev });
      if (cached) return cached;
    }
    const info = await this.router({ path, version: rev }, 'version info').tryProxies(path, (repo) => repo.stat(rev));
    if (canonicalVersion(info.Version) !== info.Version) throw new FetchError('failed', `${path}@${rev}: proxy returned non-canonical version ${info.Version}`);
    await this.cache.writeInfo({ path, version: info.Version }, formatRevInfo(info));
    return info;
  }

  /** versions returns the tagged versions the proxies list for path. */
  async versions(path: string): Promise<string[]> {
    return this.router({ path, version: '' }, 'version list').tryProxies(path, (repo) => repo.versions());
  }

  /** latestInfo returns the proxies' `@latest` answer for path. */
  async latestInfo(path: string): Promise<RevInfo> {
    return this.router({ path, version: 'latest' }, 'latest version').tryProxies(path, (repo) => repo.latest());
  }

  /** goMod returns the go.mod of mod, checked against go.sum / the checksum database. */
  async goMod(mod: ModuleVersion): Promise<Buffer> {
    const cached = await this.cache.readGoMod(mod);
    if (cached !== undefined) {
      await this.options.sums.check({ path: mod.path, version: `${mod.version}/go.mod` }, hashGoMod(cached));
      return cached;
    }
    const data = await this.router(mod, 'go.mod').tryProxies(mod.path, (repo) => repo.goMod(mod.version));
    const parsed = parseGoMod(`${mod.path}@${mod.version}/go.mod`, data.toString('utf8'), { lax: true });
    if (!parsed.ok) throw new FetchError('failed', `${mod.path}@${mod.version}: invalid go.mod from proxy: ${parsed.errors.message}`);
    await this.options.sums.check({ path: mod.path, version: `${mod.version}/go.mod` }, hashGoMod(data));
    await withLock(this.lockFile(mod), () => this.cache.writeGoMod(mod, data), this.options.lock);
    return data;
  }

  /** zip makes sure the zip of mod is in the cache (verified) and returns its path and hash. */
  async zip(mod: ModuleVersion): Promise<{ file: string; hash: string }> {
    const file = this.cache.cacheFile(mod, 'zip');
    if (!(await this.cache.hasZip(mod))) await withLock(this.lockFile(mod), () => this.fillZip(mod, file), this.options.lock);
    const hash = (await this.cache.readZipHash(mod)) as string;
    await this.options.sums.check(mod, hash);
    return { file, hash };
  }

  private async fillZip(mod: ModuleVersion, file: string): Promise<void> {
    if (await this.cache.hasZip(mod)) return;
    await this.cache.removeTempFiles(file);
    const existing = await readFile(file).catch(() => undefined);
    if (existing !== undefined) {
      // The zip survived but its .ziphash did not: hash it again instead of downloading.
      checkModuleZip(mod, existing);
      const hash = await this.workers.hashZip({ file, bytes: existing });
      await this.options.sums.check(mod, hash);
      return this.cache.writeZipHash(mod, hash);
    }
    const router = this.router(mod, 'zip');
    // Hashing and extracting follow the download: the workers start while it runs.
    this.workers.warm();
    const tmp = tempName(file);
    let renamed = false;
    try {
      await router.tryProxies(mod.path, (repo) => downloadTo(tmp, (sink) => repo.zip(mod.version, sink)));
      checkModuleZipFile(mod, tmp);
      const hash = await this.workers.hashZip({ file: tmp });
      await this.options.sums.check(mod, hash);
      await rename(tmp, file);
      renamed = true;
      // .ziphash last: together with the .zip it marks the download complete.
      await this.cache.writeZipHash(mod, hash);
    } finally {
      if (!renamed) await rm(tmp, { force: true });
    }
  }

  /** download makes sure mod is extracted in the cache and returns its directory. */
  async download(mod: ModuleVersion): Promise<string> {
    const dir = this.cache.moduleDir(mod);
    if ((await this.cache.dirState(mod)) === 'complete') {
      await this.zipHashCheck(mod);
      return dir;
    }
    const { file } = await this.zip(mod);
    await withLock(this.lockFile(mod), () => this.extract(mod, file, dir), this.options.lock);
    return dir;
  }

  private async zipHashCheck(mod: ModuleVersion): Promise<void> {
    const hash = await this.cache.readZipHash(mod);
    if (hash !== undefined) await this.options.sums.check(mod, hash);
  }

  private async extract(mod: ModuleVersion, zipFile: string, dir: string): Promise<void> {
    const state = await this.cache.dirState(mod);
    if (state === 'complete') return;
    if (state === 'partial') {
      await makeTreeWritable(dir);
      await rm(dir, { recursive: true, force: true });
    }
    const partial = this.cache.cacheFile(mod, 'partial');
    await open(partial, 'w').then((h) => h.close());
    try {
      await unzipModule(mod, { file: zipFile }, dir, { workers: this.workers });
    } catch (err) {
      await makeTreeWritable(dir);
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
    if (!this.options.cacheRW) await this.workers.makeReadOnly(dir);
    await rm(partial, { force: true });
  }
}

async function downloadTo(tmp: string, fetch: (sink: { write(c: Buffer): Promise<void>; reset(): Promise<void> }) => Promise<void>): Promise<void> {
  const handle = await open(tmp, 'w+', 0o644);
  let position = 0;
  try {
    await fetch({
      write: async (chunk) => {
        await handle.write(chunk, 0, chunk.length, position);
        position += chunk.length;
      },
      reset: async () => {
        position = 0;
        await handle.truncate(0);
      },
    });
    await handle.sync();
  } finally {
    await handle.close();
  }
}
