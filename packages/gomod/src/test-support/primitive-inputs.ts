/**
 * Generators of strings that stress Go's version and path rules: drawn from fragments that sit on the
 * rules' edges (leading zeros, empty identifiers, /vN suffixes, Windows names, tildes, unicode).
 */
import fc from 'fast-check';

const versionPieces = ['v', 'V', '0', '1', '2', '9', '01', '10', '99999999999999999999', '.', '-', '+', 'pre', 'rc', 'alpha', '0a', 'incompatible', '20060102150405', 'abcdef123456', '..', '', 'x', '_', ' '];
const pathPieces = ['x', 'y', 'z', '.', '..', '/', '//', 'v0', 'v1', 'v2', 'v02', 'v2.0', 'gopkg.in', 'yaml', '.v1', '.v0', '-unstable', 'com1', 'aux', 'CON', 'lpt9', '~', '~0', '~09', '-', '_', '+', '!', '@', 'X', 'A', 'é', 'испытание', '☺', '\u1c89', '\u2ffc', '\u{1fae9}', '\u0000', ':', '\\', '*', '?', '[', ']', '^', ' ', 'example.com', 'github.com', 'rsc.io', 'quote'];
const globPieces = ['*', '?', '[', ']', '^', '-', '\\', 'a', 'b', 'c', '/', ',', 'rsc.io', 'quote', 'x', '☺', 'v3', '.'];

function fromPieces(pieces: string[], max: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: max }).map((parts) => parts.join(''));
}

/** versionLike generates strings that look like (broken) semantic versions and pseudo-versions. */
export const versionLike: fc.Arbitrary<string> = fc.oneof(
  fromPieces(versionPieces, 12),
  fc.tuple(fc.constantFrom('v0', 'v1', 'v2', 'v10'), fc.constantFrom('.0.0-', '.2.4-0.', '.2.3-pre.0.', '.0.0-0.', '.1.0-0.'), fc.constantFrom('20060102150405', '20061302150405', '2006010215040', '00010101000000'), fc.constantFrom('-abcdef123456', '-hash', '-', ''), fc.constantFrom('', '+incompatible', '+meta', '+incompatible.x'))
    .map((parts) => parts.join('')),
);

/** pathLike generates module/import/file-path-like strings. */
export const pathLike: fc.Arbitrary<string> = fromPieces(pathPieces, 8);

/** goVersionLike generates Go-version-like strings (`1.21rc1`, `1.21.0`, broken ones). */
export const goVersionLike: fc.Arbitrary<string> = fromPieces(['1', '2', '0', '01', '21', '20', '9', '.', 'rc', 'beta', 'alpha', 'x', 'RC', '-', '99999999999999999999'], 6);

/** globLike generates GOPRIVATE-style glob lists and path.Match patterns. */
export const globLike: fc.Arbitrary<string> = fromPieces(globPieces, 8);
