/**
 * The expression and type half of the signal walk: instantiations, channel types and receives,
 * constraint interfaces, iter.Seq references, context.Context parameters, and calls.
 */
import { Tok } from '../scanner/tokens.js';
import type { Expr, Field, FuncType, InterfaceType } from '../parser/ast.js';
import { checkCall } from './call-signals.js';
import { isCertainlyType, kindFromType } from './type-facts.js';
import { walkStmts } from './walk-stmt.js';
import type { Walker } from './walker-core.js';

/** walkExpr visits x; typeCtx is true where x stands for a type (so `T[A]` is an instantiation). */
export function walkExpr(w: Walker, x: Expr, typeCtx: boolean): void {
  switch (x.kind) {
    case 'Ident':
    case 'BasicLit':
      return;
    case 'SelectorExpr':
      if (x.x.kind === 'Ident') {
        if ((x.sel.name === 'Seq' || x.sel.name === 'Seq2') && w.importOf(x.x) === 'iter') w.note(w.sig.iterators.seqTypes, x.pos);
      } else walkExpr(w, x.x, false);
      return;
    case 'CallExpr':
      checkCall(w, x);
      walkExpr(w, x.fun, false);
      for (const a of x.args) walkExpr(w, a, false);
      return;
    case 'BinaryExpr':
      walkExpr(w, x.x, typeCtx);
      walkExpr(w, x.y, typeCtx);
      return;
    case 'UnaryExpr':
      if (x.op === Tok.ARROW) w.note(w.sig.concurrency.receives, x.pos);
      walkExpr(w, x.x, typeCtx || x.op === Tok.TILDE);
      return;
    case 'StarExpr':
    case 'ParenExpr':
      walkExpr(w, x.x, typeCtx);
      return;
    case 'KeyValueExpr':
      walkExpr(w, x.key, false);
      walkExpr(w, x.value, false);
      return;
    case 'CompositeLit':
      if (x.type) walkExpr(w, x.type, true);
      for (const e of x.elts) {
        if (e.kind === 'KeyValueExpr') {
          if (e.key.kind !== 'Ident') walkExpr(w, e.key, false);
          walkExpr(w, e.value, false);
        } else walkExpr(w, e, false);
      }
      return;
    case 'FuncLit':
      w.scopes.open();
      walkSignature(w, x.type, true);
      walkStmts(w, x.body.list);
      w.scopes.close();
      return;
    default:
      walkOtherExpr(w, x, typeCtx);
  }
}

function walkOtherExpr(w: Walker, x: Expr, typeCtx: boolean): void {
  switch (x.kind) {
    case 'IndexExpr': {
      const typeArg = typeCtx || isCertainlyType(w, x.index);
      if (typeArg) w.note(w.sig.generics.instantiations, x.pos);
      walkExpr(w, x.x, typeCtx);
      walkExpr(w, x.index, typeArg);
      return;
    }
    case 'IndexListExpr':
      w.note(w.sig.generics.instantiations, x.pos);
      walkExpr(w, x.x, typeCtx);
      for (const t of x.indices) walkExpr(w, t, true);
      return;
    case 'SliceExpr':
      walkExpr(w, x.x, false);
      if (x.low) walkExpr(w, x.low, false);
      if (x.high) walkExpr(w, x.high, false);
      if (x.max) walkExpr(w, x.max, false);
      return;
    case 'TypeAssertExpr':
      walkExpr(w, x.x, false);
      if (x.type) walkExpr(w, x.type, true);
      return;
    case 'Ellipsis':
      if (x.elt) walkExpr(w, x.elt, true);
      return;
    case 'ArrayType':
      if (x.len) walkExpr(w, x.len, false);
      walkExpr(w, x.elt, true);
      return;
    case 'MapType':
      walkExpr(w, x.key, true);
      walkExpr(w, x.value, true);
      return;
    case 'ChanType':
      w.note(w.sig.concurrency.chanTypes, x.pos);
      walkExpr(w, x.value, true);
      return;
    case 'StructType':
      walkFieldTypes(w, x.fields);
      return;
    case 'FuncType':
      walkSignature(w, x, false);
      return;
    case 'InterfaceType':
      walkInterface(w, x);
      return;
  }
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
