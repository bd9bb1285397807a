/**
 * Switch, type switch and select statements (https://go.dev/ref/spec#Switch_statements,
 * https://go.dev/ref/spec#Select_statements).
 */
import { Tok } from '../scanner/tokens.js';
import type { CaseClause, CommClause, Expr, Stmt } from './ast.js';
import { parseList, parseRhs } from './parse-expr.js';
import { makeExpr, parseSimpleStmt, parseStmtList } from './parse-stmt.js';
import type { Parser } from './parser-core.js';

function parseCaseClause(p: Parser): CaseClause {
  const pos = p.pos;
  let list: Expr[] | null = null;
  if (p.tok === Tok.CASE) {
    p.next();
    list = parseList(p, true);
  } else p.expect(Tok.DEFAULT);
  p.expect(Tok.COLON);
  return { kind: 'CaseClause', pos, list, body: parseStmtList(p) };
}

function isTypeSwitchGuard(p: Parser, s: Stmt | null): boolean {
  if (s === null) return false;
  if (s.kind === 'ExprStmt') return isTypeSwitchAssert(s.x);
  if (s.kind !== 'AssignStmt' || s.lhs.length !== 1 || s.rhs.length !== 1 || !isTypeSwitchAssert(s.rhs[0] as Expr)) return false;
  if (s.tok === Tok.ASSIGN) p.error(s.pos, "expected ':=', found '='");
  return s.tok === Tok.DEFINE;
}

function isTypeSwitchAssert(x: Expr): boolean {
  return x.kind === 'TypeAssertExpr' && x.type === null;
}

/** parseSwitchStmt parses an expression switch or a type switch. */
export function parseSwitchStmt(p: Parser): Stmt {
  const pos = p.expect(Tok.SWITCH);
  let s1: Stmt | null = null;
  let s2: Stmt | null = null;
  if (p.tok !== Tok.LBRACE) {
    const prevLev = p.exprLev;
    p.exprLev = -1;
    if (p.tok !== Tok.SEMICOLON) s2 = parseSimpleStmt(p, 'basic');
    if (p.tok === Tok.SEMICOLON) {
      p.next();
      s1 = s2;
      s2 = null;
      if (p.tok !== Tok.LBRACE) s2 = parseSimpleStmt(p, 'basic');
    }
    p.exprLev = prevLev;
  }
  const typeSwitch = isTypeSwitchGuard(p, s2);
  const tag = typeSwitch ? null : makeExpr(p, s2, 'switch expression');
  p.expect(Tok.LBRACE);
  const body: CaseClause[] = [];
  while (p.tok === Tok.CASE || p.tok === Tok.DEFAULT) body.push(parseCaseClause(p));
  p.expect(Tok.RBRACE);
  p.expectSemi();
  if (typeSwitch) return { kind: 'TypeSwitchStmt', pos, init: s1, assign: s2 as Stmt, body };
  return { kind: 'SwitchStmt', pos, init: s1, tag, body };
}

function parseCommClause(p: Parser): CommClause {
  const pos = p.pos;
  let comm: Stmt | null = null;
  if (p.tok === Tok.CASE) {
    p.next();
    const lhs = parseList(p, false);
    const first = lhs[0] as Expr;
    if (p.tok === Tok.ARROW) {
      if (lhs.length > 1) p.errorExpected(first.pos, '1 expression');
      p.next();
      comm = { kind: 'SendStmt', pos: first.pos, chan: first, value: parseRhs(p) };
    } else if (p.tok === Tok.ASSIGN || p.tok === Tok.DEFINE) {
      if (lhs.length > 2) p.errorExpected(first.pos, '1 or 2 expressions');
      const tok = p.tok;
      p.next();
      comm = { kind: 'AssignStmt', pos: first.pos, lhs, tok, rhs: [parseRhs(p)] };
    } else {
      if (lhs.length > 1) p.errorExpected(first.pos, '1 expression');
      comm = { kind: 'ExprStmt', pos: first.pos, x: first };
    }
  } else p.expect(Tok.DEFAULT);
  p.expect(Tok.COLON);
  return { kind: 'CommClause', pos, comm, body: parseStmtList(p) };
}

/** parseSelectStmt parses `select { case … }`. */
export function parseSelectStmt(p: Parser): Stmt {
  const pos = p.expect(Tok.SELECT);
  p.expect(Tok.LBRACE);
  const body: CommClause[] = [];
  while (p.tok === Tok.CASE || p.tok === Tok.DEFAULT) body.push(parseCommClause(p));
  p.expect(Tok.RBRACE);
  p.expectSemi();
  return { kind: 'SelectStmt', pos, body };
}
