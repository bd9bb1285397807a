import { parseGoMod, parseGoWork } from '@goradar/gomod';

/** ParsedPosition is where a directive was written. */
interface ParsedDirective {
  position: { line: number };
}

/** ParsedGoMod is the part of a parsed go.mod (gomod's GoMod) the scan records. */
export interface ParsedGoMod {
  module?: { path: string; deprecated?: string };
  go?: { version: string };
  toolchain?: { name: string };
  require: Array<ParsedDirective & { path: string; version: string; indirect: boolean }>;
  exclude: Array<ParsedDirective & { path: string; version: string }>;
  replace: Array<ParsedDirective & { old: { path: string; version?: string }; new: { path: string; version?: string } }>;
  retract: Array<ParsedDirective & { low: string; high: string; rationale: string }>;
}

/** ParsedGoWork is the part of a parsed go.work (gomod's GoWork) the scan records. */
export interface ParsedGoWork {
  go?: { version: string };
  toolchain?: { name: string };
  use: Array<{ path: string }>;
}

/** Parsed is a parse outcome: the value or Go's error text. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** ManifestParsers parse go.mod and go.work text as the go command does. */
export interface ManifestParsers {
  parseGoMod(file: string, text: string): Parsed<ParsedGoMod>;
  parseGoWork(file: string, text: string): Parsed<ParsedGoWork>;
}

/** coreManifestParsers returns @goradar/gomod's strict go.mod and go.work parsers. */
export function coreManifestParsers(): ManifestParsers {
  return {
    parseGoMod: (file, text) => toParsed<ParsedGoMod>(() => parseGoMod(file, text), file),
    parseGoWork: (file, text) => toParsed<ParsedGoWork>(() => parseGoWork(file, text), file),
  };
}

function toParsed<T>(parse: () => { ok: true; value: T } | { ok: false; errors: { message: string } }, file: string): Parsed<T> {
  try {
    const result = parse();
    return result.ok ? { ok: true, value: result.value } : { ok: false, error: result.errors.message };
  } catch (err) {
    return { ok: false, error: `${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
}
