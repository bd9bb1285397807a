/**
 * The parser's token cursor and error discipline. Parsing stops at the first syntax error (a
 * file either is Go or is not; the error names where), which keeps recovery code out of the
 * grammar and bounds the work done on garbage.
 */
import type { Scanner } from '../scanner/scanner.js';
import { isLiteralToken, Tok, tokenString, type Token } from '../scanner/tokens.js';
import type { ImportSpec } from './ast.js';

/** MAX_NESTING mirrors go/parser's limit on nested constructs (it counts the same steps). */
export const MAX_NESTING = 100_000;

/** Bailout is thrown to unwind the parser at its first error; the error itself is on the Parser. */
export class Bailout {
  constructor(readonly index: number, readonly message: string) {}
}

/** Parser holds the current token and parsing context; the grammar lives in parse-*.ts as functions of it. */
export class Parser {
  tok: Token = Tok.EOF;
  pos = 0;
  lit = '';
  /** prevEnd is the end index of the previous token (where an expression just read ends). */
  prevEnd = 0;
  /** exprLev < 0 inside control clauses, where `T {` is not a composite literal. */
  exprLev = 0;
  /** inRhs is set while parsing an expression where `=` cannot end it. */
  inRhs = false;
  nestLev = 0;
  readonly imports: ImportSpec[] = [];

  constructor(readonly s: Scanner) {
    this.next();
  }

  /** next advances to the next token. */
  next(): void {
    const s = this.s;
    this.prevEnd = s.end;
    s.next();
    this.tok = s.tok;
    this.pos = s.pos;
    this.lit = s.lit;
  }

  /** error stops parsing with message at text index pos. */
  error(pos: number, message: string): never {
    throw new Bailout(pos, message);
  }

  /** errorExpected reports that `what` was expected, naming what was found when pos is the current token. */
  errorExpected(pos: number, what: string): never {
    let msg = `expected ${what}`;
    if (pos === this.pos) {
      if (this.tok === Tok.SEMICOLON && this.s.semiFromNewline) msg += ', found newline';
      else if (isLiteralToken(this.tok)) msg += `, found ${this.lit}`;
      else msg += `, found '${tokenString(this.tok)}'`;
    }
    return this.error(pos, msg);
  }

  /** expect consumes tok or fails; returns its position. */
  expect(tok: Token): number {
    const pos = this.pos;
    if (this.tok !== tok) this.errorExpected(pos, `'${tokenString(tok)}'`);
    this.next();
    return pos;
  }

  /** expectClosing is expect for a closing token, with Go's hint about a missing comma before a newline. */
  expectClosing(tok: Token, context: string): number {
    if (this.tok !== tok && this.tok === Tok.SEMICOLON && this.s.semiFromNewline) {
      this.error(this.pos, `missing ',' before newline in ${context}`);
    }
    return this.expect(tok);
  }

  /** expectSemi consumes a statement terminator; a semicolon is optional before `)` or `}`. */
  expectSemi(): void {
    const tok = this.tok;
    if (tok === Tok.RPAREN || tok === Tok.RBRACE) return;
    if (tok === Tok.SEMICOLON) {
      this.next();
      return;
    }
    this.errorExpected(this.pos, "';'");
  }

  /** atComma reports whether a list continues: true at a comma, false at follow, an error otherwise. */
  atComma(context: string, follow: Token): boolean {
    if (this.tok === Tok.COMMA) return true;
    if (this.tok !== follow) {
      let msg = "missing ','";
      if (this.tok === Tok.SEMICOLON && this.s.semiFromNewline) msg += ' before newline';
      this.error(this.pos, `${msg} in ${context}`);
    }
    return false;
  }

  /** enter counts one nesting step; past MAX_NESTING parsing stops as go/parser's does. */
  enter(): void {
    if (++this.nestLev > MAX_NESTING) this.error(this.pos, 'exceeded max nesting depth');
  }

  /** leave undoes n nesting steps. */
  leave(n = 1): void {
    this.nestLev -= n;
  }
}
