/**
 * Go's Unicode classes (unicode.IsPrint, unicode.IsLetter) from Go's own tables, so answers do not
 * depend on the Unicode version of the JavaScript engine (Node may know code points Go 1.26 does not).
 */
import { GO_LETTER_RANGES, GO_PRINT_RANGES } from './unicode-tables.js';

function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (ranges[2 * mid] as number)) hi = mid - 1;
    else if (cp > (ranges[2 * mid + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** isGoPrint reports whether Go's unicode.IsPrint accepts the code point: letters, marks, numbers, punctuation, symbols and ASCII space. */
export function isGoPrint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa1) return false;
  if (cp < 0x100) return cp !== 0xad;
  return inRanges(GO_PRINT_RANGES, cp);
}

/** isGoLetter reports whether Go's unicode.IsLetter accepts the code point. */
export function isGoLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return inRanges(GO_LETTER_RANGES, cp);
}
