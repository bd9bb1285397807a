/**
 * The expression and type half of the signal walk: instantiations, channel types and receives,
 * constraint interfaces, iter.Seq references, context.Context parameters, and calls.
 */
import { Tok } from '../scanner/tokens.js';
import type { CompositeLit, Expr, Field, FuncType, InterfaceType } from '../parser/ast.js';
import { checkCall } from './call-signals.js';
import { isCertainlyType, kindFromType } from './type-facts.js';
import { walkStmts } from './walk-stmt.js';
import type { Walker } from './walker-core.js';

/**
 * walkExpr visits x; typeCtx is true where x stands for a type (so `T[A]` is an instantiation).
 * Left spines (`a.b.c`, `f()()`, `a + b + c`, `x[i][j]`) are followed in a loop, not by recursion:
 * go/parser builds them without recursing, so they can be far deeper than any nesting.
 */
export function walkExpr(w: Walker, x: Expr, typeCtx: boolean): void {
  let e: Expr | null = x;
  let ctx = typeCtx;
  while (e !== null) {
    e = visitExpr(w, e, ctx);
    ctx = w.spineTypeCtx;
  }
}

// visitExpr handles x and its off-spine operands; it returns the left-spine operand still to be
// visited (with its type context in w.spineTypeCtx), or null.
function visitExpr(w: Walker, x: Expr, typeCtx: boolean): Expr | null {
  switch (x.kind) {
    case 'Ident':
    case 'BasicLit':
      return null;
    case 'SelectorExpr':
      if (x.x.kind !== 'Ident') return spine(w, x.x, false);
      if ((x.sel.name === 'Seq' || x.sel.name === 'Seq2') && w.importOf(x.x) === 'iter') w.note(w.sig.iterators.seqTypes, x.pos);
      return null;
    case 'CallExpr':
      checkCall(w, x);
      for (const a of x.args) walkExpr(w, a, false);
      return spine(w, x.fun, false);
    case 'BinaryExpr':
      walkExpr(w, x.y, typeCtx);
      return spine(w, x.x, typeCtx);
    case 'UnaryExpr':
      if (x.op === Tok.ARROW) w.note(w.sig.concurrency.receives, x.pos);
      return spine(w, x.x, typeCtx || x.op === Tok.TILDE);
    case 'StarExpr':
    case 'ParenExpr':
      return spine(w, x.x, typeCtx);
    case 'KeyValueExpr':
      walkExpr(w, x.key, false);
      return spine(w, x.value, false);
    case 'CompositeLit':
      walkCompositeLit(w, x);
      return null;
    case 'FuncLit':
      w.scopes.open();
      walkSignature(w, x.type, true);
      walkStmts(w, x.body.list);
      w.scopes.close();
      return null;
    case 'IndexExpr': {
      const typeArg = typeCtx || isCertainlyType(w, x.index);
      if (typeArg) w.note(w.sig.generics.instantiations, x.pos);
      walkExpr(w, x.index, typeArg);
      return spine(w, x.x, typeCtx);
    }
    case 'IndexListExpr':
      w.note(w.sig.generics.instantiations, x.pos);
      for (const t of x.indices) walkExpr(w, t, true);
      return spine(w, x.x, typeCtx);
    default:
      return visitOtherExpr(w, x);
  }
}

function spine(w: Walker, next: Expr, typeCtx: boolean): Expr {
  w.spineTypeCtx = typeCtx;
  return next;
}

function walkCompositeLit(w: Walker, x: CompositeLit): void {
  if (x.type) walkExpr(w, x.type, true);
  for (const e of x.elts) {
    if (e.kind === 'KeyValueExpr') {
      if (e.key.kind !== 'Ident') walkExpr(w, e.key, false);
      walkExpr(w, e.value, false);
    } else walkExpr(w, e, false);
  }
}

function visitOtherExpr(w: Walker, x: Expr): Expr | null {
  switch (x.kind) {
    case 'SliceExpr':
      if (x.low) walkExpr(w, x.low, false);
      if (x.high) walkExpr(w, x.high, false);
      if (x.max) walkExpr(w, x.max, false);
      return spine(w, x.x, false);
    case 'TypeAssertExpr':
      if (x.type) walkExpr(w, x.type, true);
      return spine(w, x.x, false);
    case 'Ellipsis':
      return x.elt ? spine(w, x.elt, true) : null;
    case 'ArrayType':
      if (x.len) walkExpr(w, x.len, false);
      return spine(w, x.elt, true);
    case 'MapType':
      walkExpr(w, x.key, true);
      return spine(w, x.value, true);
    case 'ChanType':
      w.note(w.sig.concurrency.chanTypes, x.pos);
      return spine(w, x.value, true);
    case 'StructType':
      walkFieldTypes(w, x.fields);
      return null;
    case 'FuncType':
      walkSignature(w, x, false);
      return null;
    case 'InterfaceType':
      walkInterface(w, x);
      return null;
  }
  return null;
}

/** walkFieldTypes visits the types of a field list. */
export function walkFieldTypes(w: Walker, fields: Field[]): void {
  for (const f of fields) walkExpr(w, f.type, true);
}

/**
 * walkSignature visits a signature's types, counts its context.Context parameters, and (declare)
 * binds its parameter and result names in the current scope, after all types were resolved.
 */
export function walkSignature(w: Walker, t: FuncType, declare: boolean): void {
  for (const f of t.params) {
    walkExpr(w, f.type, true);
    const q = w.qualified(f.type);
    if (q && q[0] === 'context' && q[1] === 'Context') {
      // `a, b context.Context` is two parameters on one line: count both, note the line once.
      w.sig.context.params.count += Math.max(1, f.names.length) - 1;
      w.note(w.sig.context.params, f.type.pos);
    }
  }
  walkFieldTypes(w, t.results);
  if (!declare) return;
  declareFields(w, t.params);
  declareFields(w, t.results);
}

/** declareFields binds each field name with what its type says about it. */
export function declareFields(w: Walker, fields: Field[]): void {
  for (const f of fields) {
    if (f.names.length === 0) continue;
    const kind = kindFromType(w, f.type);
    for (const n of f.names) w.scopes.declare(n.name, kind);
  }
}

/** isTypeSetElement reports whether x is a `~T` term or a union, the elements only constraints may have. */
export function isTypeSetElement(x: Expr): boolean {
  return (x.kind === 'UnaryExpr' && x.op === Tok.TILDE) || (x.kind === 'BinaryExpr' && x.op === Tok.OR);
}

function walkInterface(w: Walker, x: InterfaceType): void {
  let constraint = false;
  for (const m of x.methods) {
    if (m.names.length === 0 && isTypeSetElement(m.type)) constraint = true;
    walkExpr(w, m.type, true);
  }
  if (constraint) w.note(w.sig.generics.constraintInterfaces, x.pos);
}
