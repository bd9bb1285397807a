/**
 * The go.mod / go.work printer (golang.org/x/mod/modfile print.go `Format`): tokens separated by
 * single spaces (none after `( [ {` or before `, ) ] }`), blocks indented by one tab, comments kept,
 * at most one blank line in a row, no trailing blank lines.
 */
import { trimGoSpace } from './go-strings.js';
import type { Comment, Comments, FileSyntax, Line, LineBlock, Statement } from './types.js';

/** formatSyntax prints a syntax tree as Go's modfile.Format does, without sorting or cleaning it. */
export function formatSyntax(syntax: FileSyntax): string {
  const p = new Printer();
  p.file(syntax);
  return p.result();
}

type Element = Statement | { kind: 'paren'; text: '(' | ')'; comments: Comments };

// Printer keeps finished lines as chunks and only the open line as a string: reading the end of
// one ever-growing string would make the engine copy it on every line (quadratic on big files).
class Printer {
  private readonly done: string[] = [];
  // doneTail holds the last two characters of the finished text.
  private doneTail = '';
  private line = '';
  private pending: Comment[] = [];
  private margin = 0;

  private write(text: string): void {
    const nl = text.lastIndexOf('\n');
    if (nl < 0) {
      this.line += text;
      return;
    }
    const finished = this.line + text.slice(0, nl + 1);
    this.done.push(finished);
    this.doneTail = (this.doneTail + finished).slice(-2);
    this.line = text.slice(nl + 1);
  }

  result(): string {
    let out = this.done.join('') + this.line;
    let end = out.length;
    while (end > 0 && out.charCodeAt(end - 1) === 0x0a && (end === 1 || out.charCodeAt(end - 2) === 0x0a)) end--;
    if (end !== out.length) out = out.slice(0, end);
    return out;
  }

  file(f: FileSyntax): void {
    for (const c of f.comments.before) {
      this.write(trimGoSpace(c.token));
      this.newline();
    }
    f.statements.forEach((stmt, i) => {
      this.expr(stmt);
      if (stmt.kind !== 'comments') this.newline();
      for (const c of stmt.comments.after) {
        this.write(trimGoSpace(c.token));
        this.newline();
      }
      if (i + 1 < f.statements.length) this.newline();
    });
  }

  private tabs(): string {
    return '\t'.repeat(this.margin);
  }

  // newline ends the current line, flushing pending end-of-line comments.
  private newline(): void {
    if (this.pending.length > 0) {
      this.write(' ');
      this.pending.forEach((c, i) => {
        if (i > 0) {
          this.trim();
          this.write(`\n${this.tabs()}`);
        }
        this.write(trimGoSpace(c.token));
      });
      this.pending = [];
    }
    this.trim();
    // Skip the newline at the top of the file or after a blank line.
    const skip = this.line === '' && (this.done.length === 0 || this.doneTail === '\n\n');
    if (!skip) this.write('\n');
    this.write(this.tabs());
  }

  // trim removes trailing spaces and tabs from the open line (finished lines end in a newline).
  private trim(): void {
    let n = this.line.length;
    while (n > 0 && (this.line.charCodeAt(n - 1) === 0x09 || this.line.charCodeAt(n - 1) === 0x20)) n--;
    if (n !== this.line.length) this.line = this.line.slice(0, n);
  }

  private expr(x: Element): void {
    const before = x.comments.before;
    if (before.length > 0) {
      this.trim();
      if (this.line !== '') this.write('\n');
      this.write(this.tabs());
      for (const c of before) {
        this.write(trimGoSpace(c.token));
        this.newline();
      }
    }
    if (x.kind === 'paren') this.write(x.text);
    else if (x.kind === 'line') this.tokens(x.tokens);
    else if (x.kind === 'block') this.block(x);
    this.pending.push(...x.comments.suffix);
  }

  private block(x: LineBlock): void {
    this.tokens(x.tokens);
    this.write(' ');
    this.expr({ kind: 'paren', text: '(', comments: x.lparen.comments });
    this.margin++;
    for (const line of x.lines) {
      this.newline();
      this.expr(line);
    }
    this.margin--;
    this.newline();
    this.expr({ kind: 'paren', text: ')', comments: x.rparen.comments });
  }

  private tokens(tokens: Line['tokens']): void {
    let sep = '';
    for (const t of tokens) {
      if (t === ',' || t === ')' || t === ']' || t === '}') sep = '';
      this.write(sep + t);
      sep = t === '(' || t === '[' || t === '{' ? '' : ' ';
    }
  }
}
