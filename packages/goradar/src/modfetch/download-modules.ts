/**
 * `goradar download MODULE@VERSION…`: fills the module cache and describes each module version as
 * `go mod download -json` does (Path, Version, Error, Info, GoMod, Zip, Dir, Sum, GoModSum).
 */
import { canonicalVersion, isPseudoVersion, semver } from '@goradar/gomod';
import { mapConcurrently } from '../concurrency.js';
import { redactCredentials } from '../errors.js';
import { FetchError } from './fetch-error.js';
import type { ModuleFetcher } from './module-fetcher.js';
import { withModuleContext } from './module-fetcher.js';
import { hashGoMod } from './dirhash.js';
import type { RevInfo } from './rev-info.js';

/** DownloadedModule is one object of `go mod download -json`, fields in Go's order. */
export interface DownloadedModule {
  Path: string;
  Version: string;
  Query?: string;
  Error?: string;
  Info?: string;
  GoMod?: string;
  Zip?: string;
  Dir?: string;
  Sum?: string;
  GoModSum?: string;
}

/** splitModuleArg splits `path@version`; undefined when there is no `@version`. */
export function splitModuleArg(arg: string): { path: string; query: string } | undefined {
  const at = arg.lastIndexOf('@');
  if (at <= 0 || at === arg.length - 1) return undefined;
  return { path: arg.slice(0, at), query: arg.slice(at + 1) };
}

// latest, as the proxy protocol describes it: the highest release, else the highest pre-release,
// else what `@latest` says.
async function resolveLatest(fetcher: ModuleFetcher, path: string): Promise<RevInfo> {
  let versions: string[] = [];
  try {
    versions = await fetcher.versions(path);
  } catch (err) {
    if (!(err instanceof FetchError && err.notFound)) throw err;
  }
  const releases = versions.filter((v) => semver.prerelease(v) === '' && !isPseudoVersion(v));
  const pick = (releases.length > 0 ? releases : versions).at(-1);
  if (pick !== undefined) return fetcher.stat(path, pick);
  const latest = await fetcher.latestInfo(path);
  return fetcher.stat(path, latest.Version);
}

// A version prefix (v1, v1.2) selects the highest listed release with that prefix, as Go's query does.
async function resolvePrefix(fetcher: ModuleFetcher, path: string, query: string): Promise<RevInfo> {
  const matches = (await fetcher.versions(path)).filter((v) => (query.split('.').length === 1 ? semver.major(v) : semver.majorMinor(v)) === query);
  const releases = matches.filter((v) => semver.prerelease(v) === '');
  const pick = (releases.length > 0 ? releases : matches).at(-1);
  if (pick === undefined) throw new FetchError('not-found', `${path}@${query}: no matching versions for query "${query}"`);
  return fetcher.stat(path, pick);
}

async function resolve(fetcher: ModuleFetcher, path: string, query: string): Promise<RevInfo> {
  if (query === 'latest') return resolveLatest(fetcher, path);
  if (/^v\d+(\.\d+)?$/.test(query)) return resolvePrefix(fetcher, path, query);
  return fetcher.stat(path, query);
}

/** downloadModule downloads one `path@query` and describes the result; failures land in Error. */
export async function downloadModule(fetcher: ModuleFetcher, arg: string): Promise<DownloadedModule> {
  const split = splitModuleArg(arg);
  if (!split) return { Path: arg, Version: '', Error: `${arg}: module version required: use ${arg}@latest or ${arg}@<version>` };
  const { path, query } = split;
  const out: DownloadedModule = { Path: path, Version: query };
  const cache = fetcher.cache;
  try {
    const info = await resolve(fetcher, path, query);
    const mod = { path, version: info.Version };
    out.Version = info.Version;
    if (info.Version !== query) out.Query = query;
    out.Info = cache.cacheFile(mod, 'info');
    const goMod = await fetcher.goMod(mod);
    out.GoMod = cache.cacheFile(mod, 'mod');
    out.GoModSum = hashGoMod(goMod);
    const { file, hash } = await fetcher.zip(mod);
    out.Zip = file;
    out.Sum = hash;
    out.Dir = await fetcher.download(mod);
  } catch (err) {
    const version = canonicalVersion(out.Version) === out.Version ? out.Version : query;
    out.Error = redactCredentials(withModuleContext({ path, version }, err).message);
  }
  return inGoOrder(out);
}

const FIELD_ORDER: ReadonlyArray<keyof DownloadedModule> = ['Path', 'Version', 'Query', 'Error', 'Info', 'GoMod', 'Zip', 'Dir', 'Sum', 'GoModSum'];

function inGoOrder(m: DownloadedModule): DownloadedModule {
  const out: Record<string, string> = {};
  for (const key of FIELD_ORDER) if (m[key] !== undefined) out[key] = m[key] as string;
  return out as unknown as DownloadedModule;
}

/** downloadModules downloads every argument (a few at a time) and returns the results in order. */
export async function downloadModules(fetcher: ModuleFetcher, args: readonly string[], concurrency = 4): Promise<DownloadedModule[]> {
  return mapConcurrently(args, concurrency, (arg) => downloadModule(fetcher, arg));
}
