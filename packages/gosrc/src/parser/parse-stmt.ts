/**
 * Statements (https://go.dev/ref/spec#Statements): simple statements, labels, go/defer, return,
 * branches, blocks, if, switch and type switch, select and for/range.
 */
import { isAssignOp, Tok, type Token } from '../scanner/tokens.js';
import type { AssignStmt, BlockStmt, Expr, ForStmt, IfStmt, RangeStmt, Stmt } from './ast.js';
import { parseSelectStmt, parseSwitchStmt } from './parse-switch.js';
import { parseLocalDecl } from './parse-decl.js';
import { parseIdent, parseList, parseRhs, unparen } from './parse-expr.js';
import type { Parser } from './parser-core.js';

/** SimpleMode says where a simple statement stands: anywhere, where a label may start, or in a for header. */
export type SimpleMode = 'basic' | 'labelOk' | 'rangeOk';

/** parseSimpleStmt parses an expression, send, inc/dec, assignment or (labelOk) labeled statement. */
export function parseSimpleStmt(p: Parser, mode: SimpleMode): Stmt {
  const x = parseList(p, false);
  const first = x[0] as Expr;
  if (isAssignOp(p.tok)) {
    const tok = p.tok;
    p.next();
    if (mode === 'rangeOk' && p.tok === Tok.RANGE && (tok === Tok.DEFINE || tok === Tok.ASSIGN)) {
      const pos = p.pos;
      p.next();
      const rhs: Expr = { kind: 'UnaryExpr', pos, op: Tok.RANGE, x: parseRhs(p) };
      return { kind: 'AssignStmt', pos: first.pos, lhs: x, tok, rhs: [rhs] };
    }
    return { kind: 'AssignStmt', pos: first.pos, lhs: x, tok, rhs: parseList(p, true) };
  }
  if (x.length > 1) p.errorExpected(first.pos, '1 expression');
  switch (p.tok) {
    case Tok.COLON: {
      const colon = p.pos;
      p.next();
      if (mode === 'labelOk' && first.kind === 'Ident') {
        return { kind: 'LabeledStmt', pos: first.pos, label: first, stmt: parseStmt(p) };
      }
      return p.error(colon, 'illegal label declaration');
    }
    case Tok.ARROW:
      p.next();
      return { kind: 'SendStmt', pos: first.pos, chan: first, value: parseRhs(p) };
    case Tok.INC:
    case Tok.DEC: {
      const tok = p.tok;
      p.next();
      return { kind: 'IncDecStmt', pos: first.pos, x: first, tok };
    }
  }
  return { kind: 'ExprStmt', pos: first.pos, x: first };
}

function parseCallExpr(p: Parser, callType: string): Expr {
  const x = parseRhs(p);
  const t = unparen(x);
  if (t !== x) p.error(x.pos, `expression in ${callType} must not be parenthesized`);
  if (t.kind !== 'CallExpr') p.error(p.prevEnd, `expression in ${callType} must be function call`);
  return t;
}

/** makeExpr turns a statement read where an expression belongs into that expression, or fails as go/parser does. */
export function makeExpr(p: Parser, s: Stmt | null, want: string): Expr | null {
  if (s === null) return null;
  if (s.kind === 'ExprStmt') return s.x;
  const found = s.kind === 'AssignStmt' ? 'assignment' : 'simple statement';
  return p.error(s.pos, `expected ${want}, found ${found} (missing parentheses around composite literal?)`);
}

/** parseBlockStmt parses `{ statements }`. */
export function parseBlockStmt(p: Parser): BlockStmt {
  const pos = p.expect(Tok.LBRACE);
  const list = parseStmtList(p);
  p.expect(Tok.RBRACE);
  return { kind: 'BlockStmt', pos, list };
}

/** parseStmtList parses statements up to a case, default, closing brace or the end. */
export function parseStmtList(p: Parser): Stmt[] {
  const list: Stmt[] = [];
  while (p.tok !== Tok.CASE && p.tok !== Tok.DEFAULT && p.tok !== Tok.RBRACE && p.tok !== Tok.EOF) list.push(parseStmt(p));
  return list;
}

