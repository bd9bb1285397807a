/**
 * go.sum as the checksum verifier reads it (cmd/go modfetch readGoSum): `path version[/go.mod] hash`
 * per line; a line with another number of fields is fatal; the bogus empty-go.mod hash an old Go
 * bug wrote is dropped. https://go.dev/ref/mod#go-sum-files
 */
import { GoradarError } from '../errors.js';

/** EMPTY_GO_MOD_HASH is the `/go.mod` hash of an empty file, written by an old bug and ignored. */
export const EMPTY_GO_MOD_HASH = 'h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=';

/** GoSum maps `path version` (version possibly ending in /go.mod) to the hashes recorded for it. */
export type GoSum = Map<string, string[]>;

/** goSumKey returns the GoSum key of a module version (or of its go.mod with goMod). */
export function goSumKey(path: string, version: string, goMod = false): string {
  return `${path} ${version}${goMod ? '/go.mod' : ''}`;
}

/** parseGoSum reads go.sum text; a malformed line throws ERR_INVALID_FILE naming file and line. */
export function parseGoSum(file: string, text: string, into: GoSum = new Map()): GoSum {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const fields = line.split(/[ \t\r\v\f]+/).filter(Boolean);
    if (fields.length === 0) return;
    if (fields.length !== 3) {
      throw new GoradarError('ERR_INVALID_FILE', `malformed go.sum:\n${file}:${i + 1}: wrong number of fields ${fields.length}`);
    }
    const [path, version, hash] = fields as [string, string, string];
    if (version.endsWith('/go.mod') && hash === EMPTY_GO_MOD_HASH) return;
    const key = `${path} ${version}`;
    const list = into.get(key) ?? [];
    if (!list.includes(hash)) list.push(hash);
    into.set(key, list);
  });
  return into;
}
