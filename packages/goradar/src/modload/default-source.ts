import { fileURLToPath } from 'node:url';
import { ModuleNotFoundError } from '@goradar/gomod';
import { ChainSource } from './chain-source.js';
import { DownloadDirSource } from './download-dir-source.js';
import type { GoEnv } from './go-env.js';
import { ModuleCacheSource } from './module-cache-source.js';
import type { RequirementSource } from './requirement-source.js';
import type { VersionInfo } from './download-dir-source.js';
import type { SummaryIndex } from './summary-index.js';

/**
 * offlineSource is the requirement source that needs no network: the module cache first, then each
 * file:// GOPROXY directory. A network proxy client is appended to the chain by callers that may go
 * online.
 */
export function offlineSource(env: GoEnv, extra: readonly RequirementSource[] = [], index?: SummaryIndex): RequirementSource {
  const proxies = fileProxyEntries(env.goProxy).map((url) => new DownloadDirSource(fileURLToPath(url), url));
  const off = env.goProxy.trim() === 'off' ? [new LookupDisabledSource()] : [];
  return new ChainSource([new ModuleCacheSource(env.modCache, index), ...proxies, ...extra, ...off]);
}

/** fileProxyEntries returns the file:// entries of a GOPROXY list, as written. */
export function fileProxyEntries(goProxy: string): string[] {
  return goProxy
    .split(/[,|]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.startsWith('file://'));
}

/** LookupDisabledSource ends a chain under GOPROXY=off: every miss reads as the go command reports it. */
export class LookupDisabledSource implements RequirementSource {
  readonly name = 'GOPROXY=off';

  readGoMod(path: string, version: string): Promise<string> {
    return Promise.reject(new ModuleNotFoundError(path, version, 'module lookup disabled by GOPROXY=off'));
  }

  info(path: string, version: string): Promise<VersionInfo | undefined> {
    return Promise.reject(new ModuleNotFoundError(path, version, 'module lookup disabled by GOPROXY=off'));
  }

  hasInfo(): boolean {
    return false;
  }
}
