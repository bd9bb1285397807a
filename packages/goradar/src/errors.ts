/**
 * ErrorCode is the stable, documented identifier of a goradar failure (see docs/errors.md).
 * Codes never change meaning once published; new failures get new codes.
 */
export type ErrorCode = `ERR_${string}`;

/** ExitCode is what the CLI returns: 0 ok, 1 problems found, 2 usage, 3 environment, 4 internal. */
export type ExitCode = 0 | 1 | 2 | 3 | 4;

/** GoradarErrorOptions describe a GoradarError beyond its message. */
export interface GoradarErrorOptions {
  /** hint tells the user what to do about it. */
  hint?: string;
  /** exitCode overrides the exit code derived from the code's family. */
  exitCode?: ExitCode;
  cause?: unknown;
}

/**
 * GoradarError is a domain error with a stable code and an optional hint. Messages never carry
 * credentials: they are redacted on construction.
 */
export class GoradarError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;

  constructor(code: ErrorCode, message: string, options: GoradarErrorOptions = {}) {
    super(redactCredentials(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GoradarError';
    this.code = code;
    this.hint = options.hint === undefined ? undefined : redactCredentials(options.hint);
    this.exitCode = options.exitCode ?? defaultExitCode(code);
  }
}

const problemCodes = new Set<ErrorCode>(['ERR_INVALID_FILE', 'ERR_CHECKSUM_MISMATCH', 'ERR_VERIFY_FAILED', 'ERR_GATE_FAILED']);

function defaultExitCode(code: ErrorCode): ExitCode {
  if (code === 'ERR_USAGE') return 2;
  if (code === 'ERR_INTERNAL') return 4;
  return problemCodes.has(code) ? 1 : 3;
}

/** isGoradarError reports whether err is a GoradarError. */
export function isGoradarError(err: unknown): err is GoradarError {
  return err instanceof GoradarError;
}

const urlUserInfo = /\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi;

/** redactCredentials removes user:password@ from every URL in text. */
export function redactCredentials(text: string): string {
  return text.replace(urlUserInfo, '$1');
}
