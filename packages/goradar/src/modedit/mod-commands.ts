/**
 * The implementations of `goradar mod json|fmt|check`: they read files, run the pure parsers of
 * @goradar/gomod and return data; the CLI prints it.
 */
import { resolve } from 'node:path';
import {
  encodeGoText,
  formatGoMod,
  formatGoWork,
  parseGoMod,
  parseGoWork,
  stringifyGoJson,
  toGoModJson,
  toGoWorkJson,
  type GoMod,
  type GoWork,
  type ParseResult,
} from '@goradar/gomod';
import { GoradarError } from '../errors.js';
import { writeFileAtomic } from '../fsutil/atomic-write.js';
import { modFileKind, readGoText } from './read-go-text.js';

/** ModFileOptions name the file as the user wrote it and where relative names start. */
export interface ModFileOptions {
  file: string;
  cwd: string;
}

type Parsed = { kind: 'go.mod'; value: GoMod } | { kind: 'go.work'; value: GoWork };

// parseModFile reads a go.mod or go.work; errors name the file as given, as go's do.
async function parseModFile(options: ModFileOptions): Promise<Parsed> {
  const text = await readGoText(resolve(options.cwd, options.file));
  const kind = modFileKind(options.file) === 'go.work' ? 'go.work' : 'go.mod';
  const r: ParseResult<GoMod | GoWork> = kind === 'go.work' ? parseGoWork(options.file, text) : parseGoMod(options.file, text);
  if (!r.ok) {
    throw new GoradarError('ERR_INVALID_FILE', `errors parsing ${options.file}:\n${r.errors.message}`, {
      hint: 'the text above is what the go command reports for this file',
    });
  }
  return kind === 'go.work' ? { kind, value: r.value as GoWork } : { kind, value: r.value as GoMod };
}

/** runModJson returns what `go mod edit -json FILE` (or `go work edit -json`) prints. */
export async function runModJson(options: ModFileOptions): Promise<string> {
  const parsed = await parseModFile(options);
  return stringifyGoJson(parsed.kind === 'go.work' ? toGoWorkJson(parsed.value) : toGoModJson(parsed.value));
}

/** ModFmtResult is the formatted file and whether it differs from the file on disk. */
export interface ModFmtResult {
  file: string;
  formatted: string;
  changed: boolean;
  written: boolean;
}

/**
 * runModFmt returns what `go mod edit -fmt` (or `go work edit -fmt`) would write; with write, it
 * replaces the file atomically when the text changes, byte for byte as go would.
 */
export async function runModFmt(options: ModFileOptions & { write: boolean }): Promise<ModFmtResult> {
  const path = resolve(options.cwd, options.file);
  const before = await readGoText(path);
  const parsed = await parseModFile(options);
  const formatted = parsed.kind === 'go.work' ? formatGoWork(parsed.value) : formatGoMod(parsed.value);
  const changed = formatted !== before;
  if (options.write && changed) {
    try {
      await writeFileAtomic(path, encodeGoText(formatted));
    } catch (err) {
      throw new GoradarError('ERR_IO', `cannot write ${options.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { cause: err });
    }
  }
  return { file: options.file, formatted, changed, written: options.write && changed };
}
