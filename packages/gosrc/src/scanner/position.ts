/**
 * Text index → line and column. Lines come from the scanner's line starts; columns count UTF-8
 * bytes from the start of the line plus one, as Go's token.Position does.
 */
import { utf8Length } from './char-class.js';

/** Position is a 1-based line and byte column. */
export interface Position {
  line: number;
  column: number;
}

/** lineOf returns the 1-based line holding text index, given the text indexes where lines start. */
export function lineOf(lineStarts: readonly number[], index: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** positionOf turns a text index into a line and a byte column (ascii says index equals byte offset). */
export function positionOf(text: string, lineStarts: readonly number[], index: number, ascii: boolean): Position {
  let line = lineOf(lineStarts, index);
  // Like go/token, a final newline opens no new line: the end of file stays on the last line.
  if (line > 1 && lineStarts[line - 1] === text.length) line--;
  const start = lineStarts[line - 1] as number;
  const column = (ascii ? index - start : utf8Length(text, start, Math.min(index, text.length))) + 1;
  return { line, column };
}
