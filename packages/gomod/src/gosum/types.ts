/**
 * Types of go.sum / go.work.sum files: one checksum per line, `<module> <version>[/go.mod] <hash>`.
 * https://go.dev/ref/mod#go-sum-files
 */

/** GoSumEntry is one checksum line. */
export interface GoSumEntry {
  path: string;
  /** version may end in `/go.mod` (the hash of the go.mod file alone). */
  version: string;
  hash: string;
  /** line is the 1-based line number in the file. */
  line: number;
}

/** GoSumSeverity says whether a problem breaks the file for go (error) or is only suspicious. */
export type GoSumSeverity = 'error' | 'warning';

/** ParsedGoSum is a parsed go.sum: its entries and the problems found, in line order. */
export interface ParsedGoSum {
  file: string;
  entries: GoSumEntry[];
  problems: GoSumProblem[];
}

/** GoSumProblemInit describes a GoSumProblem. */
export interface GoSumProblemInit {
  file: string;
  line: number;
  /** column counts code points from 1; 0 when the whole line is meant. */
  column?: number;
  severity: GoSumSeverity;
  message: string;
}

/**
 * GoSumProblem is a malformed or suspicious go.sum line. toString() prints `file:line: message`
 * (with `:col` when it points into the line), the form go uses for its own go.sum errors.
 */
export class GoSumProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: GoSumSeverity;
  readonly message: string;

  constructor(init: GoSumProblemInit) {
    this.file = init.file;
    this.line = init.line;
    this.column = init.column ?? 0;
    this.severity = init.severity;
    this.message = init.message;
  }

  /** toString returns `file:line[:col]: message`. */
  toString(): string {
    const col = this.column > 1 ? `:${this.column}` : '';
    return `${this.file}:${this.line}${col}: ${this.message}`;
  }

  /** toJSON gives the plain fields plus the printed text, for --json output. */
  toJSON(): Record<string, string | number> {
    return { file: this.file, line: this.line, column: this.column, severity: this.severity, message: this.message, text: this.toString() };
  }
}
