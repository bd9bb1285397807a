/**
 * Go's lexical tokens (https://go.dev/ref/spec#Tokens) as small integers, with their spellings,
 * binary-operator precedences and the keyword table. Numbers keep the scanner's hot loop cheap.
 */

/** Tok names every token kind the scanner produces (values are plain numbers: see Token). */
export const Tok = {
  EOF: 0,
  ILLEGAL: 1,
  IDENT: 2,
  INT: 3,
  FLOAT: 4,
  IMAG: 5,
  CHAR: 6,
  STRING: 7,
  ADD: 8,
  SUB: 9,
  MUL: 10,
  QUO: 11,
  REM: 12,
  AND: 13,
  OR: 14,
  XOR: 15,
  SHL: 16,
  SHR: 17,
  AND_NOT: 18,
  ADD_ASSIGN: 19,
  SUB_ASSIGN: 20,
  MUL_ASSIGN: 21,
  QUO_ASSIGN: 22,
  REM_ASSIGN: 23,
  AND_ASSIGN: 24,
  OR_ASSIGN: 25,
  XOR_ASSIGN: 26,
  SHL_ASSIGN: 27,
  SHR_ASSIGN: 28,
  AND_NOT_ASSIGN: 29,
  LAND: 30,
  LOR: 31,
  ARROW: 32,
  INC: 33,
  DEC: 34,
  EQL: 35,
  LSS: 36,
  GTR: 37,
  ASSIGN: 38,
  NOT: 39,
  NEQ: 40,
  LEQ: 41,
  GEQ: 42,
  DEFINE: 43,
  ELLIPSIS: 44,
  LPAREN: 45,
  LBRACK: 46,
  LBRACE: 47,
  COMMA: 48,
  PERIOD: 49,
  RPAREN: 50,
  RBRACK: 51,
  RBRACE: 52,
  SEMICOLON: 53,
  COLON: 54,
  TILDE: 55,
  BREAK: 56,
  CASE: 57,
  CHAN: 58,
  CONST: 59,
  CONTINUE: 60,
  DEFAULT: 61,
  DEFER: 62,
  ELSE: 63,
  FALLTHROUGH: 64,
  FOR: 65,
  FUNC: 66,
  GO: 67,
  GOTO: 68,
  IF: 69,
  IMPORT: 70,
  INTERFACE: 71,
  MAP: 72,
  PACKAGE: 73,
  RANGE: 74,
  RETURN: 75,
  SELECT: 76,
  STRUCT: 77,
  SWITCH: 78,
  TYPE: 79,
  VAR: 80,
};

/**
 * Token is one of the Tok values. It is a plain number on purpose: the parser re-reads its current
 * token after every call that advances, which literal-union narrowing would wrongly flag.
 */
export type Token = number;

const SPELLINGS: readonly string[] = [
  'EOF', 'ILLEGAL', 'IDENT', 'INT', 'FLOAT', 'IMAG', 'CHAR', 'STRING',
  '+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '&^',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '&^=',
  '&&', '||', '<-', '++', '--', '==', '<', '>', '=', '!', '!=', '<=', '>=', ':=', '...',
  '(', '[', '{', ',', '.', ')', ']', '}', ';', ':', '~',
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for',
  'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select',
  'struct', 'switch', 'type', 'var',
];

/** tokenString returns how Go's go/token package spells tok in messages ("+", "break", "IDENT"). */
export function tokenString(tok: Token): string {
  return SPELLINGS[tok] ?? `token(${tok})`;
}

/** isLiteralToken reports whether tok carries a literal text (identifiers and basic literals). */
export function isLiteralToken(tok: Token): boolean {
  return tok >= Tok.IDENT && tok <= Tok.STRING;
}

/** isAssignOp reports whether tok is `=`, `:=` or an operator assignment such as `+=`. */
export function isAssignOp(tok: Token): boolean {
  return (tok >= Tok.ADD_ASSIGN && tok <= Tok.AND_NOT_ASSIGN) || tok === Tok.ASSIGN || tok === Tok.DEFINE;
}

/** LOWEST_PREC is the precedence below every binary operator (https://go.dev/ref/spec#Operator_precedence). */
export const LOWEST_PREC = 0;

const PRECEDENCE = new Uint8Array(SPELLINGS.length);
for (const [tok, prec] of [
  [Tok.LOR, 1], [Tok.LAND, 2],
  [Tok.EQL, 3], [Tok.NEQ, 3], [Tok.LSS, 3], [Tok.LEQ, 3], [Tok.GTR, 3], [Tok.GEQ, 3],
  [Tok.ADD, 4], [Tok.SUB, 4], [Tok.OR, 4], [Tok.XOR, 4],
  [Tok.MUL, 5], [Tok.QUO, 5], [Tok.REM, 5], [Tok.SHL, 5], [Tok.SHR, 5], [Tok.AND, 5], [Tok.AND_NOT, 5],
] as const) {
  PRECEDENCE[tok] = prec;
}

/** precedence returns the binary-operator precedence of tok (1 for ||, up to 5 for *), or 0. */
export function precedence(tok: Token): number {
  return PRECEDENCE[tok] as number;
}

/** KEYWORDS maps each of Go's 25 keywords to its token. */
export const KEYWORDS: ReadonlyMap<string, Token> = new Map<string, Token>(
  SPELLINGS.slice(Tok.BREAK).map((word, i) => [word, Tok.BREAK + i]),
);
