/**
 * Character classes of Go source (https://go.dev/ref/spec#Characters): letters are Unicode
 * category L plus '_', digits are category Nd. ASCII goes through a table; the rest through
 * Unicode property escapes, cached per code point.
 */

/** ASCII_IDENT holds 1 for ASCII letters and '_', 2 for ASCII digits, 0 otherwise. */
export const ASCII_IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_') ASCII_IDENT[c] = 1;
  else if (ch >= '0' && ch <= '9') ASCII_IDENT[c] = 2;
}

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const classCache = new Map<number, number>();

function classifyNonAscii(cp: number): number {
  let cls = classCache.get(cp);
  if (cls === undefined) {
    const ch = String.fromCodePoint(cp);
    cls = LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : 0;
    if (classCache.size < 4096) classCache.set(cp, cls);
  }
  return cls;
}

/** isLetter reports whether code point cp may start a Go identifier. */
export function isLetter(cp: number): boolean {
  return cp < 128 ? ASCII_IDENT[cp] === 1 : classifyNonAscii(cp) === 1;
}

/** isIdentPart reports whether code point cp may continue a Go identifier (letter or digit). */
export function isIdentPart(cp: number): boolean {
  return cp < 128 ? ASCII_IDENT[cp] !== 0 : classifyNonAscii(cp) !== 0;
}

/** isDecimal reports whether char code c is an ASCII decimal digit. */
export function isDecimal(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** isHex reports whether char code c is an ASCII hexadecimal digit. */
export function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

/** lower folds an ASCII letter to lower case and leaves a non-letter unchanged where it matters. */
export function lower(c: number): number {
  return c | 0x20;
}

/** utf8Length returns how many UTF-8 bytes encode s[from:to) (lone surrogates count as 3, like U+FFFD). */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** formatCodePoint prints cp as Go's %#U verb does: U+2639 '☹', or just U+0001 when not printable. */
export function formatCodePoint(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const ch = String.fromCodePoint(cp);
  return PRINTABLE.test(ch) ? `${hex} '${ch}'` : hex;
}
