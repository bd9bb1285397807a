/**
 * Checks of go.sum lines beyond what go does when reading them: a well-formed module path, a
 * canonical version (optionally `/go.mod`), and an `h1:` hash of 32 bytes in padded base64.
 * Lines failing these can never verify anything. https://go.dev/ref/mod#go-sum-files
 */
import { canonicalVersion, checkPath } from '../module/index.js';
import { quote as goQuote } from '../internal/strconv.js';
import { EMPTY_GO_MOD_HASH } from './parse-go-sum.js';
import { GoSumProblem, type GoSumEntry, type ParsedGoSum } from './types.js';

const H1_HASH = /^h1:[A-Za-z0-9+/]{43}=$/;
const ALGORITHM = /^h[0-9]+:/;

/**
 * validateGoSum returns every problem of a go.sum text: parseGoSum's errors plus a problem for
 * each entry with a malformed path, version or hash, and a warning for hashes go cannot check
 * and for the obsolete empty-go.mod hash that go silently drops. Problems come in line order.
 */
export function validateGoSum(parsed: ParsedGoSum, text: string): GoSumProblem[] {
  const problems = [...parsed.problems];
  for (const entry of parsed.entries) problems.push(...checkEntry(parsed.file, entry));
  problems.push(...droppedEmptyHashes(parsed.file, text));
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function checkEntry(file: string, e: GoSumEntry): GoSumProblem[] {
  const out: GoSumProblem[] = [];
  const at = (column: number, severity: 'error' | 'warning', message: string): GoSumProblem => new GoSumProblem({ file, line: e.line, column, severity, message });
  const pathErr = checkPath(e.path);
  if (pathErr) out.push(at(1, 'error', pathErr.message));
  const slash = e.version.indexOf('/');
  const version = slash < 0 ? e.version : e.version.slice(0, slash);
  const suffix = slash < 0 ? '' : e.version.slice(slash);
  if (suffix !== '' && suffix !== '/go.mod') out.push(at(0, 'error', `version ${goQuote(e.version)} invalid: unknown suffix ${goQuote(suffix)}`));
  else if (canonicalVersion(version) !== version) out.push(at(0, 'error', `version ${goQuote(version)} invalid: must be of the form v1.2.3`));
  if (!ALGORITHM.test(e.hash)) out.push(at(0, 'error', `malformed hash ${goQuote(e.hash)}: want h1: and 44 base64 characters`));
  else if (!e.hash.startsWith('h1:')) out.push(at(0, 'warning', `unknown hash algorithm ${goQuote(e.hash.slice(0, e.hash.indexOf(':')))}: go cannot verify this line`));
  else if (!H1_HASH.test(e.hash)) out.push(at(0, 'error', `malformed hash ${goQuote(e.hash)}: want h1: and 44 base64 characters`));
  return out;
}

function droppedEmptyHashes(file: string, text: string): GoSumProblem[] {
  if (!text.includes(EMPTY_GO_MOD_HASH)) return [];
  const out: GoSumProblem[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.includes(EMPTY_GO_MOD_HASH)) out.push(new GoSumProblem({ file, line: i + 1, severity: 'warning', message: 'obsolete hash of an empty go.mod (written by an old go by mistake); go ignores this line' }));
  });
  return out;
}