function parseIfHeader(p: Parser): { init: Stmt | null; cond: Expr } {
  if (p.tok === Tok.LBRACE) p.error(p.pos, 'missing condition in if statement');
  const prevLev = p.exprLev;
  p.exprLev = -1;
  let init: Stmt | null = null;
  if (p.tok !== Tok.SEMICOLON) {
    if (p.tok === Tok.VAR) {
      p.next();
      p.error(p.pos, 'var declaration not allowed in if initializer');
    }
    init = parseSimpleStmt(p, 'basic');
  }
  let condStmt: Stmt | null = null;
  let semiPos = -1;
  let semiNewline = false;
  if (p.tok !== Tok.LBRACE) {
    if (p.tok !== Tok.SEMICOLON) p.expect(Tok.SEMICOLON);
    semiPos = p.pos;
    semiNewline = p.s.semiFromNewline;
    p.next();
    if (p.tok !== Tok.LBRACE) condStmt = parseSimpleStmt(p, 'basic');
  } else {
    condStmt = init;
    init = null;
  }
  let cond = makeExpr(p, condStmt, 'boolean expression');
  if (cond === null) {
    if (semiPos >= 0 && semiNewline) p.error(semiPos, 'unexpected newline, expecting { after if clause');
    cond = p.error(semiPos >= 0 ? semiPos : p.pos, 'missing condition in if statement');
  }
  p.exprLev = prevLev;
  return { init, cond };
}

// An `else if` chain is built in a loop: go/parser recurses (and counts one nesting step per
// link), which this mirrors with enter() without spending JavaScript stack.
function parseIfStmt(p: Parser): IfStmt {
  let first: IfStmt | null = null;
  let last: IfStmt | null = null;
  let links = 0;
  for (;;) {
    p.enter();
    links++;
    const pos = p.expect(Tok.IF);
    const { init, cond } = parseIfHeader(p);
    const stmt: IfStmt = { kind: 'IfStmt', pos, init, cond, body: parseBlockStmt(p), else: null };
    if (last) last.else = stmt;
    else first = stmt;
    last = stmt;
    if (p.tok !== Tok.ELSE) {
      p.expectSemi();
      break;
    }
    p.next();
    if (p.tok === Tok.IF) continue;
    if (p.tok !== Tok.LBRACE) p.errorExpected(p.pos, 'if statement or block');
    stmt.else = parseBlockStmt(p);
    p.expectSemi();
    break;
  }
  p.leave(links);
  return first as IfStmt;
}

function parseForHeader(p: Parser): { s1: Stmt | null; s2: Stmt | null; s3: Stmt | null; isRange: boolean } {
  let s1: Stmt | null = null;
  let s2: Stmt | null = null;
  let s3: Stmt | null = null;
  let isRange = false;
  const prevLev = p.exprLev;
  p.exprLev = -1;
  if (p.tok !== Tok.SEMICOLON) {
    if (p.tok === Tok.RANGE) {
      const pos = p.pos;
      p.next();
      const rhs: Expr = { kind: 'UnaryExpr', pos, op: Tok.RANGE, x: parseRhs(p) };
      s2 = { kind: 'AssignStmt', pos, lhs: [], tok: Tok.ILLEGAL, rhs: [rhs] };
      isRange = true;
    } else {
      s2 = parseSimpleStmt(p, 'rangeOk');
      isRange = s2.kind === 'AssignStmt' && isRangeRhs(s2);
    }
  }
  if (!isRange && p.tok === Tok.SEMICOLON) {
    p.next();
    s1 = s2;
    s2 = null;
    if (p.tok !== Tok.SEMICOLON) s2 = parseSimpleStmt(p, 'basic');
    p.expectSemi();
    if (p.tok !== Tok.LBRACE) s3 = parseSimpleStmt(p, 'basic');
  }
  p.exprLev = prevLev;
  return { s1, s2, s3, isRange };
}

function isRangeRhs(s: AssignStmt): boolean {
  const rhs = s.rhs[0] as Expr;
  return s.rhs.length === 1 && rhs.kind === 'UnaryExpr' && rhs.op === Tok.RANGE;
}

