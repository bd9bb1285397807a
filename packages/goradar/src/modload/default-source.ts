import { fileURLToPath } from 'node:url';
import { ModuleNotFoundError } from '@goradar/gomod';
import type { Environment, GoEnv } from '../modfetch/go-env.js';
import { parseProxyList, type ProxySpec } from '../modfetch/proxy-list.js';
import { ChainSource } from './chain-source.js';
import { DownloadDirSource, type VersionInfo } from './download-dir-source.js';
import { ModuleCacheSource } from './module-cache-source.js';
import { NetworkSource } from './network-source.js';
import type { RequirementSource } from './requirement-source.js';
import type { SummaryIndex } from './summary-index.js';

/**
 * proxySpecs parses GOPROXY, or returns undefined when it does not parse: reading the module cache
 * needs no proxy, so a bad GOPROXY only fails a lookup that would use it (as in the go command).
 */
function proxySpecs(goEnv: GoEnv): ProxySpec[] | undefined {
  try {
    return parseProxyList(goEnv.GOPROXY, goEnv.GONOPROXY);
  } catch {
    return undefined;
  }
}

/** usesNetwork reports whether some lookup would leave the machine: an http(s) proxy, `direct`, or a GOPROXY that does not parse. */
export function usesNetwork(goEnv: GoEnv): boolean {
  const specs = proxySpecs(goEnv);
  return specs === undefined || specs.some((s) => s.kind === 'direct' || s.kind === 'noproxy' || (s.kind === 'url' && !s.url.startsWith('file:')));
}

/**
 * offlineSource is the requirement source that needs no network: the module cache first, then each
 * file:// GOPROXY directory in order. When GOPROXY reaches `off` with nothing else to ask, misses
 * read as the go command words them; when it names a network proxy, misses say that lookups were
 * switched off by offlineReason (`--offline`).
 */
export function offlineSource(goEnv: GoEnv, options: { index?: SummaryIndex; offlineReason?: string } = {}): RequirementSource {
  const end = usesNetwork(goEnv) ? [new LookupDisabledSource(options.offlineReason ?? '--offline')] : endOfList(goEnv);
  return new ChainSource([...localSources(goEnv, options.index), ...end]);
}

function localSources(goEnv: GoEnv, index: SummaryIndex | undefined): RequirementSource[] {
  const files = (proxySpecs(goEnv) ?? []).flatMap((s) => (s.kind === 'url' && s.url.startsWith('file:') ? [s.url] : []));
  return [new ModuleCacheSource(goEnv.GOMODCACHE, index), ...files.map((url) => new DownloadDirSource(fileURLToPath(url), url))];
}

function endOfList(goEnv: GoEnv): RequirementSource[] {
  return proxySpecs(goEnv)?.some((s) => s.kind === 'off') ? [new LookupDisabledSource('GOPROXY=off')] : [];
}

/** GraphSourceOptions say where a module graph's go.mod files may come from. */
export interface GraphSourceOptions {
  goEnv: GoEnv;
  /** env is the process environment (.netrc, HTTP settings, goradar's config directory) for network lookups. */
  env: Environment;
  /** online lets misses go to the GOPROXY list (verified against go.sum and the checksum database). */
  online: boolean;
  index?: SummaryIndex;
  /** offlineReason names what kept lookups offline, in error messages (default `--offline`). */
  offlineReason?: string;
  /** goSumFiles are the go.sum (and go.work.sum) files that fetched go.mod files must agree with. */
  goSumFiles?: readonly string[];
}

/** GraphSource is a requirement source and what releases it. */
export interface GraphSource {
  source: RequirementSource;
  /** skippedNetwork is true when the source is offline although GOPROXY names a network proxy (--offline). */
  skippedNetwork: boolean;
  /** close releases network connections and worker threads, if any were opened. */
  close(): Promise<void>;
}

/**
 * graphSource builds the requirement source of a graph command: offlineSource, or, online, the
 * module cache and file:// directories followed by the whole GOPROXY list (missing go.mod files are
 * fetched into the module cache, as the go command does). Nothing is opened until a lookup misses.
 */
export function graphSource(options: GraphSourceOptions): GraphSource {
  const network = options.online && usesNetwork(options.goEnv);
  if (!network) return { source: offlineSource(options.goEnv, options), skippedNetwork: usesNetwork(options.goEnv), close: async () => undefined };
  const remote = new NetworkSource({ env: options.env, goEnv: options.goEnv, ...(options.goSumFiles ? { goSumFiles: options.goSumFiles } : {}) });
  return { source: new ChainSource([...localSources(options.goEnv, options.index), remote]), skippedNetwork: false, close: () => remote.close() };
}

/** LookupDisabledSource ends a chain whose lookups are switched off: every miss reads `module lookup disabled by <why>`, as the go command words GOPROXY=off. */
export class LookupDisabledSource implements RequirementSource {
  readonly name: string;

  constructor(readonly why = 'GOPROXY=off') {
    this.name = why;
  }

  readGoMod(path: string, version: string): Promise<string> {
    return Promise.reject(new ModuleNotFoundError(path, version, `module lookup disabled by ${this.why}`));
  }

  info(path: string, version: string): Promise<VersionInfo | undefined> {
    // Offline by choice, a missing .info is unknown rather than missing: Time is simply left out.
    if (this.why !== 'GOPROXY=off') return Promise.resolve(undefined);
    return Promise.reject(new ModuleNotFoundError(path, version, `module lookup disabled by ${this.why}`));
  }

  hasInfo(): boolean | undefined {
    return this.why === 'GOPROXY=off' ? false : undefined;
  }
}
