/**
 * Attaching end-of-line comments to syntax (golang.org/x/mod/modfile read.go `assignComments`):
 * each suffix comment goes to the last element, in postorder, that ends before it on one line.
 * Whole-line comments are attached by the parser itself.
 */
import type { Comment, Comments, FileSyntax, Position } from './types.js';

interface Spanned {
  comments: Comments;
  start: Position;
  end: Position;
}

/** assignComments attaches the collected end-of-line comments to syntax, mutating it. */
export function assignComments(syntax: FileSyntax, collected: readonly Comment[]): void {
  if (collected.length === 0) return;
  const suffix = collected.slice();
  const post = postorder(syntax);
  for (let i = post.length - 1; i >= 0 && suffix.length > 0; i--) {
    const x = post[i] as Spanned;
    // Elements spanning several lines (a block) get no suffix comment; their last line does.
    if (x.start.line !== x.end.line) continue;
    while (suffix.length > 0 && x.end.offset <= (suffix[suffix.length - 1] as Comment).start.offset) {
      x.comments.suffix.push(suffix.pop() as Comment);
    }
  }
  for (const x of post) if (x.comments.suffix.length > 1) x.comments.suffix.reverse();
  syntax.comments.before.push(...suffix);
}

// postorder lists every element ordered by end position, outer elements after their contents.
function postorder(syntax: FileSyntax): Spanned[] {
  const out: Spanned[] = [];
  for (const stmt of syntax.statements) {
    if (stmt.kind === 'comments') {
      out.push({ comments: stmt.comments, start: stmt.start, end: stmt.start });
    } else if (stmt.kind === 'line') {
      out.push(stmt);
    } else {
      out.push({ comments: stmt.lparen.comments, start: stmt.lparen.pos, end: afterParen(stmt.lparen.pos) });
      for (const line of stmt.lines) out.push(line);
      const rparenEnd = afterParen(stmt.rparen.pos);
      out.push({ comments: stmt.rparen.comments, start: stmt.rparen.pos, end: rparenEnd });
      out.push({ comments: stmt.comments, start: stmt.start, end: rparenEnd });
    }
  }
  return out;
}

function afterParen(pos: Position): Position {
  return { line: pos.line, column: pos.column + 1, offset: pos.offset + 1 };
}
