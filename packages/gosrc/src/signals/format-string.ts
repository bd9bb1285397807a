/**
 * Reading constant format strings: Go string literal unquoting (https://go.dev/ref/spec#String_literals)
 * and finding a %w verb the way fmt scans a format (flags, argument index, width, precision, verb).
 */

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** unquoteGoString returns the value of a Go string literal (raw or interpreted), or undefined if it is malformed. */
export function unquoteGoString(lit: string): string | undefined {
  if (lit.length < 2) return undefined;
  const q = lit[0];
  if (q === '`') return lit.endsWith('`') ? lit.slice(1, -1).replace(/\r/g, '') : undefined;
  if (q !== '"' || !lit.endsWith('"')) return undefined;
  let out = '';
  for (let i = 1; i < lit.length - 1; i++) {
    const ch = lit[i] as string;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = lit[++i] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) out += simple;
    else {
      const digits = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : e >= '0' && e <= '7' ? 3 : 0;
      if (digits === 0) return undefined;
      const start = e >= '0' && e <= '7' ? i : i + 1;
      const code = parseInt(lit.slice(start, start + digits), e >= '0' && e <= '7' ? 8 : 16);
      if (Number.isNaN(code) || code > 0x10ffff) return undefined;
      out += String.fromCodePoint(code);
      i = start + digits - 1;
    }
  }
  return out;
}

function skipArgIndex(s: string, i: number): number {
  if (s[i] === '[') {
    const close = s.indexOf(']', i);
    if (close >= 0) return close + 1;
  }
  return i;
}

function skipNumber(s: string, i: number): number {
  if (s[i] === '*') return i + 1;
  while (i < s.length && s[i]! >= '0' && s[i]! <= '9') i++;
  return i;
}

/** hasWrapVerb reports whether a fmt format string has a %w verb (`%%` is a literal percent sign). */
export function hasWrapVerb(format: string): boolean {
  for (let i = format.indexOf('%'); i >= 0 && i < format.length; i = format.indexOf('%', i + 1)) {
    i++;
    while (i < format.length && '#0+- '.includes(format[i] as string)) i++;
    i = skipArgIndex(format, i);
    i = skipNumber(format, i);
    if (format[i] === '.') {
      i = skipArgIndex(format, i + 1);
      i = skipNumber(format, i);
    }
    i = skipArgIndex(format, i);
    if (format[i] === 'w') return true;
  }
  return false;
}
