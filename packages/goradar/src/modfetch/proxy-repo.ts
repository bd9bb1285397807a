/**
 * One module at one GOPROXY URL: `@v/list`, `.info`, `.mod`, `.zip` and `@latest`, with the URL
 * escaping cmd/go uses and every response validated. https://go.dev/ref/mod#goproxy-protocol
 */
import { canonicalVersion, check, escapePath, escapeVersion, InvalidVersionError, isPseudoVersion, ModuleError, semver } from '@goradar/gomod';
import { redactCredentials } from '../errors.js';
import { FetchError } from './fetch-error.js';
import type { ProxyTransport, Sink } from './proxy-transport.js';
import { parseRevInfo, type RevInfo } from './rev-info.js';
import { MAX_ZIP_FILE } from './zip-check.js';

/** MAX_SMALL_RESPONSE bounds `.info`, `.mod`, `@v/list` and `@latest` bodies (go.mod's 16 MiB limit plus room). */
export const MAX_SMALL_RESPONSE = 32 << 20;

/** goPathEscape escapes s as Go's url.PathEscape does, keeping `/` (so `!` becomes %21). */
export function goPathEscape(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~$&+,:;=@/]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** ProxyRepo reads one module from one proxy base URL. */
export class ProxyRepo {
  private readonly base: string;

  constructor(
    private readonly baseUrl: string,
    readonly path: string,
    private readonly transport: ProxyTransport,
  ) {
    this.base = `${baseUrl.replace(/\/+$/, '')}/${goPathEscape(escapePath(path))}`;
  }

  /** versionError ties err to this module and version, as cmd/go's proxyRepo.versionError does. */
  versionError(version: string, cause: unknown): FetchError {
    const err = asFetchError(cause);
    if (version !== '' && version !== canonicalVersion(version)) {
      const detail = new InvalidVersionError(version, err.message, isPseudoVersion(version));
      return err.withMessage(new ModuleError(this.path, version, detail).message);
    }
    return err.withMessage(new ModuleError(this.path, version, err).message);
  }

  private url(file: string): string {
    return `${this.base}/${file}`;
  }

  private invalid(detail: string): FetchError {
    return new FetchError('failed', `invalid response from proxy ${JSON.stringify(redactCredentials(this.baseUrl))}: ${detail}`);
  }

  /** versionLines returns the lines of `@v/list` (version and optional time per line). */
  async listLines(): Promise<Array<{ version: string; time?: string }>> {
    let body: Buffer;
    try {
      body = await this.transport.getBytes(this.url('@v/list'), MAX_SMALL_RESPONSE);
    } catch (err) {
      throw asFetchError(err).withMessage(new ModuleError(this.path, '', err as Error).message);
    }
    const out: Array<{ version: string; time?: string }> = [];
    for (const line of body.toString('utf8').split('\n')) {
      const fields = line.trim().split(/\s+/).filter(Boolean);
      if (fields.length === 0 || !semver.isValid(fields[0] as string)) continue;
      out.push({ version: fields[0] as string, time: fields[1] });
    }
    return out;
  }

  /** versions returns the tagged versions of `@v/list` (pseudo-versions dropped), sorted. */
  async versions(): Promise<string[]> {
    const lines = await this.listLines();
    return semver.sort(lines.map((l) => l.version).filter((v) => !isPseudoVersion(v)));
  }

  /** stat returns the `.info` of rev (a version or a query the proxy resolves). */
  async stat(rev: string): Promise<RevInfo> {
    let body: Buffer;
    try {
      body = await this.transport.getBytes(this.url(`@v/${goPathEscape(escapeVersion(rev))}.info`), MAX_SMALL_RESPONSE);
    } catch (err) {
      throw this.versionError(rev, err);
    }
    let info: RevInfo;
    try {
      info = parseRevInfo(body);
    } catch (err) {
      throw this.versionError(rev, this.invalid((err as Error).message));
    }
    if (info.Version !== rev && rev === canonicalVersion(rev) && check(this.path, rev) === undefined) {
      throw this.versionError(rev, new FetchError('failed', `proxy returned info for version ${info.Version} instead of requested version`));
    }
    return info;
  }

  /** latest returns `@latest`, the proxy's answer when the list has no usable tagged version. */
  async latest(): Promise<RevInfo> {
    let body: Buffer;
    try {
      body = await this.transport.getBytes(this.url('@latest'), MAX_SMALL_RESPONSE);
    } catch (err) {
      throw asFetchError(err).withMessage(new ModuleError(this.path, '', err as Error).message);
    }
    try {
      return parseRevInfo(body);
    } catch (err) {
      throw this.invalid((err as Error).message);
    }
  }

  /** goMod returns the `.mod` file of a canonical version, exactly as served. */
  async goMod(version: string): Promise<Buffer> {
    try {
      return await this.transport.getBytes(this.url(`@v/${goPathEscape(escapeVersion(version))}.mod`), MAX_SMALL_RESPONSE);
    } catch (err) {
      throw this.versionError(version, err);
    }
  }

  /** zip streams the `.zip` of a canonical version into sink (at most 500 MiB). */
  async zip(version: string, sink: Sink): Promise<void> {
    try {
      await this.transport.getToSink(this.url(`@v/${goPathEscape(escapeVersion(version))}.zip`), MAX_ZIP_FILE, sink);
    } catch (err) {
      const e = asFetchError(err);
      throw this.versionError(version, e.message.includes('larger than') ? e.withMessage('downloaded zip file too large') : e);
    }
  }
}

/** asFetchError turns any failure into a FetchError (kind 'failed' unless it already is one). */
export function asFetchError(err: unknown): FetchError {
  return err instanceof FetchError ? err : new FetchError('failed', err instanceof Error ? err.message : String(err), { cause: err });
}
