/**
 * The Go scanner (https://go.dev/ref/spec#Lexical_elements): turns source text into tokens with
 * automatic semicolon insertion, records line starts, code/comment lines and directive comments,
 * and reports lexical errors with Go's texts without ever throwing.
 */
import { ASCII_IDENT, formatCodePoint, isDecimal, isIdentPart, isLetter } from './char-class.js';
import { checkLineDirective, isDirectiveComment, isLineDirectiveCandidate } from './line-directive.js';
import { scanOperator } from './operators.js';
import { scanNumber, scanRune, scanString, type TokenEnd } from './scan-literals.js';
import { KEYWORDS, Tok, type Token } from './tokens.js';

/** ScanError is a lexical error at a text index. */
export interface ScanError {
  index: number;
  message: string;
}

/** DirectiveComment is a `//go:…`, `// +build` or cgo `//export` line comment, kept for build constraints and signals. */
export interface DirectiveComment {
  /** index is the text index of the leading '/'. */
  index: number;
  line: number;
  text: string;
}

/** LINE_CODE and LINE_COMMENT are the bits of Scanner.lineFlags. */
export const LINE_CODE = 1;
export const LINE_COMMENT = 2;

// Tokens after which a newline ends the statement (https://go.dev/ref/spec#Semicolons).
const SEMI_AFTER = new Uint8Array(128);
for (const t of [Tok.IDENT, Tok.INT, Tok.FLOAT, Tok.IMAG, Tok.CHAR, Tok.STRING, Tok.BREAK, Tok.CONTINUE,
  Tok.FALLTHROUGH, Tok.RETURN, Tok.INC, Tok.DEC, Tok.RPAREN, Tok.RBRACK, Tok.RBRACE]) SEMI_AFTER[t] = 1;

/** Scanner reads tokens from Go source text; call next() and read tok/pos/end/lit. */
export class Scanner {
  /** tok is the current token. */
  tok: Token = Tok.EOF;
  /** pos and end delimit the current token's text (end is exclusive). */
  pos = 0;
  end = 0;
  /** lit is the text of an identifier or basic literal (empty for other tokens). */
  lit = '';
  /** semiFromNewline is true when the current SEMICOLON was inserted at a newline or EOF. */
  semiFromNewline = false;
  /** line is the 1-based line of the current token. */
  line = 1;
  /** lineStarts[k] is the text index where line k+1 begins. */
  readonly lineStarts: number[] = [0];
  /** lineFlags[line] has LINE_CODE and/or LINE_COMMENT set; index 0 is unused. */
  lineFlags = new Uint8Array(256);
  readonly directives: DirectiveComment[] = [];
  commentCount = 0;
  /** firstError is the earliest lexical error, if any. */
  firstError: ScanError | undefined;

  private i = 0;
  private curLine = 1;
  private lastCodeLine = 0;
  private insertSemi = false;
  private readonly n: number;
  private readonly num: TokenEnd = { end: 0, tok: Tok.INT };
  private readonly report = (index: number, message: string): void => {
    if (!this.firstError) this.firstError = { index, message };
  };

