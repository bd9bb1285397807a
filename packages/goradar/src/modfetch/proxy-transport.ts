/**
 * Getting files from one proxy URL: file:// from disk, http(s) through the HttpClient with retries and
 * backoff on 5xx, 429, timeouts and broken connections (never on 404/410). Errors read like Go's
 * (`reading <url>: 404 Not Found` + up to 8 lines of the server's text response).
 */
import { open, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FetchError } from './fetch-error.js';
import { displayUrl, HttpError, type HttpClient, type HttpResult } from './http-client.js';

/** RetryPolicy says how often and how patiently transient failures are retried. */
export interface RetryPolicy {
  /** retries after the first attempt (default 3). */
  retries: number;
  /** baseDelayMs is the first backoff; it doubles each time, with jitter (default 250). */
  baseDelayMs: number;
  /** maxDelayMs caps a single wait, Retry-After included (default 10 s). */
  maxDelayMs: number;
}

/** DEFAULT_RETRY_POLICY is used when none is given. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, baseDelayMs: 250, maxDelayMs: 10_000 };

/** Sink receives a streamed body; reset discards what it got before a retry. */
export interface Sink {
  write(chunk: Buffer): Promise<void>;
  reset(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function statusText(result: HttpResult): string {
  return `${result.status} ${result.statusText}`.trim();
}

function serverDetail(body: Buffer): string {
  const text = body.toString('utf8');
  if (text.includes('\ufffd') || hasControlCharacters(text.replace(/\r\n/g, '\n'))) return '';
  const lines = text.replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim() !== '');
  const kept = lines.slice(0, 8);
  if (lines.length > 8) kept.push('[Truncated: too many lines.]');
  return kept.join('\n\t');
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a && c !== 0x09) || c === 0x7f) return true;
  }
  return false;
}

function httpStatusError(result: HttpResult): FetchError {
  const detail = serverDetail(result.body);
  const sep = detail.includes('\n') ? '\n\t' : ' ';
  const message = `reading ${result.url}: ${statusText(result)}${detail ? `\n\tserver response:${sep}${detail}` : ''}`;
  const notFound = result.status === 404 || result.status === 410;
  return new FetchError(notFound ? 'not-found' : 'failed', message, { retryable: result.status === 429 || result.status >= 500 });
}

function retryAfterMs(result: HttpResult | undefined): number | undefined {
  const header = result?.headers['retry-after'];
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** ProxyTransport gets proxy files with the retry policy. */
export class ProxyTransport {
  constructor(
    private readonly http: HttpClient,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  ) {}

  /** getBytes returns the body of url, at most maxBytes long. */
  async getBytes(url: string, maxBytes: number): Promise<Buffer> {
    if (url.startsWith('file:')) return readFileUrl(url, maxBytes);
    return this.withRetries(url, maxBytes, undefined);
  }

  /** getToSink streams the body of url (at most maxBytes) into sink. */
  async getToSink(url: string, maxBytes: number, sink: Sink): Promise<void> {
    if (url.startsWith('file:')) return void (await sink.write(await readFileUrl(url, maxBytes)));
    await this.withRetries(url, maxBytes, sink);
  }

  private async withRetries(url: string, maxBytes: number, sink: Sink | undefined): Promise<Buffer> {
    for (let attempt = 0; ; attempt++) {
      let result: HttpResult | undefined;
      let failure: FetchError;
      try {
        if (sink) await sink.reset();
        result = await this.http.get(url, { maxBytes, sink: sink ? (chunk) => sink.write(chunk) : undefined });
        if (result.status === 200) return result.body;
        failure = httpStatusError(result);
      } catch (err) {
        failure = toFetchError(err, url);
      }
      if (!failure.retryable || attempt >= this.policy.retries) throw failure;
      const backoff = this.policy.baseDelayMs * 2 ** attempt * (0.5 + Math.random() / 2);
      await sleep(Math.min(this.policy.maxDelayMs, retryAfterMs(result) ?? backoff));
    }
  }
}

function toFetchError(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  if (err instanceof HttpError) {
    return new FetchError('failed', err.message, { retryable: err.kind === 'timeout' || err.kind === 'network', cause: err });
  }
  return new FetchError('failed', `reading ${displayUrl(url)}: ${(err as Error).message}`, { cause: err });
}

async function readFileUrl(url: string, maxBytes: number): Promise<Buffer> {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (err) {
    throw new FetchError('failed', `reading ${url}: ${(err as Error).message}`);
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw new FetchError('failed', `reading ${url}: file larger than ${maxBytes} bytes`);
    const handle = await open(path, 'r');
    try {
      return await readFile(handle);
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FetchError('not-found', `reading ${url}: no such file or directory`);
    throw new FetchError('failed', `reading ${url}: ${(err as Error).message}`);
  }
}
