/**
 * UTF-8 decoding and encoding with Go's rules: an invalid byte decodes to U+FFFD and consumes exactly
 * one byte (utf8.DecodeRune), unlike the WHATWG decoder, which may fold several bytes into one U+FFFD.
 * Rune counts — and therefore the columns Go reports — depend on this.
 */

/** RUNE_ERROR is U+FFFD, what an invalid byte decodes to. */
export const RUNE_ERROR = 0xfffd;

/**
 * decodeRune decodes the code point starting at bytes[i] and returns it with its width in bytes;
 * an invalid or truncated sequence gives {cp: RUNE_ERROR, width: 1}.
 */
export function decodeRune(bytes: ArrayLike<number>, i: number): { cp: number; width: number } {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return { cp: b0, width: 1 };
  const n = bytes.length;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const b1 = i + 1 < n ? (bytes[i + 1] as number) : 0;
    if ((b1 & 0xc0) === 0x80) return { cp: ((b0 & 0x1f) << 6) | (b1 & 0x3f), width: 2 };
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = i + 1 < n ? (bytes[i + 1] as number) : 0;
    const b2 = i + 2 < n ? (bytes[i + 2] as number) : 0;
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    if (b1 >= lo && b1 <= hi && (b2 & 0xc0) === 0x80) return { cp: ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f), width: 3 };
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = i + 1 < n ? (bytes[i + 1] as number) : 0;
    const b2 = i + 2 < n ? (bytes[i + 2] as number) : 0;
    const b3 = i + 3 < n ? (bytes[i + 3] as number) : 0;
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    if (b1 >= lo && b1 <= hi && (b2 & 0xc0) === 0x80 && (b3 & 0xc0) === 0x80) {
      return { cp: ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f), width: 4 };
    }
  }
  return { cp: RUNE_ERROR, width: 1 };
}

/** decodeUtf8 turns bytes into a string the way Go ranges over them: each invalid byte becomes U+FFFD. */
export function decodeUtf8(bytes: ArrayLike<number>): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i++;
    } else {
      const r = decodeRune(bytes, i);
      cp = r.cp;
      i += r.width;
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      chunk.push(cp);
    }
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/** isValidUtf8 reports whether bytes are entirely valid UTF-8. */
export function isValidUtf8(bytes: ArrayLike<number>): boolean {
  for (let i = 0; i < bytes.length; ) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const r = decodeRune(bytes, i);
    if (r.cp === RUNE_ERROR && r.width === 1) return false;
    i += r.width;
  }
  return true;
}

/** encodeRune appends the UTF-8 encoding of cp to out. */
export function encodeRune(cp: number, out: number[]): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/** encodeUtf8 returns the UTF-8 bytes of s (a lone surrogate encodes as U+FFFD). */
export function encodeUtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    encodeRune(cp >= 0xd800 && cp <= 0xdfff ? RUNE_ERROR : cp, out);
  }
  return Uint8Array.from(out);
}
