/**
 * The go.mod / go.work lexer (golang.org/x/mod/modfile read.go `readToken`). It works on char codes
 * and keeps one token of lookahead, so lexical errors surface exactly when Go's do.
 * https://go.dev/ref/mod#go-mod-file-lexical
 */
import { quoteRune as goQuoteRune } from '../internal/strconv.js';
import { isGoPrint } from '../internal/unicode.js';
import type { Comment, Position } from './types.js';

/** TOKEN_EOF … TOKEN_COMMENT are the non-punctuation token kinds; punctuation kinds are char codes. */
export const TOKEN_EOF = -1;
export const TOKEN_EOL_COMMENT = -2;
export const TOKEN_IDENT = -3;
export const TOKEN_STRING = -4;
export const TOKEN_COMMENT = -5;

const NEWLINE = 0x0a;

/** isEndOfLine reports whether a token of this kind ends a line (Go's tokenKind.isEOL). */
export function isEndOfLine(kind: number): boolean {
  return kind === NEWLINE || kind === TOKEN_EOF || kind === TOKEN_EOL_COMMENT;
}

/** LexError is a fatal syntax error at a position; parsing stops at the first one. */
export class LexError extends Error {
  readonly position: Position;

  constructor(message: string, position: Position) {
    super(message);
    this.name = 'LexError';
    this.position = position;
  }
}

// asciiKind: 1 identifier rune, 2 punctuation token, 3 skipped space, 0 anything else.
const asciiKind = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) asciiKind[c] = 1;
for (const c of '()[]{},\n') asciiKind[c.charCodeAt(0)] = 2;
for (const c of ' \t\r') asciiKind[c.charCodeAt(0)] = 3;

// printCache memoises isGoPrint for the Basic Multilingual Plane: 0 unknown, 1 printable, 2 not.
const printCache = new Uint8Array(0x10000);

function isPrintCached(cp: number): boolean {
  if (cp > 0xffff) return isGoPrint(cp);
  let v = printCache[cp];
  if (v === 0) {
    v = isGoPrint(cp) ? 1 : 2;
    printCache[cp] = v;
  }
  return v === 1;
}

/**
 * Lexer turns text into tokens. `next*` describe the lookahead token; after lex(), `tok*` describe
 * the token just consumed. Whole-line comments are tokens; end-of-line comments are tokens too but
 * are also collected in `comments` for attachment to the syntax tree.
 */
export class Lexer {
  readonly text: string;
  readonly comments: Comment[] = [];
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  // lineAdjust counts the extra code units of surrogate pairs on the current line before pos.
  private lineAdjust = 0;

  nextKind = TOKEN_EOF;
  nextText = '';
  // Positions are kept as numbers; Position objects are built only when the tree needs one.
  private nextStartLine = 1;
  private nextStartColumn = 1;
  private nextStartOffset = 0;
  private nextEndLine = 1;
  private nextEndColumn = 1;
  private nextEndOffset = 0;

  tokKind = TOKEN_EOF;
  tokText = '';
  private tokStartLine = 1;
  private tokStartColumn = 1;
  private tokStartOffset = 0;
  private tokEndLine = 1;
  private tokEndColumn = 1;
  private tokEndOffset = 0;

  constructor(text: string) {
    this.text = text;
    this.readToken();
  }

  /** lex consumes the lookahead token into tok* and reads the next one. */
  lex(): void {
    this.tokKind = this.nextKind;
    this.tokText = this.nextText;
    this.tokStartLine = this.nextStartLine;
    this.tokStartColumn = this.nextStartColumn;
    this.tokStartOffset = this.nextStartOffset;
    this.tokEndLine = this.nextEndLine;
    this.tokEndColumn = this.nextEndColumn;
    this.tokEndOffset = this.nextEndOffset;
    this.readToken();
  }

  /** tokStart is where the consumed token starts. */
  tokStart(): Position {
    return { line: this.tokStartLine, column: this.tokStartColumn, offset: this.tokStartOffset };
  }

  /** tokEnd is where the consumed token ends. */
  tokEnd(): Position {
    return { line: this.tokEndLine, column: this.tokEndColumn, offset: this.tokEndOffset };
  }

  /** position is the lexer's current input position (Go's in.pos). */
  position(): Position {
    return { line: this.line, column: this.pos - this.lineStart - this.lineAdjust + 1, offset: this.pos };
  }

  private markStart(): void {
    this.nextStartLine = this.line;
    this.nextStartColumn = this.pos - this.lineStart - this.lineAdjust + 1;
    this.nextStartOffset = this.pos;
  }

  private nextStart(): Position {
    return { line: this.nextStartLine, column: this.nextStartColumn, offset: this.nextStartOffset };
  }

  private fail(message: string, at: Position = this.position()): never {
    throw new LexError(message, at);
  }

