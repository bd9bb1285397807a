/**
 * Go's idea of a printable rune (unicode.IsPrint), from Go's own Unicode tables. The JavaScript
 * engine may know a newer Unicode version (Node 20 here: Unicode 17), under which thousands more
 * code points are letters or symbols; Go 1.26 (Unicode 15.0) treats them as unassigned, so the
 * lexer must reject them and quoting must escape them exactly as go does.
 */
import { isPrint, quote, quoteRune } from '../internal/strconv.js';
import { GO_PRINTABLE_RANGES } from './go-printable-ranges.js';

/** isGoPrint reports whether go's unicode.IsPrint accepts code point cp. */
export function isGoPrint(cp: number): boolean {
  if (cp < 0x100) return isPrint(cp);
  let lo = 0;
  let hi = GO_PRINTABLE_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (GO_PRINTABLE_RANGES[2 * mid] as number)) hi = mid - 1;
    else if (cp > (GO_PRINTABLE_RANGES[2 * mid + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

// escapeNotGoPrintable rewrites, in a literal produced by quote or quoteRune, the runes that the
// engine's tables print but go's escape, as strconv writes them (\uXXXX or \UXXXXXXXX).
function escapeNotGoPrintable(literal: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    if (c < 0x100) continue;
    const cp = literal.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (!(cp >= 0xd800 && cp <= 0xdfff) && !isGoPrint(cp)) {
      out += literal.slice(from, i) + (cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? literal : out + literal.slice(from);
}

/** goQuoteText is strconv.Quote with go's Unicode tables. */
export function goQuoteText(s: string): string {
  return escapeNotGoPrintable(quote(s));
}

/** goQuoteRune is strconv.QuoteRune with go's Unicode tables. */
export function goQuoteRune(cp: number): string {
  return escapeNotGoPrintable(quoteRune(cp));
}
