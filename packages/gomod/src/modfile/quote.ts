/**
 * Quoting of go.mod arguments (golang.org/x/mod/modfile rule.go `MustQuote`, `AutoQuote`) and Go's
 * strconv.Quote over text from decodeGoText, where a lone surrogate stands for an invalid byte;
 * printability follows go's Unicode tables (go-printable.ts).
 */
import { goQuoteText, isGoPrint } from './go-printable.js';

/**
 * goQuote is strconv.Quote: like quote, except that a code unit standing for an invalid byte is
 * written `\xNN`, as Go writes the raw byte.
 */
export function goQuote(s: string): string {
  if (!hasLoneSurrogate(s)) return goQuoteText(s);
  const parts: string[] = ['"'];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    parts.push(goQuoteText(s.slice(from, i)).slice(1, -1), escapedByte(c));
    from = i + 1;
  }
  parts.push(goQuoteText(s.slice(from)).slice(1, -1), '"');
  return parts.join('');
}

function escapedByte(c: number): string {
  if (c >= 0xdc80 && c <= 0xdcff) return `\\x${(c - 0xdc00).toString(16).padStart(2, '0')}`;
  return '\\ufffd';
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** hasLoneSurrogate reports whether s holds a code unit that is not part of a surrogate pair. */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1))) i++;
    else return true;
  }
  return false;
}

/**
 * mustQuote reports whether s must be quoted to be one token in a go.mod line: it is empty, holds
 * a space, a quote, a non-printable rune, `//` or `/*`, or is longer than one character and holds
 * one of `()[]{},`. An invalid byte counts as the printable U+FFFD, as in Go.
 */
export function mustQuote(s: string): boolean {
  if (s === '') return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c < 0x20 || c === 0x7f) return true;
      if ((c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2c) && s.length > 1) return true;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1))) {
      if (!isGoPrint(s.codePointAt(i) as number)) return true;
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (!isGoPrint(c)) return true;
  }
  return s.includes('//') || s.includes('/*');
}

/** autoQuote returns s, or its Go quotation when mustQuote(s) (modfile.AutoQuote). */
export function autoQuote(s: string): string {
  return mustQuote(s) ? goQuote(s) : s;
}