  constructor(readonly src: string) {
    this.n = src.length;
    if (src.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  /** next advances to the following token. */
  next(): void {
    const src = this.src;
    const n = this.n;
    let i = this.i;
    for (;;) {
      if (i >= n) {
        this.i = i;
        this.pos = this.end = i;
        this.line = this.curLine;
        this.lit = '';
        if (this.insertSemi) {
          this.insertSemi = false;
          this.tok = Tok.SEMICOLON;
          this.semiFromNewline = true;
        } else this.tok = Tok.EOF;
        return;
      }
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) {
        i++;
      } else if (c === 10) {
        if (this.insertSemi) {
          this.insertSemi = false;
          this.setToken(Tok.SEMICOLON, i, i + 1);
          this.semiFromNewline = true;
          this.newline(i + 1);
          this.i = i + 1;
          return;
        }
        i++;
        this.newline(i);
      } else if (c === 47 && (src.charCodeAt(i + 1) === 47 || src.charCodeAt(i + 1) === 42)) {
        const semiAt = this.skipComment(i);
        i = this.i;
        if (semiAt >= 0) {
          this.setToken(Tok.SEMICOLON, semiAt, semiAt + 1);
          this.semiFromNewline = true;
          return;
        }
      } else {
        this.scanToken(c, i);
        return;
      }
    }
  }

  private setToken(tok: Token, pos: number, end: number): void {
    this.tok = tok;
    this.pos = pos;
    this.end = end;
    this.lit = '';
    this.line = this.curLine;
  }

  private newline(start: number): void {
    this.lineStarts.push(start);
    const line = ++this.curLine;
    if (line >= this.lineFlags.length) {
      const grown = new Uint8Array(this.lineFlags.length * 2);
      grown.set(this.lineFlags);
      this.lineFlags = grown;
    }
  }

  private markCode(): void {
    if (this.curLine !== this.lastCodeLine) {
      this.lastCodeLine = this.curLine;
      this.lineFlags[this.curLine] = (this.lineFlags[this.curLine] as number) | LINE_CODE;
    }
  }

  private scanToken(c: number, start: number): void {
    const src = this.src;
    this.pos = start;
    this.line = this.curLine;
    this.semiFromNewline = false;
    this.markCode();
    let tok: Token;
    let i = start + 1;
    if (c < 128 && ASCII_IDENT[c] === 1) {
      const n = this.n;
      while (i < n) {
        const d = src.charCodeAt(i);
        if (d < 128 ? ASCII_IDENT[d] === 0 : !this.isIdentPartAt(i)) break;
        i++;
      }
      this.finishIdent(start, i);
      return;
    }
    if (isDecimal(c) || (c === 46 && isDecimal(src.charCodeAt(i)))) {
      scanNumber(src, start, this.num, this.report);
      this.finish(this.num.tok, start, this.num.end, true);
      return;
    }
    switch (c) {
      case 34: // "
        this.finish(Tok.STRING, start, scanString(src, start, this.report), true);
        return;
      case 39: // '
        this.finish(Tok.CHAR, start, scanRune(src, start, this.report), true);
        return;
      case 96: // `
        this.scanRawString(start);
        return;
      case 40: tok = Tok.LPAREN; break;
      case 41: tok = Tok.RPAREN; break;
      case 91: tok = Tok.LBRACK; break;
      case 93: tok = Tok.RBRACK; break;
      case 123: tok = Tok.LBRACE; break;
      case 125: tok = Tok.RBRACE; break;
      case 44: tok = Tok.COMMA; break;
      case 59: tok = Tok.SEMICOLON; break;
      case 126: tok = Tok.TILDE; break;
      case 58: // :
        tok = src.charCodeAt(i) === 61 ? Tok.DEFINE : Tok.COLON;
        if (tok === Tok.DEFINE) i++;
        break;
      case 46: // .
        tok = src.charCodeAt(i) === 46 && src.charCodeAt(i + 1) === 46 ? Tok.ELLIPSIS : Tok.PERIOD;
        if (tok === Tok.ELLIPSIS) i += 2;
        break;
      default:
        if (c < 128) {
          if (!scanOperator(src, c, i, this.num)) {
            this.report(start, c === 0 ? 'illegal character NUL' : `illegal character ${formatCodePoint(c)}`);
          }
          tok = this.num.tok;
          i = this.num.end;
        } else {
          this.scanNonAscii(start);
          return;
        }
    }
    this.finish(tok, start, i, false);
  }

  private finish(tok: Token, start: number, end: number, withLit: boolean): void {
    this.tok = tok;
    this.end = end;
    this.i = end;
    this.lit = withLit ? this.src.slice(start, end) : '';
    // An illegal character leaves semicolon insertion as it was, as Go's scanner does.
    if (tok !== Tok.ILLEGAL) this.insertSemi = SEMI_AFTER[tok] === 1;
  }

  private finishIdent(start: number, end: number): void {
    const name = this.src.slice(start, end);
    let tok: Token = Tok.IDENT;
    const first = this.src.charCodeAt(start);
    if (end - start > 1 && end - start < 12 && first >= 97 && first <= 118) tok = KEYWORDS.get(name) ?? Tok.IDENT;
    this.tok = tok;
    this.end = end;
    this.i = end;
    this.lit = name;
    this.insertSemi = SEMI_AFTER[tok] === 1;
  }

  private isIdentPartAt(i: number): boolean {
    return isIdentPart(this.src.codePointAt(i) ?? 0);
  }

  private scanNonAscii(start: number): void {
    const src = this.src;
    const cp = src.codePointAt(start) ?? 0;
    if (isLetter(cp)) {
      let i = start + (cp > 0xffff ? 2 : 1);
      while (i < this.n) {
        const d = src.charCodeAt(i);
        if (d < 128) {
          if (ASCII_IDENT[d] === 0) break;
          i++;
        } else {
          const p = src.codePointAt(i) ?? 0;
          if (!isIdentPart(p)) break;
          i += p > 0xffff ? 2 : 1;
        }
      }
      this.finishIdent(start, i);
      return;
    }
    if (cp === 0x201c || cp === 0x201d) this.report(start, `curly quotation mark '${String.fromCodePoint(cp)}' (use neutral '"')`);
    else if (cp !== 0xfeff) this.report(start, `illegal character ${formatCodePoint(cp)}`);
    this.finish(Tok.ILLEGAL, start, start + (cp > 0xffff ? 2 : 1), true);
  }

  private scanRawString(start: number): void {
    const src = this.src;
    let i = start + 1;
    for (;;) {
      if (i >= this.n) {
        this.report(start, 'raw string literal not terminated');
        break;
      }
      const c = src.charCodeAt(i++);
      if (c === 96) break;
      if (c === 10) {
        this.newline(i);
        this.markCode();
      }
    }
    this.finish(Tok.STRING, start, i, true);
  }

  /** skipComment skips the comment at index start; returns the index of an implied semicolon, or -1. */
  private skipComment(start: number): number {
    const src = this.src;
    this.commentCount++;
    this.lineFlags[this.curLine] = (this.lineFlags[this.curLine] as number) | LINE_COMMENT;
    if (src.charCodeAt(start + 1) === 47) {
      let end = src.indexOf('\n', start + 2);
      if (end < 0) end = this.n;
      this.i = end;
      this.noteLineComment(start, end);
      return -1;
    }
    const close = src.indexOf('*/', start + 2);
    const end = close < 0 ? this.n : close + 2;
    if (close < 0) this.report(start, 'comment not terminated');
    let firstNewline = -1;
    for (let nl = src.indexOf('\n', start + 2); nl >= 0 && nl < end; nl = src.indexOf('\n', nl + 1)) {
      if (firstNewline < 0) firstNewline = nl;
      this.newline(nl + 1);
      this.lineFlags[this.curLine] = (this.lineFlags[this.curLine] as number) | LINE_COMMENT;
    }
    this.i = end;
    if (close >= 0 && isLineDirectiveCandidate(src.slice(start, start + 7))) this.checkLine(start, end);
    if (firstNewline >= 0 && this.insertSemi) {
      this.insertSemi = false;
      return firstNewline;
    }
    return -1;
  }

  private noteLineComment(start: number, end: number): void {
    if (isDirectiveComment(this.src, start)) {
      this.directives.push({ index: start, line: this.curLine, text: this.src.slice(start, end) });
    } else if (this.src.startsWith('line ', start + 2) && start === this.lineStarts[this.curLine - 1]) {
      this.checkLine(start, end);
    }
  }

  private checkLine(start: number, end: number): void {
    const err = checkLineDirective(this.src.slice(start, end));
    if (err) this.report(start + err.offset, err.message);
  }
}