function parseForStmt(p: Parser): ForStmt | RangeStmt {
  const pos = p.expect(Tok.FOR);
  const header = p.tok !== Tok.LBRACE ? parseForHeader(p) : { s1: null, s2: null, s3: null, isRange: false };
  if (header.isRange) {
    const as = header.s2 as AssignStmt;
    if (as.lhs.length > 2) p.errorExpected((as.lhs[as.lhs.length - 1] as Expr).pos, 'at most 2 expressions');
    const body = parseBlockStmt(p);
    p.expectSemi();
    const x = (as.rhs[0] as Expr & { x: Expr }).x;
    return { kind: 'RangeStmt', pos, key: as.lhs[0] ?? null, value: as.lhs[1] ?? null, tok: as.tok, x, body };
  }
  const cond = makeExpr(p, header.s2, 'boolean or range expression');
  const body = parseBlockStmt(p);
  p.expectSemi();
  return { kind: 'ForStmt', pos, init: header.s1, cond, post: header.s3, body };
}

function parseBranchStmt(p: Parser, tok: Token): Stmt {
  const pos = p.expect(tok);
  let label = null;
  if (tok === Tok.GOTO || ((tok === Tok.CONTINUE || tok === Tok.BREAK) && p.tok === Tok.IDENT)) label = parseIdent(p);
  p.expectSemi();
  return { kind: 'BranchStmt', pos, tok, label };
}

function parseGoOrDefer(p: Parser, tok: Token): Stmt {
  const pos = p.expect(tok);
  const call = parseCallExpr(p, tok === Tok.GO ? 'go' : 'defer');
  p.expectSemi();
  if (call.kind !== 'CallExpr') throw new Error('unreachable: parseCallExpr returned a non-call');
  return tok === Tok.GO ? { kind: 'GoStmt', pos, call } : { kind: 'DeferStmt', pos, call };
}

/** parseStmt parses one statement. */
export function parseStmt(p: Parser): Stmt {
  p.enter();
  let s: Stmt;
  const tok = p.tok;
  switch (tok) {
    case Tok.CONST: case Tok.TYPE: case Tok.VAR:
      s = { kind: 'DeclStmt', pos: p.pos, decl: parseLocalDecl(p) };
      break;
    case Tok.IDENT: case Tok.INT: case Tok.FLOAT: case Tok.IMAG: case Tok.CHAR: case Tok.STRING: case Tok.FUNC:
    case Tok.LPAREN: case Tok.LBRACK: case Tok.STRUCT: case Tok.MAP: case Tok.CHAN: case Tok.INTERFACE:
    case Tok.ADD: case Tok.SUB: case Tok.MUL: case Tok.AND: case Tok.XOR: case Tok.ARROW: case Tok.NOT:
      s = parseSimpleStmt(p, 'labelOk');
      if (s.kind !== 'LabeledStmt') p.expectSemi();
      break;
    case Tok.GO: case Tok.DEFER: s = parseGoOrDefer(p, tok); break;
    case Tok.RETURN: {
      const pos = p.pos;
      p.next();
      const results = p.tok !== Tok.SEMICOLON && p.tok !== Tok.RBRACE ? parseList(p, true) : [];
      p.expectSemi();
      s = { kind: 'ReturnStmt', pos, results };
      break;
    }
    case Tok.BREAK: case Tok.CONTINUE: case Tok.GOTO: case Tok.FALLTHROUGH: s = parseBranchStmt(p, tok); break;
    case Tok.LBRACE:
      s = parseBlockStmt(p);
      p.expectSemi();
      break;
    case Tok.IF: s = parseIfStmt(p); break;
    case Tok.SWITCH: s = parseSwitchStmt(p); break;
    case Tok.SELECT: s = parseSelectStmt(p); break;
    case Tok.FOR: s = parseForStmt(p); break;
    case Tok.SEMICOLON:
      s = { kind: 'EmptyStmt', pos: p.pos };
      p.next();
      break;
    case Tok.RBRACE:
      s = { kind: 'EmptyStmt', pos: p.pos };
      break;
    default:
      return p.errorExpected(p.pos, 'statement');
  }
  p.leave();
  return s;
}
