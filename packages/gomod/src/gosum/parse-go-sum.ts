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
  const entries: GoSumEntry[] = [];
  const problems: GoSumProblem[] = [];
  const fields: string[] = [];
  // Files whose only white space is " " and "\n" (nearly all) can be split with indexOf.
  const split = otherWhiteSpace.test(text) ? splitFields : splitAtSpaces;
  let lineNo = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    split(text, start, end, fields);
    start = end + 1;
    if (fields.length === 0) continue;
    if (fields.length !== 3) {
      problems.push(new GoSumProblem({ file, line: lineNo, severity: 'error', message: `wrong number of fields ${fields.length}` }));
      continue;
    }
    const hash = fields[2] as string;
    if (hash === EMPTY_GO_MOD_HASH) continue;
    entries.push({ path: fields[0] as string, version: fields[1] as string, hash, line: lineNo });
  }
  return { file, entries, problems };
}

const otherWhiteSpace = /[\t\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

// splitAtSpaces is splitFields for text whose only white space is the space character: the
// common shape `a b c` (three non-empty fields, single spaces) is cut with indexOf.
function splitAtSpaces(text: string, start: number, end: number, out: string[]): void {
  const s1 = text.indexOf(' ', start);
  if (s1 > start && s1 < end) {
    const s2 = text.indexOf(' ', s1 + 1);
    if (s2 > s1 + 1 && s2 < end - 1) {
      const s3 = text.indexOf(' ', s2 + 1);
      if (s3 < 0 || s3 >= end) {
        out.length = 0;
        out.push(text.slice(start, s1), text.slice(s1 + 1, s2), text.slice(s2 + 1, end));
        return;
      }
    }
  }
  splitFields(text, start, end, out);
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
