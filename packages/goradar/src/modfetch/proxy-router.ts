/**
 * Trying the GOPROXY list for one module, as cmd/go's TryProxies and lookup do: GONOPROXY paths never
 * go to a proxy, `,` falls through only on not-found, `|` on any error, and the most useful error is
 * reported (direct/noproxy first, then real proxy failures, then not-found).
 */
import { matchPrefixPatterns } from '@goradar/gomod';
import { FetchError } from './fetch-error.js';
import type { ProxySpec } from './proxy-list.js';
import { ProxyRepo } from './proxy-repo.js';
import type { ProxyTransport } from './proxy-transport.js';

const DIRECT_HINT =
  'goradar fetches modules only through a module proxy; fetching directly from version control (GOPROXY=direct, or GOPRIVATE/GONOPROXY paths) is not supported. ' +
  'Set GOPROXY to a proxy that serves this module (e.g. GOPROXY=https://proxy.golang.org, or a private proxy such as Athens for private modules), or fill the module cache with `go mod download` first.';

/** directUnsupported is the error for a module that would be fetched from version control. */
export function directUnsupported(path: string, why: string, previous?: FetchError): FetchError {
  const before = previous ? ` (${previous.message.replace(/\n[\s\S]*/, '')})` : '';
  return new FetchError('direct-unsupported', `${path}: ${why}: direct fetching from version control is not supported by goradar${before}. ${DIRECT_HINT}`);
}

/** ProxyRouter tries the configured proxies in order for a module path. */
export class ProxyRouter {
  constructor(
    readonly specs: readonly ProxySpec[],
    private readonly gonoproxy: string,
    private readonly transport: ProxyTransport,
  ) {}

  /** urlProxies lists the http(s)/file proxy URLs of the list, in order. */
  get urlProxies(): string[] {
    return this.specs.flatMap((s) => (s.kind === 'url' ? [s.url] : []));
  }

  private attempt(spec: ProxySpec, path: string, lastNotFound: FetchError | undefined): ProxyRepo | FetchError {
    const private_ = matchPrefixPatterns(this.gonoproxy, path);
    if (private_) {
      if (spec.kind === 'noproxy' || spec.kind === 'direct') return directUnsupported(path, 'matches GOPRIVATE/GONOPROXY', lastNotFound);
      return new FetchError('not-found', 'disabled by GOPRIVATE/GONOPROXY');
    }
    switch (spec.kind) {
      case 'off':
        return new FetchError('not-found', 'module lookup disabled by GOPROXY=off');
      case 'direct':
        return directUnsupported(path, 'GOPROXY lists "direct"', lastNotFound);
      case 'noproxy':
        return new FetchError('not-found', 'path does not match GOPRIVATE/GONOPROXY');
      default:
        return new ProxyRepo(spec.url, path, this.transport);
    }
  }

  /**
   * tryProxies runs fn against each proxy in turn until one succeeds, falling through as the list's
   * separators allow, and throws the most useful error otherwise.
   */
  async tryProxies<T>(path: string, fn: (repo: ProxyRepo) => Promise<T>): Promise<T> {
    let best: FetchError | undefined;
    let bestRank = 0;
    let lastNotFound: FetchError | undefined;
    for (const spec of this.specs) {
      const target = this.attempt(spec, path, lastNotFound);
      let err: FetchError;
      if (target instanceof FetchError) {
        err = target;
      } else {
        try {
          return await fn(target);
        } catch (e) {
          err = e instanceof FetchError ? e : new FetchError('failed', (e as Error).message, { cause: e });
        }
      }
      const isUseProxy = spec.kind === 'noproxy' && err.notFound;
      if (err.kind === 'direct-unsupported' || (spec.kind === 'noproxy' && !isUseProxy)) {
        [best, bestRank] = [err, 2];
      } else if (bestRank <= 1 && !err.notFound) {
        [best, bestRank] = [err, 1];
      } else if (bestRank === 0) {
        best = err;
      }
      if (err.notFound && spec.kind === 'url') lastNotFound = err;
      if (!spec.fallBackOnError && !err.notFound) break;
    }
    throw best ?? new FetchError('not-found', `${path}: no proxy to try`);
  }
}
