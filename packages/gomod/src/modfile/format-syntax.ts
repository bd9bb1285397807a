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

class Printer {
  private out = '';
  private pending: Comment[] = [];
  private margin = 0;

  result(): string {
    let end = this.out.length;
    while (end > 0 && this.out.charCodeAt(end - 1) === 0x0a && (end === 1 || this.out.charCodeAt(end - 2) === 0x0a)) end--;
    return this.out.slice(0, end);
  }

  file(f: FileSyntax): void {
    for (const c of f.comments.before) {
      this.out += trimGoSpace(c.token);
      this.newline();
    }
    f.statements.forEach((stmt, i) => {
      this.expr(stmt);
      if (stmt.kind !== 'comments') this.newline();
      for (const c of stmt.comments.after) {
        this.out += trimGoSpace(c.token);
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
      this.out += ' ';
      this.pending.forEach((c, i) => {
        if (i > 0) {
          this.trim();
          this.out += `\n${this.tabs()}`;
        }
        this.out += trimGoSpace(c.token);
      });
      this.pending = [];
    }
    this.trim();
    const n = this.out.length;
    const skip = n === 0 || (n >= 2 && this.out.charCodeAt(n - 1) === 0x0a && this.out.charCodeAt(n - 2) === 0x0a);
    if (!skip) this.out += '\n';
    this.out += this.tabs();
  }

  private trim(): void {
    let n = this.out.length;
    while (n > 0 && (this.out.charCodeAt(n - 1) === 0x09 || this.out.charCodeAt(n - 1) === 0x20)) n--;
    if (n !== this.out.length) this.out = this.out.slice(0, n);
  }

  private indent(): number {
    const nl = this.out.lastIndexOf('\n');
    return this.out.length - nl - 1;
  }

  private expr(x: Element): void {
    const before = x.comments.before;
    if (before.length > 0) {
      this.trim();
      if (this.indent() > 0) this.out += '\n';
      this.out += this.tabs();
      for (const c of before) {
        this.out += trimGoSpace(c.token);
        this.newline();
      }
    }
    if (x.kind === 'paren') this.out += x.text;
    else if (x.kind === 'line') this.tokens(x.tokens);
    else if (x.kind === 'block') this.block(x);
    this.pending.push(...x.comments.suffix);
  }

  private block(x: LineBlock): void {
    this.tokens(x.tokens);
    this.out += ' ';
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
      this.out += sep + t;
      sep = t === '(' || t === '[' || t === '{' ? '' : ' ';
    }
  }
}
