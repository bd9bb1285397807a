/**
 * Go's strconv quoting rules (Quote, QuoteRune, Unquote, IsPrint), needed wherever goradar must print
 * exactly what Go prints (`%q` in error messages, AutoQuote in go.mod output), with Go's Unicode tables.
 * Strings follow the Go-text convention of go-text.ts: a lone surrogate U+DC80–U+DCFF stands for the
 * invalid byte 0x80–0xFF and is quoted as `\xNN`, as Go quotes the raw byte; any other lone surrogate is U+FFFD.
 */
import { isGoPrint } from './unicode.js';
import { decodeUtf8, encodeRune } from './utf8.js';

/** isPrint reports whether the code point is printable by Go's definition (strconv.IsPrint). */
export function isPrint(cp: number): boolean {
  return isGoPrint(cp);
}

const simpleEscapes: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

function appendEscapedRune(out: string[], cp: number, quoteChar: number): void {
  if (cp === quoteChar || cp === 0x5c) {
    out.push('\\', String.fromCharCode(cp));
    return;
  }
  if (isPrint(cp)) {
    out.push(String.fromCodePoint(cp));
    return;
  }
  const simple = simpleEscapes[cp];
  if (simple !== undefined) {
    out.push(simple);
  } else if (cp < 0x20 || cp === 0x7f) {
    out.push(`\\x${hex(cp, 2)}`);
  } else if (cp >= 0xdc80 && cp <= 0xdcff) {
    out.push(`\\x${hex(cp - 0xdc00, 2)}`);
  } else if (cp >= 0xd800 && cp <= 0xdfff) {
    out.push('\\ufffd');
  } else if (cp < 0x10000) {
    out.push(`\\u${hex(cp, 4)}`);
  } else {
    out.push(`\\U${hex(cp, 8)}`);
  }
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** quote returns s as a double-quoted Go string literal (strconv.Quote). */
export function quote(s: string): string {
  const out: string[] = ['"'];
  for (const ch of s) appendEscapedRune(out, ch.codePointAt(0) ?? 0xfffd, 0x22);
  out.push('"');
  return out.join('');
}

/** quoteRune returns the code point as a single-quoted Go rune literal (strconv.QuoteRune). */
export function quoteRune(cp: number): string {
  const out: string[] = ["'"];
  appendEscapedRune(out, cp > 0x10ffff ? 0xfffd : cp, 0x27);
  out.push("'");
  return out.join('');
}

/** UnquoteError is thrown by unquote for text that is not a valid Go string or rune literal (strconv.ErrSyntax). */
export class UnquoteError extends Error {
  constructor() {
    super('invalid syntax');
    this.name = 'UnquoteError';
  }
}

/**
 * unquote interprets s as a Go string literal (double-quoted, back-quoted or a single-quoted rune)
 * and returns its value (strconv.Unquote). Escapes of raw bytes (`\xff`, `\377`) that do not form
 * valid UTF-8 decode to U+FFFD.
 */
export function unquote(s: string): string {
  const n = s.length;
  if (n < 2) throw new UnquoteError();
  const q = s[0];
  if (q !== s[n - 1]) throw new UnquoteError();
  const body = s.slice(1, n - 1);
  if (q === '`') {
    if (body.includes('`')) throw new UnquoteError();
    return body.includes('\r') ? body.replaceAll('\r', '') : body;
  }
  if (q !== '"' && q !== "'") throw new UnquoteError();
  if (body.includes('\n')) throw new UnquoteError();
  const value = unescapeBody(body, q);
  if (q === "'" && [...value].length !== 1) throw new UnquoteError();
  return value;
}

function unescapeBody(body: string, q: string): string {
  if (!body.includes('\\') && !body.includes(q)) return body;
  const bytes: number[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (c === q) throw new UnquoteError();
    if (c !== '\\') {
      const cp = body.codePointAt(i) ?? 0;
      encodeRune(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp, bytes);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    i = unescapeOne(body, i + 1, q, bytes);
  }
  return decodeUtf8(bytes);
}

const escapeValues: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 0x5c };

function unescapeOne(body: string, i: number, q: string, bytes: number[]): number {
  const c = body[i];
  if (c === undefined) throw new UnquoteError();
  const simple = escapeValues[c];
  if (simple !== undefined) {
    bytes.push(simple);
    return i + 1;
  }
  if (c === q) {
    bytes.push(c.charCodeAt(0));
    return i + 1;
  }
  if (c === 'x' || c === 'u' || c === 'U') {
    const width = c === 'x' ? 2 : c === 'u' ? 4 : 8;
    const digits = body.slice(i + 1, i + 1 + width);
    if (digits.length !== width || !/^[0-9a-fA-F]+$/.test(digits)) throw new UnquoteError();
    const value = parseInt(digits, 16);
    if (c === 'x') {
      if (q === "'") encodeRune(value, bytes);
      else bytes.push(value);
    } else {
      if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) throw new UnquoteError();
      encodeRune(value, bytes);
    }
    return i + 1 + width;
  }
  if (c >= '0' && c <= '7') {
    const digits = body.slice(i, i + 3);
    if (!/^[0-7]{3}$/.test(digits)) throw new UnquoteError();
    const value = parseInt(digits, 8);
    if (value > 255) throw new UnquoteError();
    if (q === "'") encodeRune(value, bytes);
    else bytes.push(value);
    return i + 3;
  }
  throw new UnquoteError();
}
