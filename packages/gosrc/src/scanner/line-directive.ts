/**
 * Directive comments: recognizing `//go:…` lines, and validating `//line file:line[:col]` and
 * `/*line …*\/` directives, which Go's scanner checks
 * (https://pkg.go.dev/cmd/compile#hdr-Compiler_Directives): a bad line or column number is a
 * syntax error of the file.
 */

const MAX_LINE_COL = 2 ** 30;

/** LineDirectiveError is the offset (within the comment text) and message of a bad line directive. */
export interface LineDirectiveError {
  offset: number;
  message: string;
}

/** isLineDirectiveCandidate reports whether comment text (with its // or /* opener) starts with "line ". */
export function isLineDirectiveCandidate(text: string): boolean {
  return text.startsWith('line ', 2);
}

function parseDecimal(s: string): number | undefined {
  if (s.length === 0 || s.length > 20) return undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const n = Number(s);
  return n <= 2 ** 64 - 1 ? n : undefined;
}

/** trailingDigits splits "name:123" at its last colon: the index after the colon, the number, and whether it parsed. */
function trailingDigits(text: string): { i: number; n: number; ok: boolean } {
  const colon = text.lastIndexOf(':');
  if (colon < 0) return { i: 0, n: 0, ok: false };
  const n = parseDecimal(text.slice(colon + 1));
  return { i: colon + 1, n: n ?? 0, ok: n !== undefined };
}

/**
 * checkLineDirective returns the error Go reports for the line directive in comment text, or
 * undefined when the directive is valid or the comment is not a line directive at all.
 */
export function checkLineDirective(comment: string): LineDirectiveError | undefined {
  let text = comment;
  if (text.charCodeAt(1) === 42) text = text.slice(0, -2);
  else if (text.endsWith('\r')) text = text.slice(0, -1);
  text = text.slice(7);
  const base = 7;
  const last = trailingDigits(text);
  if (last.i === 0) return undefined;
  if (!last.ok) return { offset: base + last.i, message: `invalid line number: ${text.slice(last.i)}` };
  const before = trailingDigits(text.slice(0, last.i - 1));
  let lineAt = last.i;
  let lineEnd = text.length;
  let line = last.n;
  if (before.ok) {
    lineAt = before.i;
    lineEnd = last.i - 1;
    line = before.n;
    if (last.n === 0 || last.n > MAX_LINE_COL) {
      return { offset: base + last.i, message: `invalid column number: ${text.slice(last.i)}` };
    }
  }
  if (line === 0 || line > MAX_LINE_COL) {
    return { offset: base + lineAt, message: `invalid line number: ${text.slice(lineAt, lineEnd)}` };
  }
  return undefined;
}

/** isDirectiveComment reports whether the line comment at start is `//go:…`, `// +build …` or cgo's `//export …`. */
export function isDirectiveComment(src: string, start: number): boolean {
  const c2 = src.charCodeAt(start + 2);
  if (c2 === 103) return src.startsWith('go:', start + 2);
  if (c2 === 32) return src.startsWith(' +build', start + 2);
  return c2 === 101 && src.startsWith('export ', start + 2);
}
