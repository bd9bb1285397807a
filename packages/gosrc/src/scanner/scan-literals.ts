/**
 * Scanning of numeric, rune and interpreted string literals, with the exact checks of the spec
 * (https://go.dev/ref/spec#Integer_literals and following) and Go's error texts.
 */
import { formatCodePoint, isDecimal, isHex, lower } from './char-class.js';
import { Tok, type Token } from './tokens.js';

/** ReportError records a lexical error at a text index. */
export type ReportError = (index: number, message: string) => void;

/** TokenEnd receives the kind and end index of a scanned token (reused to avoid allocation). */
export interface TokenEnd {
  end: number;
  tok: Token;
}

function litName(prefix: number): string {
  switch (prefix) {
    case 0x78: // x
      return 'hexadecimal literal';
    case 0x6f: // o
    case 0x30: // 0
      return 'octal literal';
    case 0x62: // b
      return 'binary literal';
  }
  return 'decimal literal';
}

interface DigitRun {
  i: number;
  /** bit 0: a digit was seen; bit 1: an '_' was seen. */
  digsep: number;
  /** invalid is the index of the first digit not allowed in the base, or -1. */
  invalid: number;
}

function scanDigits(src: string, run: DigitRun, base: number): void {
  let i = run.i;
  const n = src.length;
  for (; i < n; i++) {
    const c = src.charCodeAt(i);
    if (c === 95) {
      run.digsep |= 2;
    } else if (base <= 10 ? isDecimal(c) : isHex(c)) {
      run.digsep |= 1;
      if (base < 10 && c >= 48 + base && run.invalid < 0) run.invalid = i;
    } else break;
  }
  run.i = i;
}

/** invalidSeparator returns the offset in lit of a misplaced '_', or -1 (underscores must separate digits). */
export function invalidSeparator(lit: string): number {
  let x1 = 32;
  let d = 46; // '.': not a digit
  let i = 0;
  if (lit.length >= 2 && lit.charCodeAt(0) === 48) {
    x1 = lower(lit.charCodeAt(1));
    if (x1 === 0x78 || x1 === 0x6f || x1 === 0x62) {
      d = 48;
      i = 2;
    }
  }
  for (; i < lit.length; i++) {
    const p = d;
    d = lit.charCodeAt(i);
    if (d === 95) {
      if (p !== 48) return i;
    } else if (isDecimal(d) || (x1 === 0x78 && isHex(d))) {
      d = 48;
    } else {
      if (p === 95) return i - 1;
      d = 46;
    }
  }
  return d === 95 ? lit.length - 1 : -1;
}

/** scanNumber scans the number literal starting at index start (a digit, or '.' before a digit). */
export function scanNumber(src: string, start: number, out: TokenEnd, report: ReportError): void {
  const run: DigitRun = { i: start, digsep: 0, invalid: -1 };
  let tok: Token = Tok.ILLEGAL;
  let base = 10;
  let prefix = 0;
  if (src.charCodeAt(run.i) !== 46) {
    tok = Tok.INT;
    if (src.charCodeAt(run.i) === 48) {
      run.i++;
      const p = lower(src.charCodeAt(run.i));
      if (p === 0x78 || p === 0x6f || p === 0x62) {
        run.i++;
        base = p === 0x78 ? 16 : p === 0x6f ? 8 : 2;
        prefix = p;
      } else {
        base = 8;
        prefix = 48;
        run.digsep = 1;
      }
    }
    scanDigits(src, run, base);
  }
  if (src.charCodeAt(run.i) === 46) {
    tok = Tok.FLOAT;
    if (prefix === 0x6f || prefix === 0x62) report(run.i, `invalid radix point in ${litName(prefix)}`);
    run.i++;
    scanDigits(src, run, base);
  }
  if ((run.digsep & 1) === 0) report(run.i, `${litName(prefix)} has no digits`);
  const e = lower(src.charCodeAt(run.i));
  if (e === 0x65 || e === 0x70) {
    const ch = src[run.i] as string;
    if (e === 0x65 && prefix !== 0 && prefix !== 48) report(run.i, `'${ch}' exponent requires decimal mantissa`);
    else if (e === 0x70 && prefix !== 0x78) report(run.i, `'${ch}' exponent requires hexadecimal mantissa`);
    run.i++;
    tok = Tok.FLOAT;
    const sign = src.charCodeAt(run.i);
    if (sign === 43 || sign === 45) run.i++;
    const exp: DigitRun = { i: run.i, digsep: 0, invalid: -1 };
    scanDigits(src, exp, 10);
    run.i = exp.i;
    run.digsep |= exp.digsep;
    if ((exp.digsep & 1) === 0) report(run.i, 'exponent has no digits');
  } else if (prefix === 0x78 && tok === Tok.FLOAT) {
    report(run.i, "hexadecimal mantissa requires a 'p' exponent");
  }
  if (src.charCodeAt(run.i) === 0x69) {
    tok = Tok.IMAG;
    run.i++;
  }
  if (tok === Tok.INT && run.invalid >= 0) {
    report(run.invalid, `invalid digit '${src[run.invalid]}' in ${litName(prefix)}`);
  }
  if ((run.digsep & 2) !== 0) {
    const bad = invalidSeparator(src.slice(start, run.i));
    if (bad >= 0) report(start + bad, "'_' must separate successive digits");
  }
  out.end = run.i;
  out.tok = tok;
}

