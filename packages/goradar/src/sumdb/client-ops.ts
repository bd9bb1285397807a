/**
 * The file-system and network side of the checksum-database client: the trusted tree head in
 * goradar's config directory (compare-and-swap under a lock), lookups and tiles cached in
 * GOMODCACHE/cache/download/sumdb as Go caches them, and remote reads that go through a GOPROXY
 * that says it proxies the database (`<proxy>/sumdb/<name>/supported`), else straight to it.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { withLock } from '../modfetch/cache-lock.js';
import { FetchError } from '../modfetch/fetch-error.js';
import { writeFileAtomicGo } from '../modfetch/module-cache.js';
import type { ProxyRouter } from '../modfetch/proxy-router.js';
import type { ProxyTransport } from '../modfetch/proxy-transport.js';
import { WriteConflictError, type SumdbClientOps } from './client.js';
import type { SumdbConfig } from './gosumdb.js';

/** MAX_SUMDB_RESPONSE bounds one lookup or tile response. */
export const MAX_SUMDB_RESPONSE = 1 << 20;

/** SumdbOpsOptions say where things live and how to reach the database. */
export interface SumdbOpsOptions {
  config: SumdbConfig;
  /** configDir holds `sumdb/<name>/latest` (goradar's config dir). */
  configDir: string;
  /** cacheDir is GOMODCACHE/cache/download/sumdb. */
  cacheDir: string;
  transport: ProxyTransport;
  /** router is the GOPROXY list, consulted for sumdb proxying; undefined means connect directly. */
  router?: ProxyRouter;
}

async function readOptional(file: string): Promise<Buffer | undefined> {
  try {
    const data = await readFile(file);
    return data.length === 0 ? undefined : data;
  } catch {
    return undefined;
  }
}

/** safeRelative refuses file names that could leave their directory. */
function safeRelative(file: string): string[] {
  const parts = file.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) throw new Error(`invalid sumdb file name ${JSON.stringify(file)}`);
  return parts;
}

/** createSumdbOps returns the SumdbClientOps for a configuration. */
export function createSumdbOps(options: SumdbOpsOptions): SumdbClientOps {
  let base: Promise<string> | undefined;
  const findBase = () => (base ??= resolveBase(options));
  return {
    readRemote: async (path) => options.transport.getBytes(`${(await findBase()).replace(/\/+$/, '')}${path}`, MAX_SUMDB_RESPONSE),
    readConfig: async (file) => (await readOptional(join(options.configDir, 'sumdb', ...safeRelative(file)))) ?? Buffer.alloc(0),
    writeConfig: async (file, old, next) => {
      const target = join(options.configDir, 'sumdb', ...safeRelative(file));
      await mkdir(dirname(target), { recursive: true });
      await withLock(`${target}.lock`, async () => {
        const current = (await readOptional(target)) ?? Buffer.alloc(0);
        if (current.length > 0 && !current.equals(old)) throw new WriteConflictError();
        await writeFileAtomicGo(target, next);
      });
    },
    readCache: (file) => readOptional(join(options.cacheDir, ...safeRelative(file))),
    writeCache: (file, data) => writeFileAtomicGo(join(options.cacheDir, ...safeRelative(file)), data).catch(() => undefined),
  };
}

async function resolveBase(options: SumdbOpsOptions): Promise<string> {
  if (options.config.url) return options.config.url;
  return supportedBase(options, `https://${options.config.name}`);
}

// The first proxy that answers `<proxy>/sumdb/<name>/supported` with 200 serves the database; a
// not-found (or any error after `|`) moves on; `direct`, `off` or the end of the list mean direct.
async function supportedBase(options: SumdbOpsOptions, direct: string): Promise<string> {
  for (const spec of options.router?.specs ?? []) {
    if (spec.kind === 'direct' || spec.kind === 'off') return direct;
    if (spec.kind !== 'url') continue;
    const candidate = `${spec.url.replace(/\/+$/, '')}/sumdb/${options.config.name}`;
    try {
      await options.transport.getBytes(`${candidate}/supported`, 1 << 16);
      return candidate;
    } catch (err) {
      const notFound = err instanceof FetchError && err.notFound;
      if (!notFound && !spec.fallBackOnError) throw err;
    }
  }
  return direct;
}
