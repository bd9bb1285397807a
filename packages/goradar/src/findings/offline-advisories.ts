import { fileURLToPath } from 'node:url';
import { parseProxyList } from '../modfetch/proxy-list.js';
import { ChainSource } from '../modload/chain-source.js';
import { DownloadDirSource } from '../modload/download-dir-source.js';
import { readGoEnv } from '../modload/go-env.js';
import { ModuleCacheSource } from '../modload/module-cache-source.js';
import type { RequirementSource } from '../modload/requirement-source.js';
import { advisoryTable, collectAdvisories, type ModuleAdvisories } from './advisories.js';

/**
 * offlineAdvisorySource is where retractions and deprecations can be read without the network:
 * every file:// entry of GOPROXY (in order), then the module cache's download directory.
 * An invalid GOPROXY contributes nothing rather than failing the report.
 */
export function offlineAdvisorySource(env: Readonly<Record<string, string | undefined>>, home: string): RequirementSource {
  const goEnv = readGoEnv(env, home);
  const sources: RequirementSource[] = [];
  try {
    for (const spec of goEnv.goProxy === '' ? [] : parseProxyList(goEnv.goProxy)) {
      if (spec.kind === 'url' && spec.url.startsWith('file:')) sources.push(new DownloadDirSource(fileURLToPath(spec.url)));
    }
  } catch {
    // GOPROXY does not parse: the scan reports that; advisories fall back to the module cache.
  }
  sources.push(new ModuleCacheSource(goEnv.modCache));
  return new ChainSource(sources);
}

/** loadOfflineAdvisories reads the advisories of paths from the offline sources of env. */
export async function loadOfflineAdvisories(
  paths: Iterable<string>,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): Promise<ModuleAdvisories> {
  return advisoryTable(await collectAdvisories(offlineAdvisorySource(env, home), paths));
}
