/**
 * parseGoFile: the parser's entry point. It never throws on bad input: the first error (lexical or
 * syntactic, whichever stands first in the file) comes back as data with its line and column, and
 * the declarations read before it are kept.
 */
import { positionOf } from '../scanner/position.js';
import { Scanner } from '../scanner/scanner.js';
import { decodeSource, textCharErrors, type CharError } from '../scanner/source.js';
import type { GoFile } from './ast.js';
import { parseSourceFile } from './parse-decl.js';
import { Bailout, Parser } from './parser-core.js';

/** GoSyntaxError is the first error of a file, positioned as Go positions it (1-based line, byte column). */
export interface GoSyntaxError {
  line: number;
  column: number;
  message: string;
}

/** ParsedFile is a parse result: the tree (possibly partial), the scanner's bookkeeping and the first error. */
export interface ParsedFile {
  /** file is null only when the input is not Go text at all (binary, UTF-16, too large). */
  file: GoFile | null;
  /** scanner has the line starts, code/comment line flags and directive comments of the text. */
  scanner: Scanner | null;
  error: GoSyntaxError | null;
  /** nonGo says why the input was not scanned (binary, utf16, too-large), if it was not. */
  nonGo: 'binary' | 'utf16' | 'too-large' | null;
  text: string;
  ascii: boolean;
}

/** formatSyntaxError prints an error as Go does: `name:line:column: message`. */
export function formatSyntaxError(name: string, err: GoSyntaxError): string {
  return `${name}:${err.line}:${err.column}: ${err.message}`;
}

/** parseGoText parses decoded Go source text; charErrors are errors found while decoding. */
export function parseGoText(text: string, options: { ascii?: boolean; charErrors?: CharError[] } = {}): ParsedFile {
  const ascii = options.ascii ?? isAscii(text);
  const scanner = new Scanner(text);
  const file: GoFile = { pos: 0, name: { kind: 'Ident', pos: 0, name: '' }, imports: [], decls: [] };
  let failure: { index: number; message: string } | undefined;
  let parser: Parser | undefined;
  try {
    parser = new Parser(scanner);
    parseSourceFile(parser, file);
  } catch (e) {
    if (e instanceof Bailout) failure = { index: e.index, message: e.message };
    else if (e instanceof RangeError) failure = { index: parser?.pos ?? scanner.pos, message: 'exceeded max nesting depth' };
    else throw e;
    // Finish scanning so line counts and directives cover the whole file.
    while (scanner.tok !== 0) scanner.next();
  }
  file.imports = parser?.imports ?? [];
  const charErrors = options.charErrors ?? textCharErrors(text);
  // At equal positions the lexical error is the one Go prints first.
  const candidates = [scanner.firstError, charErrors[0], failure].filter((c): c is { index: number; message: string } => c !== undefined);
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  const error = first ? { ...positionOf(text, scanner.lineStarts, first.index, ascii), message: first.message } : null;
  return { file, scanner, error, nonGo: null, text, ascii };
}

/** parseGoFile decodes bytes (UTF-8, possibly invalid or binary) and parses them. */
export function parseGoFile(bytes: Uint8Array): ParsedFile {
  const source = decodeSource(bytes);
  if (source.kind === 'non-go') {
    return { file: null, scanner: null, error: { line: 1, column: 1, message: source.message }, nonGo: source.reason, text: '', ascii: true };
  }
  return parseGoText(source.text, { ascii: source.ascii, charErrors: source.charErrors });
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
