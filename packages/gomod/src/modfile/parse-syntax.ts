/**
 * The go.mod / go.work statement parser (golang.org/x/mod/modfile read.go `parseFile`, `parseStmt`,
 * `parseLineBlock`, `parseLine`): lines, factored blocks and whole-line comments, with positions.
 * https://go.dev/ref/mod#go-mod-file-grammar
 */
import { assignComments } from './assign-comments.js';
import { isEndOfLine, LexError, Lexer, TOKEN_COMMENT, TOKEN_EOF, TOKEN_EOL_COMMENT } from './lexer.js';
import { ModFileError } from './modfile-error.js';
import type { Comment, CommentBlock, Comments, FileSyntax, Line, LineBlock, Position } from './types.js';

const NEWLINE = 0x0a;
const LPAREN = 0x28;
const RPAREN = 0x29;

/** SyntaxParseResult is a syntax tree or the single fatal syntax error. */
export type SyntaxParseResult = { ok: true; syntax: FileSyntax } | { ok: false; error: ModFileError };

/** newComments returns an empty comment set. */
export function newComments(): Comments {
  return { before: [], suffix: [], after: [] };
}

/** parseSyntax parses text into a syntax tree; the first syntax error stops it (as in Go). */
export function parseSyntax(file: string, text: string): SyntaxParseResult {
  let parser: SyntaxParser | undefined;
  try {
    parser = new SyntaxParser(file, text);
    const syntax = parser.parseFile();
    assignComments(syntax, parser.lexer.comments);
    return { ok: true, syntax };
  } catch (err) {
    if (err instanceof LexError) {
      const { line, column } = err.position;
      return { ok: false, error: new ModFileError({ file, line, column, message: err.message }) };
    }
    throw err;
  }
}

class SyntaxParser {
  readonly lexer: Lexer;
  private readonly file: string;

  constructor(file: string, text: string) {
    this.file = file;
    this.lexer = new Lexer(text);
  }

  parseFile(): FileSyntax {
    const lx = this.lexer;
    const syntax: FileSyntax = { name: this.file, comments: newComments(), statements: [] };
    let block: CommentBlock | undefined;
    for (;;) {
      const kind = lx.nextKind;
      if (kind === NEWLINE) {
        lx.lex();
        if (block) syntax.statements.push(block);
        block = undefined;
      } else if (kind === TOKEN_COMMENT) {
        lx.lex();
        const start = lx.tokStart();
        block ??= { kind: 'comments', comments: newComments(), start };
        block.comments.before.push({ start, token: lx.tokText, suffix: false });
      } else if (kind === TOKEN_EOF) {
        if (block) syntax.statements.push(block);
        return syntax;
      } else {
        this.parseStatement(syntax);
        if (block) {
          (syntax.statements[syntax.statements.length - 1] as Line | LineBlock).comments.before = block.comments.before;
          block = undefined;
        }
      }
    }
  }

  private parseStatement(syntax: FileSyntax): void {
    const lx = this.lexer;
    lx.lex();
    const start = lx.tokStart();
    let end = lx.tokEnd();
    const tokens = [lx.tokText];
    for (;;) {
      lx.lex();
      const kind = lx.tokKind;
      if (isEndOfLine(kind)) {
        syntax.statements.push({ kind: 'line', comments: newComments(), start, tokens, inBlock: false, end });
        return;
      }
      if (kind !== LPAREN) {
        tokens.push(lx.tokText);
        if (!isEndOfLine(lx.nextKind) && lx.nextKind !== LPAREN) continue;
        end = lx.tokEnd();
        continue;
      }
      const lparen = lx.tokStart();
      if (isEndOfLine(lx.nextKind)) {
        syntax.statements.push(this.parseLineBlock(start, tokens, lparen));
        return;
      }
      if (lx.nextKind !== RPAREN) {
        tokens.push('(');
        continue;
      }
      lx.lex();
      const rparen = lx.tokStart();
      if (isEndOfLine(lx.nextKind)) {
        lx.lex();
        syntax.statements.push(emptyBlock(start, tokens, lparen, rparen));
        return;
      }
      tokens.push('(', ')');
    }
  }

  private parseLineBlock(start: Position, tokens: string[], lparen: Position): LineBlock {
    const lx = this.lexer;
    const block = emptyBlock(start, tokens, lparen, lparen);
    let comments: Comment[] = [];
    for (;;) {
      const kind = lx.nextKind;
      if (kind === TOKEN_EOL_COMMENT) {
        lx.lex();
      } else if (kind === NEWLINE) {
        lx.lex();
        const last = comments[comments.length - 1];
        if ((last === undefined && block.lines.length > 0) || (last !== undefined && last.token !== '')) comments.push(blankLine());
      } else if (kind === TOKEN_COMMENT) {
        lx.lex();
        comments.push({ start: lx.tokStart(), token: lx.tokText, suffix: false });
      } else if (kind === TOKEN_EOF) {
        throw new LexError(`syntax error (unterminated block started at ${this.file}:${start.line}:${start.column})`, lx.position());
      } else if (kind === RPAREN) {
        lx.lex();
        if (comments.length === 1 && isBlankLine(comments[0] as Comment)) comments = [];
        block.rparen = { comments: { before: comments, suffix: [], after: [] }, pos: lx.tokStart() };
        if (!isEndOfLine(lx.nextKind)) throw new LexError('syntax error (expected newline after closing paren)', lx.position());
        lx.lex();
        return block;
      } else {
        const line = this.parseBlockLine();
        block.lines.push(line);
        line.comments.before = comments;
        comments = [];
      }
    }
  }

  private parseBlockLine(): Line {
    const lx = this.lexer;
    lx.lex();
    const start = lx.tokStart();
    let end = lx.tokEnd();
    const tokens = [lx.tokText];
    for (;;) {
      lx.lex();
      if (isEndOfLine(lx.tokKind)) return { kind: 'line', comments: newComments(), start, tokens, inBlock: true, end };
      tokens.push(lx.tokText);
      // Only the last token's end is kept, so build it only there.
      if (isEndOfLine(lx.nextKind)) end = lx.tokEnd();
    }
  }
}

function emptyBlock(start: Position, tokens: string[], lparen: Position, rparen: Position): LineBlock {
  return {
    kind: 'block',
    comments: newComments(),
    start,
    tokens,
    lparen: { comments: newComments(), pos: lparen },
    lines: [],
    rparen: { comments: newComments(), pos: rparen },
  };
}

const ZERO_POSITION: Position = Object.freeze({ line: 0, column: 0, offset: 0 });

/** blankLine returns the placeholder comment that preserves a blank line inside a block. */
export function blankLine(): Comment {
  return { start: ZERO_POSITION, token: '', suffix: false };
}

/** isBlankLine reports whether c is a blank-line placeholder (Go's Comment{}). */
export function isBlankLine(c: Comment): boolean {
  return c.token === '' && !c.suffix && c.start.line === 0 && c.start.offset === 0 && c.start.column === 0;
}