function digitValue(c: number): number {
  if (isDecimal(c)) return c - 48;
  const l = lower(c);
  return l >= 97 && l <= 102 ? l - 87 : 16;
}

/**
 * scanEscape checks the escape sequence after a backslash at index i (pointing past the '\\') and
 * returns the index after it, or -(index of the offending character) - 1 when it is invalid.
 */
export function scanEscape(src: string, i: number, quote: number, report: ReportError): number {
  const start = i;
  const c = i < src.length ? src.charCodeAt(i) : -1;
  let digits = 0;
  let base = 16;
  let max = 0x10ffff;
  switch (c) {
    case 97: case 98: case 102: case 110: case 114: case 116: case 118: case 92: // a b f n r t v \
      return i + 1;
    case 120: // x
      digits = 2;
      max = 255;
      i++;
      break;
    case 117: // u
      digits = 4;
      i++;
      break;
    case 85: // U
      digits = 8;
      i++;
      break;
    default:
      if (c === quote) return i + 1;
      if (c >= 48 && c <= 55) {
        digits = 3;
        base = 8;
        max = 255;
        break;
      }
      report(start, c < 0 ? 'escape sequence not terminated' : 'unknown escape sequence');
      return -start - 1;
  }
  let x = 0;
  for (; digits > 0; digits--, i++) {
    const d = i < src.length ? digitValue(src.charCodeAt(i)) : 16;
    if (d >= base) {
      const cp = src.codePointAt(i);
      report(i, cp === undefined ? 'escape sequence not terminated' : `illegal character ${formatCodePoint(cp)} in escape sequence`);
      return -i - 1;
    }
    x = x * base + d;
  }
  if (x > max || (x >= 0xd800 && x < 0xe000)) {
    report(start, 'escape sequence is invalid Unicode code point');
    return -i - 1;
  }
  return i;
}

/** scanString scans an interpreted string literal whose opening quote is at start; returns the end index. */
export function scanString(src: string, start: number, report: ReportError): number {
  const n = src.length;
  let i = start + 1;
  for (;;) {
    if (i >= n) {
      report(start, 'string literal not terminated');
      return i;
    }
    const c = src.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 10) {
      report(start, 'string literal not terminated');
      return i;
    }
    if (c === 92) {
      const next = scanEscape(src, i + 1, 34, report);
      i = next < 0 ? -next - 1 : next;
    } else i++;
  }
}

/** scanRune scans a rune literal whose opening quote is at start; returns the end index. */
export function scanRune(src: string, start: number, report: ReportError): number {
  const n = src.length;
  let i = start + 1;
  let valid = true;
  let count = 0;
  for (;;) {
    const c = i < n ? src.charCodeAt(i) : -1;
    if (c === 10 || c < 0) {
      if (valid) report(start, 'rune literal not terminated');
      return i;
    }
    if (c === 39) {
      i++;
      break;
    }
    count++;
    if (c === 92) {
      const next = scanEscape(src, i + 1, 39, report);
      if (next < 0) {
        valid = false;
        i = -next - 1;
      } else i = next;
    } else i += c >= 0xd800 && c < 0xdc00 && i + 1 < n ? 2 : 1;
  }
  if (valid && count !== 1) report(start, 'illegal rune literal');
  return i;
}
