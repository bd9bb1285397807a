/**
 * Quoting of go.mod arguments (golang.org/x/mod/modfile rule.go `MustQuote`, `AutoQuote`), over Go text
 * (internal/go-text.ts), with printability from Go's Unicode tables.
 */
import { hasLoneSurrogate } from '../internal/go-text.js';
import { quote } from '../internal/strconv.js';
import { isGoPrint } from '../internal/unicode.js';

export { hasLoneSurrogate };

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
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
  return mustQuote(s) ? quote(s) : s;
}
