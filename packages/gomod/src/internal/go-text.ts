/**
 * Text as Go sees it. Go reads go.mod / go.work / go.sum as bytes and decodes UTF-8 rune by rune:
 * every byte that does not start a valid sequence is one U+FFFD rune of width one. A WHATWG
 * TextDecoder in replacement mode instead folds a truncated sequence (e.g. E2 82) into a single
 * U+FFFD, which would shift Go's columns, and it cannot give the bytes back.
 *
 * decodeGoText therefore maps each invalid byte b to the lone surrogate U+DC00+b (never produced by
 * valid UTF-8), so that one invalid byte is one code unit and one rune, exactly like Go, and
 * encodeGoText restores the original bytes. Code that prints such text for people or JSON shows
 * U+FFFD in place of those code units (see isEscapedByte).
 */

import { decodeRune, RUNE_ERROR } from './utf8.js';

/** ESCAPED_BYTE_BASE is the first code unit of the range that stands for invalid bytes. */
const ESCAPED_BYTE_BASE = 0xdc00;

/** isEscapedByte reports whether code unit c stands for an invalid input byte (or is any lone surrogate). */
export function isEscapedByte(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** decodeGoText decodes UTF-8 bytes like Go's utf8.DecodeRune, keeping invalid bytes recoverable. */
export function decodeGoText(bytes: Uint8Array): string {
  const n = bytes.length;
  const parts: string[] = [];
  let units: number[] = [];
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      units.push(b);
      i++;
    } else {
      const { cp, width } = decodeRune(bytes, i);
      if (cp === RUNE_ERROR && width === 1) units.push(ESCAPED_BYTE_BASE + b);
      else if (cp < 0x10000) units.push(cp);
      else units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
      i += width;
    }
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

/**
 * encodeGoText encodes text as UTF-8, writing the original byte back for every code unit that
 * decodeGoText made from an invalid byte. Other lone surrogates become U+FFFD.
 */
export function encodeGoText(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[w++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        w = writeUtf8(out, w, 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
        continue;
      }
      c = 0xfffd;
    } else if (c >= ESCAPED_BYTE_BASE + 0x80 && c <= ESCAPED_BYTE_BASE + 0xff) {
      out[w++] = c - ESCAPED_BYTE_BASE;
      continue;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      c = 0xfffd;
    }
    w = writeUtf8(out, w, c);
  }
  return out.slice(0, w);
}

function writeUtf8(out: Uint8Array, w: number, cp: number): number {
  if (cp < 0x800) {
    out[w] = 0xc0 | (cp >> 6);
    out[w + 1] = 0x80 | (cp & 0x3f);
    return w + 2;
  }
  if (cp < 0x10000) {
    out[w] = 0xe0 | (cp >> 12);
    out[w + 1] = 0x80 | ((cp >> 6) & 0x3f);
    out[w + 2] = 0x80 | (cp & 0x3f);
    return w + 3;
  }
  out[w] = 0xf0 | (cp >> 18);
  out[w + 1] = 0x80 | ((cp >> 12) & 0x3f);
  out[w + 2] = 0x80 | ((cp >> 6) & 0x3f);
  out[w + 3] = 0x80 | (cp & 0x3f);
  return w + 4;
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** toDisplayText replaces the code units standing for invalid bytes (and lone surrogates) with U+FFFD. */
export function toDisplayText(text: string): string {
  return text.replace(loneSurrogate, '\ufffd');
}

/** hasLoneSurrogate reports whether s holds a code unit that is not part of a surrogate pair (in Go text: an invalid byte). */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const d = s.charCodeAt(i + 1);
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) i++;
    else return true;
  }
  return false;
}