  private readToken(): void {
    const text = this.text;
    const n = text.length;
    for (;;) {
      if (this.pos >= n) break;
      const c = text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        this.pos++;
        continue;
      }
      if (c === 0x2f) {
        const d = text.charCodeAt(this.pos + 1);
        if (d === 0x2f) return this.readComment();
        if (d === 0x2a) this.fail('mod files must use // comments (not /* */ comments)');
      }
      break;
    }
    this.markStart();
    if (this.pos >= n) return this.endToken(TOKEN_EOF, '');
    const c = text.charCodeAt(this.pos);
    if (c < 0x80 && asciiKind[c] === 2) {
      this.pos++;
      if (c === NEWLINE) this.newLine();
      return this.endToken(c, text[this.pos - 1] as string);
    }
    if (c === 0x22 || c === 0x60) return this.readString(c);
    this.readIdent();
  }

  private endToken(kind: number, tokenText: string): void {
    this.nextKind = kind;
    this.nextText = tokenText;
    this.nextEndLine = this.line;
    this.nextEndColumn = this.pos - this.lineStart - this.lineAdjust + 1;
    this.nextEndOffset = this.pos;
  }

  private newLine(): void {
    this.line++;
    this.lineStart = this.pos;
    this.lineAdjust = 0;
  }

  private readComment(): void {
    const text = this.text;
    const start = this.pos;
    this.markStart();
    const suffix = this.hasTokenBeforeOnLine(start);
    const nl = text.indexOf('\n', start + 2);
    let body: string;
    if (nl < 0) {
      this.lineAdjust += countSurrogatePairs(text, start, text.length);
      this.pos = text.length;
      body = text.slice(start);
    } else {
      this.pos = nl + 1;
      this.newLine();
      body = text.charCodeAt(nl - 1) === 0x0d ? text.slice(start, nl - 1) : text.slice(start, nl);
    }
    this.endToken(suffix ? TOKEN_EOL_COMMENT : TOKEN_COMMENT, body);
    if (suffix) this.comments.push({ start: this.nextStart(), token: body, suffix: true });
  }

  // hasTokenBeforeOnLine mirrors Go's TrimSpace test between the previous newline and the comment.
  private hasTokenBeforeOnLine(end: number): boolean {
    for (let i = end - 1; i >= this.lineStart; i--) {
      const c = this.text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0b && c !== 0x0c && c !== 0x85 && c !== 0xa0) return true;
    }
    return false;
  }

  private readString(quote: number): void {
    const text = this.text;
    const n = text.length;
    const start = this.pos;
    const startPos = this.nextStart();
    this.pos++;
    for (;;) {
      if (this.pos >= n) this.fail('unexpected EOF in string', startPos);
      const c = text.charCodeAt(this.pos);
      if (c === NEWLINE) this.fail('unexpected newline in string');
      this.advanceRune(c);
      if (c === quote) break;
      if (c === 0x5c && quote !== 0x60) {
        if (this.pos >= n) this.fail('unexpected EOF in string', startPos);
        const escaped = text.charCodeAt(this.pos);
        this.advanceRune(escaped);
        if (escaped === NEWLINE) this.newLine();
      }
    }
    this.endToken(TOKEN_STRING, text.slice(start, this.pos));
  }

  // advanceRune steps over the rune whose first code unit is c.
  private advanceRune(c: number): void {
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = this.text.charCodeAt(this.pos + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.pos += 2;
        this.lineAdjust++;
        return;
      }
    }
    this.pos++;
  }

  private readIdent(): void {
    const text = this.text;
    const n = text.length;
    const start = this.pos;
    if (!this.identRuneAt(start)) {
      const cp = text.codePointAt(start) as number;
      this.fail(`unexpected input character ${goQuoteRune(cp)}`);
    }
    while (this.pos < n) {
      const c = text.charCodeAt(this.pos);
      if (c < 0x80) {
        if (asciiKind[c] !== 1) break;
        if (c === 0x2f) {
          const d = text.charCodeAt(this.pos + 1);
          if (d === 0x2f) break;
          if (d === 0x2a) this.fail('mod files must use // comments (not /* */ comments)');
        }
        this.pos++;
        continue;
      }
      if (!this.identRuneAt(this.pos)) break;
      this.advanceRune(c);
    }
    this.endToken(TOKEN_IDENT, text.slice(start, this.pos));
  }

  // identRuneAt is Go's isIdent for the rune at i: printable, not space, not ( ) [ ] { } ,.
  private identRuneAt(i: number): boolean {
    const c = this.text.charCodeAt(i);
    if (c < 0x80) return asciiKind[c] === 1;
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = this.text.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) return isGoPrint(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
      // A lone surrogate stands for an invalid byte, which Go decodes as the printable U+FFFD.
      return true;
    }
    return isPrintCached(c);
  }
}

function countSurrogatePairs(text: string, from: number, to: number): number {
  let pairs = 0;
  for (let i = from; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return pairs;
}
