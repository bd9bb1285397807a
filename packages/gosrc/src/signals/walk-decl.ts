/**
 * The declaration half of the signal walk: generic types and functions, constraints, tests and
 * benchmarks by signature, and the package-level facts gathered before the walk.
 */
import { Tok } from '../scanner/tokens.js';
import type { Expr, Field, FuncDecl, GenDecl, GoFile, TypeSpec, ValueSpec } from '../parser/ast.js';
import { constantString } from './call-signals.js';
import type { Evidence } from './file-signals.js';
import type { LocalKind } from './scope.js';
import { isPushIteratorType, kindFromType, kindFromValue, returnsIterator } from './type-facts.js';
import { declareFields, isTypeSetElement, walkExpr, walkSignature } from './walk-expr.js';
import { walkStmts } from './walk-stmt.js';
import type { PackageFacts, Walker } from './walker-core.js';

function walkTypeParams(w: Walker, params: Field[]): void {
  for (const f of params) for (const n of f.names) w.scopes.declare(n.name, 'other');
  for (const f of params) {
    if (isTypeSetElement(f.type)) w.note(w.sig.generics.inlineConstraints, f.type.pos);
    walkExpr(w, f.type, true);
  }
}

function walkTypeSpec(w: Walker, spec: TypeSpec): void {
  w.sig.decls.types++;
  w.scopes.declare(spec.name.name, 'other');
  if (spec.typeParams) {
    w.note(w.sig.generics.typeDecls, spec.pos);
    w.scopes.open();
    walkTypeParams(w, spec.typeParams);
    walkExpr(w, spec.type, true);
    w.scopes.close();
  } else walkExpr(w, spec.type, true);
}

function valueKind(w: Walker, spec: ValueSpec, i: number): LocalKind {
  if (spec.type) return kindFromType(w, spec.type);
  return spec.values.length === spec.names.length ? kindFromValue(w, spec.values[i] as Expr) : 'other';
}

/** walkGenDecl visits a const, type or var declaration and binds its names in the current scope. */
export function walkGenDecl(w: Walker, decl: GenDecl): void {
  for (const spec of decl.specs) {
    if (spec.kind === 'TypeSpec') walkTypeSpec(w, spec);
    else if (spec.kind === 'ValueSpec') {
      for (const v of spec.values) walkExpr(w, v, false);
      if (spec.type) walkExpr(w, spec.type, true);
      spec.names.forEach((n, i) => w.scopes.declare(n.name, valueKind(w, spec, i)));
    }
  }
}

function receiverBase(recv: Field[]): Expr | null {
  const first = recv[0];
  if (!first) return null;
  const t = first.type.kind === 'StarExpr' ? first.type.x : first.type;
  return t.kind === 'ParenExpr' ? t.x : t;
}

function receiverIsGeneric(recv: Field[]): boolean {
  const base = receiverBase(recv);
  return base !== null && (base.kind === 'IndexExpr' || base.kind === 'IndexListExpr');
}

// In `func (l *List[K, V])` the brackets declare the receiver's type parameters: no instantiation.
function walkReceiver(w: Walker, recv: Field[]): void {
  const base = receiverBase(recv);
  if (base !== null && (base.kind === 'IndexExpr' || base.kind === 'IndexListExpr')) {
    const params = base.kind === 'IndexExpr' ? [base.index] : base.indices;
    for (const p of params) if (p.kind === 'Ident') w.scopes.declare(p.name, 'other');
  } else if (base !== null) walkExpr(w, base, true);
  declareFields(w, recv);
}

/** walkFuncDecl visits a function or method declaration. */
export function walkFuncDecl(w: Walker, d: FuncDecl): void {
  const g = w.sig.generics;
  if (d.recv) {
    w.sig.decls.methods++;
    if (receiverIsGeneric(d.recv)) w.note(g.methodsOnGenericTypes, d.pos);
  } else {
    w.sig.decls.funcs++;
    if (d.type.typeParams) w.note(g.funcDecls, d.pos);
    if (w.sig.isTest) classifyTestFunc(w, d);
  }
  w.scopes.open();
  if (d.recv) walkReceiver(w, d.recv);
  if (d.type.typeParams) walkTypeParams(w, d.type.typeParams);
  walkSignature(w, d.type, true);
  if (d.body) walkStmts(w, d.body.list);
  w.scopes.close();
}

function hasTestPrefix(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false;
  if (name.length === prefix.length) return true;
  return !/^\p{Ll}/u.test(name.slice(prefix.length));
}

// `go test` accepts `func TestXxx(t *testing.T)`: one parameter of type *T or *pkg.T, no results.
function isTestSignature(d: FuncDecl, arg: string): boolean {
  const { params, results } = d.type;
  if (results.length > 0 || params.length !== 1 || (params[0] as Field).names.length > 1) return false;
  const t = (params[0] as Field).type;
  if (t.kind !== 'StarExpr') return false;
  if (t.x.kind === 'Ident') return t.x.name === arg;
  return t.x.kind === 'SelectorExpr' && t.x.sel.name === arg;
}

function classifyTestFunc(w: Walker, d: FuncDecl): void {
  const name = d.name.name;
  const t = w.sig.tests;
  let e: Evidence | undefined;
  if (hasTestPrefix(name, 'Test') && isTestSignature(d, 'T')) e = t.tests;
  else if (hasTestPrefix(name, 'Benchmark') && isTestSignature(d, 'B')) e = t.benchmarks;
  else if (hasTestPrefix(name, 'Fuzz') && isTestSignature(d, 'F')) e = t.fuzz;
  else if (hasTestPrefix(name, 'Example') && d.type.params.length === 0 && d.type.results.length === 0) e = t.examples;
  if (e) w.note(e, d.pos);
}

/** collectPackageFacts gathers package-level names, kinds, string constants and iterator functions of file. */
export function collectPackageFacts(w: Walker, file: GoFile): void {
  const pkg: PackageFacts = w.pkg;
  for (const decl of file.decls) {
    if (decl.kind === 'FuncDecl') {
      collectFunc(pkg, w, decl);
      continue;
    }
    for (const spec of decl.specs) {
      if (spec.kind === 'TypeSpec') pkg.names.add(spec.name.name);
      else if (spec.kind === 'ValueSpec') collectValues(pkg, w, spec, decl.tok === Tok.CONST);
    }
  }
}

function collectFunc(pkg: PackageFacts, w: Walker, d: FuncDecl): void {
  const iterates = returnsIterator(w, d.type.results);
  if (d.recv) {
    if (iterates) pkg.iteratorMethods.add(d.name.name);
    return;
  }
  if (d.name.name === 'init') return;
  pkg.names.add(d.name.name);
  if (iterates) pkg.iteratorFuncs.add(d.name.name);
  if (isPushIteratorType(d.type)) pkg.kinds.set(d.name.name, 'func');
}

function collectValues(pkg: PackageFacts, w: Walker, spec: ValueSpec, isConst: boolean): void {
  spec.names.forEach((n, i) => {
    pkg.names.add(n.name);
    pkg.kinds.set(n.name, valueKind(w, spec, i));
    if (!isConst || spec.values.length !== spec.names.length) return;
    const s = constantString(w, spec.values[i] as Expr);
    if (s !== undefined) pkg.stringConsts.set(n.name, s);
  });
}
