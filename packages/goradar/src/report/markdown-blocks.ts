import { escapeMarkdown } from './escape.js';

/** MdCell is one table cell: text (escaped when rendered) or a number. */
export type MdCell = string | number | null;

/** mdTable renders a GitHub-flavoured Markdown table, escaping every cell; empty rows print a note. */
export function mdTable(headers: readonly string[], rows: readonly MdCell[][], numeric: readonly number[] = []): string {
  if (rows.length === 0) return '_None._\n';
  const align = headers.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const body = rows.map((r) => line(r.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : escapeMarkdown(c)))));
  return `${[line(headers.map(escapeMarkdown)), line(align), ...body].join('\n')}\n`;
}

/** mdFigure renders a figure heading, its caption (in italics) and its body. */
export function mdFigure(level: number, title: string, caption: string, body: string): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(title)}\n\n_${escapeMarkdown(caption)}_\n\n${body}\n`;
}

/** mdLocation renders `file:line` (or just file) for a finding or directive. */
export function mdLocation(file: string | null, line: number | null): string {
  if (!file) return '';
  return line === null ? file : `${file}:${line}`;
}
