// goradar: the library behind the CLI.
export { GoradarError, isGoradarError, redactCredentials } from './errors.js';
export type { ErrorCode, ExitCode } from './errors.js';
