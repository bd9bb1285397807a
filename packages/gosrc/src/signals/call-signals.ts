/**
 * Signals read from calls: errors.Is/As/Join/AsType/New, fmt.Errorf and its %w verb, slog and
 * context calls, standard iterator calls, and t.Parallel() in tests. Package names are resolved
 * through the file's imports and the scopes in force (see Walker.importOf).
 */
import type { CallExpr, Expr } from '../parser/ast.js';
import { Tok } from '../scanner/tokens.js';
import { hasWrapVerb, unquoteGoString } from './format-string.js';
import type { Evidence } from './file-signals.js';
import { isStdIteratorFunc } from './type-facts.js';
import type { Walker } from './walker-core.js';

const MAX_CONST_DEPTH = 50;

/** constantString evaluates x when it is a constant string: literals, `+` of them, package-level string constants. */
export function constantString(w: Walker, x: Expr, depth = 0): string | undefined {
  if (depth > MAX_CONST_DEPTH) return undefined;
  switch (x.kind) {
    case 'BasicLit':
      return x.tok === Tok.STRING ? unquoteGoString(x.value) : undefined;
    case 'ParenExpr':
      return constantString(w, x.x, depth + 1);
    case 'BinaryExpr': {
      if (x.op !== Tok.ADD) return undefined;
      const a = constantString(w, x.x, depth + 1);
      const b = a === undefined ? undefined : constantString(w, x.y, depth + 1);
      return b === undefined ? undefined : (a as string) + b;
    }
    case 'Ident':
      return w.scopes.lookup(x.name) === undefined ? w.pkg.stringConsts.get(x.name) : undefined;
  }
  return undefined;
}

function errorsEvidence(w: Walker, name: string): Evidence | undefined {
  const e = w.sig.errors;
  switch (name) {
    case 'Is': return e.is;
    case 'As': return e.as;
    case 'Join': return e.join;
    case 'AsType': return e.asType;
    case 'New': return e.new;
  }
  return undefined;
}

/** checkCall records what call shows; it does not walk the call's operands. */
export function checkCall(w: Walker, call: CallExpr): void {
  let fun = call.fun;
  if (fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') fun = fun.x;
  if (fun.kind !== 'SelectorExpr') return;
  if (w.sig.isTest && fun.sel.name === 'Parallel' && call.args.length === 0 && fun.x.kind === 'Ident') {
    w.note(w.sig.tests.parallel, call.pos);
  }
  const q = w.qualified(fun);
  if (!q) return;
  const [path, name] = q;
  switch (path) {
    case 'errors': {
      const e = errorsEvidence(w, name);
      if (e) w.note(e, call.pos);
      return;
    }
    case 'fmt':
      if (name !== 'Errorf') return;
      w.note(w.sig.errors.errorf, call.pos);
      if (call.args.length > 0) {
        const format = constantString(w, call.args[0] as Expr);
        if (format !== undefined && hasWrapVerb(format)) w.note(w.sig.errors.errorfWrap, call.pos);
      }
      return;
    case 'log/slog':
      w.note(w.sig.slog.calls, call.pos);
      return;
    case 'context':
      w.note(w.sig.context.calls, call.pos);
      return;
  }
  if (isStdIteratorFunc(w, fun)) w.note(w.sig.iterators.iteratorCalls, call.pos);
}
