/**
 * The statement half of the signal walk: scopes of blocks and control clauses (as go/parser's
 * resolver opens them), short variable declarations, go/select/send statements, and the
 * classification of range statements.
 */
import { Tok } from '../scanner/tokens.js';
import type { AssignStmt, CaseClause, Expr, IfStmt, RangeStmt, Stmt, TypeSwitchStmt } from '../parser/ast.js';
import type { LocalKind } from './scope.js';
import { isCertainInt, isIteratorCall, kindFromValue } from './type-facts.js';
import { walkGenDecl } from './walk-decl.js';
import { walkExpr } from './walk-expr.js';
import type { Walker } from './walker-core.js';

/** walkStmts visits a statement list in the current scope. */
export function walkStmts(w: Walker, list: Stmt[]): void {
  for (const s of list) walkStmt(w, s);
}

function walkBlock(w: Walker, list: Stmt[]): void {
  w.scopes.open();
  walkStmts(w, list);
  w.scopes.close();
}

function walkAssign(w: Walker, s: AssignStmt): void {
  for (const x of s.rhs) walkExpr(w, x, false);
  if (s.tok !== Tok.DEFINE) {
    for (const x of s.lhs) walkExpr(w, x, false);
    return;
  }
  const paired = s.lhs.length === s.rhs.length;
  s.lhs.forEach((x, i) => {
    if (x.kind === 'Ident') w.scopes.declare(x.name, paired ? kindFromValue(w, s.rhs[i] as Expr) : 'other');
  });
}

/** walkStmt visits one statement. */
export function walkStmt(w: Walker, s: Stmt): void {
  switch (s.kind) {
    case 'ExprStmt': walkExpr(w, s.x, false); return;
    case 'AssignStmt': walkAssign(w, s); return;
    case 'ReturnStmt': for (const x of s.results) walkExpr(w, x, false); return;
    case 'IfStmt': walkIf(w, s); return;
    case 'BlockStmt': walkBlock(w, s.list); return;
    case 'DeclStmt': walkGenDecl(w, s.decl); return;
    case 'RangeStmt': walkRange(w, s); return;
    case 'ForStmt':
      w.scopes.open();
      if (s.init) walkStmt(w, s.init);
      if (s.cond) walkExpr(w, s.cond, false);
      if (s.post) walkStmt(w, s.post);
      walkBlock(w, s.body.list);
      w.scopes.close();
      return;
    case 'SwitchStmt':
      w.scopes.open();
      if (s.init) walkStmt(w, s.init);
      if (s.tag) walkExpr(w, s.tag, false);
      for (const c of s.body) walkCase(w, c, null);
      w.scopes.close();
      return;
    default: walkOtherStmt(w, s);
  }
}

// Each `if` opens a scope that encloses its else branch; an `else if` chain is walked in a loop.
function walkIf(w: Walker, first: IfStmt): void {
  let opened = 0;
  let s: Stmt | null = first;
  while (s !== null && s.kind === 'IfStmt') {
    w.scopes.open();
    opened++;
    if (s.init) walkStmt(w, s.init);
    walkExpr(w, s.cond, false);
    walkBlock(w, s.body.list);
    s = s.else;
  }
  if (s !== null) walkStmt(w, s);
  for (; opened > 0; opened--) w.scopes.close();
}

function walkOtherStmt(w: Walker, s: Stmt): void {
  switch (s.kind) {
    case 'IncDecStmt': walkExpr(w, s.x, false); return;
    case 'LabeledStmt': walkStmt(w, s.stmt); return;
    case 'GoStmt':
      w.note(w.sig.concurrency.goStmts, s.pos);
      walkExpr(w, s.call, false);
      return;
    case 'DeferStmt': walkExpr(w, s.call, false); return;
    case 'SendStmt':
      w.note(w.sig.concurrency.sends, s.pos);
      walkExpr(w, s.chan, false);
      walkExpr(w, s.value, false);
      return;
    case 'TypeSwitchStmt': walkTypeSwitch(w, s); return;
    case 'SelectStmt':
      w.note(w.sig.concurrency.selects, s.pos);
      for (const c of s.body) {
        w.scopes.open();
        if (c.comm) walkStmt(w, c.comm);
        walkStmts(w, c.body);
        w.scopes.close();
      }
      return;
  }
}

function walkCase(w: Walker, c: CaseClause, symbol: string | null): void {
  if (c.list) for (const x of c.list) walkExpr(w, x, symbol !== null);
  w.scopes.open();
  if (symbol !== null) w.scopes.declare(symbol, 'other');
  walkStmts(w, c.body);
  w.scopes.close();
}

// The symbol of `switch v := x.(type)` is declared in each clause's block, as the spec says.
function walkTypeSwitch(w: Walker, s: TypeSwitchStmt): void {
  w.scopes.open();
  if (s.init) walkStmt(w, s.init);
  let symbol: string | null = null;
  if (s.assign.kind === 'AssignStmt') {
    for (const x of s.assign.rhs) walkExpr(w, x, false);
    const lhs = s.assign.lhs[0];
    if (lhs?.kind === 'Ident') symbol = lhs.name;
  } else walkStmt(w, s.assign);
  for (const c of s.body) walkCase(w, c, symbol ?? '_');
  w.scopes.close();
}

function classifyRange(w: Walker, x: Expr): LocalKind {
  if (isCertainInt(w, x)) return 'int';
  if (x.kind === 'FuncLit') return 'func';
  if (x.kind === 'CallExpr') return isIteratorCall(w, x.fun) ? 'func' : 'other';
  const operand = x.kind === 'ParenExpr' ? x.x : x;
  if (operand.kind === 'Ident' && w.kindOf(operand.name) === 'func') return 'func';
  return 'other';
}

function walkRange(w: Walker, s: RangeStmt): void {
  const it = w.sig.iterators;
  it.rangeStmts++;
  const kind = classifyRange(w, s.x);
  if (kind === 'int') w.note(it.rangeOverInt, s.pos);
  else if (kind === 'func') w.note(it.rangeOverFunc, s.pos);
  w.scopes.open();
  walkExpr(w, s.x, false);
  if (s.tok === Tok.DEFINE) {
    if (s.key?.kind === 'Ident') w.scopes.declare(s.key.name, kind === 'int' ? 'int' : 'other');
    if (s.value?.kind === 'Ident') w.scopes.declare(s.value.name, 'other');
  } else {
    if (s.key) walkExpr(w, s.key, false);
    if (s.value) walkExpr(w, s.value, false);
  }
  walkBlock(w, s.body.list);
  w.scopes.close();
}
