import { escapeHtml } from './escape.js';

/** HtmlCell is a table cell: text or a number (escaped when rendered) or trusted markup. */
export type HtmlCell = string | number | null | { html: string };

/** HtmlTableSpec describes an accessible data table. */
export interface HtmlTableSpec {
  caption: string;
  headers: readonly string[];
  rows: readonly HtmlCell[][];
  /** numeric lists the column indexes aligned right. */
  numeric?: readonly number[];
}

function cellHtml(c: HtmlCell): string {
  if (c === null) return '';
  if (typeof c === 'number') return String(c);
  if (typeof c === 'string') return escapeHtml(c);
  return c.html;
}

/** htmlTable renders a table with a caption and column headers; an empty one says so. */
export function htmlTable(spec: HtmlTableSpec): string {
  if (spec.rows.length === 0) return `<p class="caption">${escapeHtml(spec.caption)}: none.</p>`;
  const num = new Set(spec.numeric ?? []);
  const cls = (i: number): string => (num.has(i) ? ' class="num"' : '');
  const head = spec.headers.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('');
  const body = spec.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${cellHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<caption>${escapeHtml(spec.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** severityBadge renders a severity as a coloured label (the word stays readable text). */
export function severityBadge(severity: string): { html: string } {
  return { html: `<span class="sev sev-${escapeHtml(severity)}">${escapeHtml(severity)}</span>` };
}

/** codeCell renders text in a code span. */
export function codeCell(text: string): { html: string } {
  return { html: `<code>${escapeHtml(text)}</code>` };
}

/** chartFigure renders a canvas for a chart with its accessible name and caption. */
export function chartFigure(options: { canvasId: string; label: string; caption: string; tall?: boolean }): string {
  return `<figure>
<div class="chart${options.tall ? ' tall' : ''}"><canvas id="${escapeHtml(options.canvasId)}" role="img" aria-label="${escapeHtml(options.label)}"></canvas></div>
<figcaption>${escapeHtml(options.caption)} The table below holds the same figures.</figcaption>
</figure>`;
}

/** section wraps content in a labelled section with a heading. */
export function section(id: string, title: string, content: string): string {
  return `<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-h">\n<h2 id="${escapeHtml(id)}-h">${escapeHtml(title)}</h2>\n${content}\n</section>`;
}
