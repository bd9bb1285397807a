/**
 * go.sum as the checksum verifier looks hashes up (cmd/go modfetch readGoSum): read by gomod's
 * parseGoSum — the one go.sum parser — into a map from `path version[/go.mod]` to the hashes
 * recorded for it; a malformed line is fatal, as it is for go. https://go.dev/ref/mod#go-sum-files
 */
import { parseGoSumParts } from '@goradar/gomod';
import { GoradarError } from '../errors.js';

/** GoSum maps `path version` (version possibly ending in /go.mod) to the hashes recorded for it. */
export type GoSum = Map<string, string[]>;

/** goSumKey returns the GoSum key of a module version (or of its go.mod with goMod). */
export function goSumKey(path: string, version: string, goMod = false): string {
  return `${path} ${version}${goMod ? '/go.mod' : ''}`;
}

/**
 * parseGoSum reads go.sum text (whole, or as parseGoSumParts parts) into a GoSum; a malformed line
 * throws ERR_INVALID_FILE naming file and line.
 */
export function parseGoSum(file: string, text: string | readonly string[], into: GoSum = new Map()): GoSum {
  const parsed = parseGoSumParts(file, typeof text === 'string' ? [text] : text);
  const problem = parsed.problems[0];
  if (problem) throw new GoradarError('ERR_INVALID_FILE', `malformed go.sum:\n${problem.toString()}`);
  for (const e of parsed.entries) {
    const key = goSumKey(e.path, e.version);
    const list = into.get(key);
    if (list === undefined) into.set(key, [e.hash]);
    else if (!list.includes(e.hash)) list.push(e.hash);
  }
  return into;
}
