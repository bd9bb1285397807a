/**
 * What can be known about types without a type checker: integer-typed expressions, iterator
 * function types, the standard library's iterator functions, and expressions that are certainly
 * types. Every rule is conservative: "unknown" is never counted as a yes.
 */
import { Tok } from '../scanner/tokens.js';
import type { Expr, Field } from '../parser/ast.js';
import type { LocalKind } from './scope.js';
import type { Walker } from './walker-core.js';

/** INTEGER_TYPES are the predeclared integer type names. */
export const INTEGER_TYPES: ReadonlySet<string> = new Set([
  'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'byte', 'rune',
]);

const PREDECLARED_TYPES: ReadonlySet<string> = new Set([
  ...INTEGER_TYPES, 'bool', 'complex64', 'complex128', 'error', 'float32', 'float64', 'string', 'any', 'comparable',
]);

/** STD_ITERATOR_FUNCS lists, per standard package, the functions that return an iter.Seq or iter.Seq2. */
export const STD_ITERATOR_FUNCS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['maps', new Set(['All', 'Keys', 'Values'])],
  ['slices', new Set(['All', 'Values', 'Backward', 'Chunk'])],
  ['strings', new Set(['Lines', 'SplitSeq', 'SplitAfterSeq', 'FieldsSeq', 'FieldsFuncSeq'])],
  ['bytes', new Set(['Lines', 'SplitSeq', 'SplitAfterSeq', 'FieldsSeq', 'FieldsFuncSeq'])],
]);

// Deeper integer expressions are left unclassified (they are not counted) rather than recursed into.
const MAX_INT_DEPTH = 64;

const ARITHMETIC = new Set([Tok.ADD, Tok.SUB, Tok.MUL, Tok.QUO, Tok.REM, Tok.AND, Tok.OR, Tok.XOR, Tok.AND_NOT]);

/** isIteratorCall reports whether call target fun is a known standard iterator function. */
export function isStdIteratorFunc(w: Walker, fun: Expr): boolean {
  const q = w.qualified(fun);
  return q !== undefined && (STD_ITERATOR_FUNCS.get(q[0])?.has(q[1]) ?? false);
}

/** isSeqType reports whether t is iter.Seq[…] or iter.Seq2[…] (or the bare generic name). */
export function isSeqType(w: Walker, t: Expr): boolean {
  const base = t.kind === 'IndexExpr' || t.kind === 'IndexListExpr' ? t.x : t;
  const q = w.qualified(base);
  return q !== undefined && q[0] === 'iter' && (q[1] === 'Seq' || q[1] === 'Seq2');
}

/** isPushIteratorType reports whether t is `func(yield func(…) bool)`: one func parameter returning bool, no results. */
export function isPushIteratorType(t: Expr): boolean {
  if (t.kind !== 'FuncType' || t.results.length !== 0 || t.params.length !== 1) return false;
  const yieldType = (t.params[0] as Field).type;
  if (yieldType.kind !== 'FuncType' || yieldType.results.length !== 1) return false;
  const result = (yieldType.results[0] as Field).type;
  return result.kind === 'Ident' && result.name === 'bool';
}

/** returnsIterator reports whether a signature's single result is an iterator type. */
export function returnsIterator(w: Walker, results: Field[]): boolean {
  if (results.length !== 1 || (results[0] as Field).names.length > 1) return false;
  const t = (results[0] as Field).type;
  return isSeqType(w, t) || isPushIteratorType(t);
}

/** kindFromType says what a declared type makes a variable: integer, function (iterator-capable) or other. */
export function kindFromType(w: Walker, t: Expr): LocalKind {
  if (t.kind === 'Ident' && INTEGER_TYPES.has(t.name) && w.isUniverse(t.name)) return 'int';
  if (t.kind === 'FuncType' || isSeqType(w, t)) return 'func';
  return 'other';
}

/** kindFromValue says what initializing from x makes a variable. */
export function kindFromValue(w: Walker, x: Expr): LocalKind {
  if (isCertainInt(w, x)) return 'int';
  if (x.kind === 'FuncLit') return 'func';
  if (x.kind === 'CallExpr' && isIteratorCall(w, x.fun)) return 'func';
  return 'other';
}

/** isIteratorCall reports whether calling fun certainly returns an iterator (standard or this file's own). */
export function isIteratorCall(w: Walker, fun: Expr): boolean {
  if (isStdIteratorFunc(w, fun)) return true;
  if (fun.kind === 'Ident') return w.pkg.iteratorFuncs.has(fun.name) && w.scopes.lookup(fun.name) === undefined;
  return fun.kind === 'SelectorExpr' && w.importOf(fun.x) === undefined && w.pkg.iteratorMethods.has(fun.sel.name);
}

/** isCertainInt reports whether x certainly has an integer type (see FileSignals.iterators.rangeOverInt). */
export function isCertainInt(w: Walker, x: Expr, depth = 0): boolean {
  if (depth > MAX_INT_DEPTH) return false;
  const d = depth + 1;
  switch (x.kind) {
    case 'BasicLit':
      return x.tok === Tok.INT;
    case 'ParenExpr':
      return isCertainInt(w, x.x, d);
    case 'Ident':
      return w.kindOf(x.name) === 'int';
    case 'UnaryExpr':
      return (x.op === Tok.ADD || x.op === Tok.SUB || x.op === Tok.XOR) && isCertainInt(w, x.x, d);
    case 'BinaryExpr':
      if (x.op === Tok.SHL || x.op === Tok.SHR) return isCertainInt(w, x.x, d);
      // A typed integer operand makes the result that type; an untyped float literal beside it would not.
      if (!ARITHMETIC.has(x.op)) return false;
      return (isCertainInt(w, x.x, d) && !isNonIntLiteral(x.y)) || (isCertainInt(w, x.y, d) && !isNonIntLiteral(x.x));
    case 'CallExpr': {
      if (x.fun.kind !== 'Ident' || x.args.length !== 1 || !w.isUniverse(x.fun.name)) return false;
      const name = x.fun.name;
      return name === 'len' || name === 'cap' || INTEGER_TYPES.has(name);
    }
  }
  return false;
}

function isNonIntLiteral(x: Expr): boolean {
  return x.kind === 'BasicLit' && x.tok !== Tok.INT;
}

/** isCertainlyType reports whether x can only be a type (a type literal or an unshadowed predeclared type name). */
export function isCertainlyType(w: Walker, x: Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'MapType': case 'ChanType': case 'FuncType': case 'StructType': case 'InterfaceType':
      return true;
    case 'Ident':
      return PREDECLARED_TYPES.has(x.name) && w.isUniverse(x.name);
  }
  return false;
}
