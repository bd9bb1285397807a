/**
 * go.sum reading exactly as the go command reads it (cmd/go modfetch `readGoSum`): lines split at
 * "\n", fields split at Unicode white space, blank lines skipped, a line without exactly three
 * fields is fatal, and the hash of an empty go.mod that an old go wrote by mistake is dropped.
 * https://go.dev/ref/mod#go-sum-files
 */
import { isGoSpace } from '../modfile/go-strings.js';
import { GoSumProblem, type GoSumEntry, type ParsedGoSum } from './types.js';

/** EMPTY_GO_MOD_HASH is the go.mod hash of an empty file, which go drops when reading go.sum. */
export const EMPTY_GO_MOD_HASH = 'h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=';

/**
 * parseGoSum reads a go.sum or go.work.sum text. Lines go would reject (`wrong number of fields N`)
 * become errors and are skipped; every other line becomes an entry. It does not check paths,
 * versions or hashes: validateGoSum does.
 */
export function parseGoSum(file: string, text: string): ParsedGoSum {
  return parseGoSumParts(file, [text]);
}

/**
 * parseGoSumParts reads a go.sum given as consecutive parts of its text, each part but the last
 * ending with a newline; line numbers run on across parts. Reading a large file as several parts
 * avoids building one large string, which costs more than parsing it.
 */
export function parseGoSumParts(file: string, parts: Iterable<string>): ParsedGoSum {
  const entries: GoSumEntry[] = [];
  const problems: GoSumProblem[] = [];
  const fields: string[] = [];
  let lineNo = 0;
  for (const text of parts) {
    // Texts whose only white space is " " and "\n" (nearly all) take the indexOf fast path.
    const simple = !hasOtherWhiteSpace(text);
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lineNo++;
      if (!(simple && addSimpleLine(text, start, end, lineNo, entries))) {
        splitFields(text, start, end, fields);
        if (fields.length === 3) addEntry(entries, fields[0] as string, fields[1] as string, fields[2] as string, lineNo);
        else if (fields.length !== 0) problems.push(new GoSumProblem({ file, line: lineNo, severity: 'error', message: `wrong number of fields ${fields.length}` }));
      }
      start = end + 1;
    }
  }
  return { file, entries, problems };
}

function addEntry(entries: GoSumEntry[], path: string, version: string, hash: string, line: number): void {
  if (hash !== EMPTY_GO_MOD_HASH) entries.push({ path, version, hash, line });
}

// addSimpleLine handles the common line shape `a b c` (single spaces, three non-empty fields) and
// reports whether it did; any other line goes through splitFields.
function addSimpleLine(text: string, start: number, end: number, line: number, entries: GoSumEntry[]): boolean {
  const s1 = text.indexOf(' ', start);
  if (s1 <= start || s1 >= end) return false;
  const s2 = text.indexOf(' ', s1 + 1);
  if (s2 <= s1 + 1 || s2 >= end - 1) return false;
  const s3 = text.indexOf(' ', s2 + 1);
  if (s3 >= 0 && s3 < end) return false;
  addEntry(entries, text.slice(start, s1), text.slice(s1 + 1, s2), text.slice(s2 + 1, end), line);
  return true;
}

// The white space of Go's unicode.IsSpace other than " " and "\n". One indexOf per character is far
// faster than a regular expression: each is a memchr, and characters above U+00FF are not searched
// for at all in a one-byte string.
const otherWhiteSpace = ['\t', '\v', '\f', '\r', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'];

function hasOtherWhiteSpace(text: string): boolean {
  for (const c of otherWhiteSpace) if (text.includes(c)) return true;
  return false;
}

// splitFields fills out with the white-space-separated fields of text[start, end) (strings.Fields).
function splitFields(text: string, start: number, end: number, out: string[]): void {
  out.length = 0;
  let fieldStart = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0x85 && isGoSpace(c);
    if (space) {
      if (fieldStart >= 0) out.push(text.slice(fieldStart, i));
      fieldStart = -1;
    } else if (fieldStart < 0) {
      fieldStart = i;
    }
  }
  if (fieldStart >= 0) out.push(text.slice(fieldStart, end));
}
