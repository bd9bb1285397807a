/**
 * FetchError is a failure to get something from a module source. notFound marks Go's fs.ErrNotExist
 * family (404, 410, a missing file, GOPROXY=off …), which lets a `,`-separated GOPROXY list fall
 * through to its next entry. Messages carry no credentials.
 */
import { redactCredentials } from '../errors.js';

/** FetchErrorKind classifies a FetchError for reporting and fallback. */
export type FetchErrorKind = 'not-found' | 'failed' | 'direct-unsupported' | 'security';

/** FetchError is a failure to get something from a module source. */
export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  /** retryable marks transient failures (5xx, 429, timeouts, broken connections). */
  readonly retryable: boolean;

  constructor(kind: FetchErrorKind, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(redactCredentials(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FetchError';
    this.kind = kind;
    this.retryable = options.retryable ?? false;
  }

  /** notFound reports whether this is a not-found error (404/410, missing file, lookup disabled). */
  get notFound(): boolean {
    return this.kind === 'not-found';
  }

  /** withMessage returns the same error with a new message (for adding module context). */
  withMessage(message: string): FetchError {
    return new FetchError(this.kind, message, { retryable: this.retryable, cause: this });
  }
}

/** isNotFound reports whether err is a not-found FetchError. */
export function isNotFound(err: unknown): boolean {
  return err instanceof FetchError && err.notFound;
}
