/**
 * The HTTP layer of module fetching, behind a small interface: keep-alive agents, a bound on requests
 * in flight, an idle timeout that catches stalled servers, a size limit on every body, redirects,
 * and credentials (URL user info or .netrc) that never reach a message.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { redactCredentials } from '../errors.js';
import { netrcAuthorization, type NetrcEntry } from './netrc.js';

/** HttpGetOptions limit one GET. */
export interface HttpGetOptions {
  /** maxBytes is the largest body accepted; more fails with HttpError kind 'too-large'. */
  maxBytes: number;
  /** sink receives the body of a 200 response chunk by chunk instead of buffering it. */
  sink?: (chunk: Buffer) => Promise<void>;
}

/** HttpResult is a completed response. body is empty when a sink took it. */
export interface HttpResult {
  status: number;
  statusText: string;
  /** url is the final URL after redirects, without credentials. */
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Buffer;
}

/** HttpErrorKind says why a request failed before a complete response arrived. */
export type HttpErrorKind = 'timeout' | 'network' | 'too-large' | 'redirects';

/** HttpError is a request that did not produce a complete response. */
export class HttpError extends Error {
  readonly kind: HttpErrorKind;
  constructor(kind: HttpErrorKind, message: string) {
    super(redactCredentials(message));
    this.name = 'HttpError';
    this.kind = kind;
  }
}

/** HttpClient performs GET requests. */
export interface HttpClient {
  get(url: string, options: HttpGetOptions): Promise<HttpResult>;
  /** close releases kept-alive sockets. */
  close(): void;
}

/** NodeHttpClientOptions configure createNodeHttpClient. */
export interface NodeHttpClientOptions {
  /** concurrency bounds requests in flight (default 8). */
  concurrency?: number;
  /** idleTimeoutMs fails a request whose server sends nothing for this long (default 30 s). */
  idleTimeoutMs?: number;
  netrc?: readonly NetrcEntry[];
  userAgent?: string;
}

/** Semaphore bounds how many tasks run at once. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly limit: number) {}

  /** run waits for a free slot and runs task in it. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/** displayUrl returns url without user info, for messages. */
export function displayUrl(url: URL | string): string {
  const u = new URL(String(url));
  u.username = '';
  u.password = '';
  return u.toString();
}

interface RequestContext {
  options: HttpGetOptions;
  idleTimeoutMs: number;
  agents: { http: HttpAgent; https: HttpsAgent };
  headers: Record<string, string>;
}

function authorizationFor(url: URL, netrc: readonly NetrcEntry[]): string | undefined {
  if (url.username !== '' || url.password !== '') {
    return `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  }
  return netrcAuthorization(netrc, url);
}

// The sink writes in the background, in order; the response is paused only while the sink lags
// this far behind, so a fast server is not stopped at every chunk.
const SINK_LAG_BYTES = 1 << 20;

interface SinkQueue {
  push(chunk: Buffer): void;
  /** drained resolves once every pushed chunk is written, or rejects with the first write's failure. */
  drained(): Promise<void>;
}

function sinkQueue(res: IncomingMessage, sink: (chunk: Buffer) => Promise<void>): SinkQueue {
  let pending = Promise.resolve();
  let lag = 0;
  let failure: Error | undefined;
  const written = (bytes: number) => {
    lag -= bytes;
    if (lag <= SINK_LAG_BYTES / 2 && res.isPaused()) res.resume();
  };
  const fail = (err: Error) => {
    failure ??= err;
    res.destroy(err);
  };
  return {
    push: (chunk) => {
      lag += chunk.length;
      if (lag > SINK_LAG_BYTES) res.pause();
      pending = pending.then(() => (failure ? undefined : sink(chunk).then(() => written(chunk.length), fail)));
    },
    drained: () =>
      pending.then(() => {
        if (failure) throw failure;
      }),
  };
}

function readBody(res: IncomingMessage, ctx: RequestContext, url: URL): Promise<Buffer> {
  const sink = res.statusCode === 200 && ctx.options.sink !== undefined ? sinkQueue(res, ctx.options.sink) : undefined;
  // Error bodies are read only as far as a message needs.
  const limit = res.statusCode === 200 ? ctx.options.maxBytes : Math.min(ctx.options.maxBytes, 64 * 1024);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (res.statusCode !== 200) {
        if (size <= limit) chunks.push(chunk);
        return;
      }
      if (size > limit) return void res.destroy(new HttpError('too-large', `reading ${displayUrl(url)}: response larger than ${limit} bytes`));
      if (sink) sink.push(chunk);
      else chunks.push(chunk);
    });
    res.on('end', () => (sink?.drained() ?? Promise.resolve()).then(() => resolve(Buffer.concat(chunks)), reject));
    res.on('error', reject);
    res.on('aborted', () => reject(new HttpError('network', `reading ${displayUrl(url)}: connection closed before the response was complete`)));
  });
}

function requestOnce(url: URL, ctx: RequestContext, netrc: readonly NetrcEntry[]): Promise<{ res: IncomingMessage; body: Buffer } | { redirect: URL }> {
  return new Promise((resolve, reject) => {
    const isHttps = url.protocol === 'https:';
    const headers: Record<string, string> = { ...ctx.headers };
    const auth = authorizationFor(url, netrc);
    if (auth) headers.authorization = auth;
    const target = new URL(url.toString());
    target.username = '';
    target.password = '';
    const req = (isHttps ? httpsRequest : httpRequest)(target, { method: 'GET', headers, agent: isHttps ? ctx.agents.https : ctx.agents.http });
    req.setTimeout(ctx.idleTimeoutMs, () => req.destroy(new HttpError('timeout', `reading ${displayUrl(url)}: timeout: no data for ${ctx.idleTimeoutMs} ms`)));
    req.on('error', (err) => reject(err instanceof HttpError ? err : new HttpError('network', `reading ${displayUrl(url)}: ${err.message}`)));
    req.on('response', (res) => {
      const location = res.headers.location;
      if (res.statusCode !== undefined && [301, 302, 303, 307, 308].includes(res.statusCode) && location) {
        res.resume();
        return resolve({ redirect: new URL(location, url) });
      }
      readBody(res, ctx, url).then((body) => resolve({ res, body }), (err) => reject(err instanceof HttpError ? err : new HttpError('network', `reading ${displayUrl(url)}: ${(err as Error).message}`)));
    });
    req.end();
  });
}

/** createNodeHttpClient returns an HttpClient built on node:http(s) with keep-alive agents. */
export function createNodeHttpClient(options: NodeHttpClientOptions = {}): HttpClient {
  const concurrency = options.concurrency ?? 8;
  const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: concurrency }), https: new HttpsAgent({ keepAlive: true, maxSockets: concurrency }) };
  const semaphore = new Semaphore(concurrency);
  const netrc = options.netrc ?? [];
  const headers = { 'user-agent': options.userAgent ?? 'goradar', accept: '*/*' };
  return {
    get: (raw, getOptions) =>
      semaphore.run(async () => {
        const ctx: RequestContext = { options: getOptions, idleTimeoutMs: options.idleTimeoutMs ?? 30_000, agents, headers };
        let url = new URL(raw);
        for (let hops = 0; hops <= 10; hops++) {
          // Credentials from the original URL never travel to another host on a redirect.
          const outcome = await requestOnce(url, ctx, netrc);
          if ('redirect' in outcome) {
            url = outcome.redirect;
            continue;
          }
          const { res, body } = outcome;
          return { status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', url: displayUrl(url), headers: res.headers, body };
        }
        throw new HttpError('redirects', `reading ${displayUrl(raw)}: stopped after 10 redirects`);
      }),
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
