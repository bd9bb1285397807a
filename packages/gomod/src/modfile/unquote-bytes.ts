/**
 * Go's strconv.Unquote of a double-quoted go.mod token, keeping raw bytes. `"\xe9"` unquotes to
 * the single byte E9 in Go, which is not valid UTF-8; the shared unquote returns well-formed text
 * and so cannot say that. This variant rebuilds Go's byte result and decodes it with decodeGoText,
 * where such a byte stays one recoverable code unit. Syntax is validated by the shared unquote.
 */
import { unquote } from '../internal/strconv.js';
import { encodeRune } from '../internal/utf8.js';
import { decodeGoText } from '../internal/go-text.js';

const simpleEscapes: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 0x5c, '"': 0x22 };
const byteEscape = /\\(?:x[89a-fA-F]|[23][0-7][0-7])/;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * unquoteGoString unquotes a double-quoted token as Go does (throws on invalid syntax). Raw
 * invalid bytes inside the quotes become U+FFFD, as Go's Unquote makes them.
 */
export function unquoteGoString(token: string): string {
  const value = unquote(token);
  if (!byteEscape.test(token)) return value.replace(loneSurrogates, '\ufffd');
  return decodeGoText(Uint8Array.from(unquotedBytes(token.slice(1, -1))));
}

// unquotedBytes returns the bytes Go's Unquote builds for an already validated body.
function unquotedBytes(body: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; ) {
    if (body[i] !== '\\') {
      const cp = body.codePointAt(i) as number;
      encodeRune(cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp, out);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1] as string;
    const simple = simpleEscapes[e];
    if (simple !== undefined) {
      out.push(simple);
      i += 2;
    } else if (e === 'x') {
      out.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (e === 'u' || e === 'U') {
      const width = e === 'u' ? 4 : 8;
      encodeRune(parseInt(body.slice(i + 2, i + 2 + width), 16), out);
      i += 2 + width;
    } else {
      out.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 4;
    }
  }
  return out;
}
