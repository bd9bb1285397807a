/**
 * The state of one signal walk over a file: the FileSignals being filled, the file's imports by
 * local name, its package-level facts, and the local scopes used to tell imports from shadowing
 * declarations (the same rule go/parser's object resolution applies).
 */
import { lineOf } from '../scanner/position.js';
import type { Expr } from '../parser/ast.js';
import { MAX_EVIDENCE_LINES, type Evidence, type FileSignals } from './file-signals.js';
import { Scopes, type LocalKind } from './scope.js';

/** PackageFacts are what the file's package-level declarations tell the walk. */
export interface PackageFacts {
  /** names declared at package level in this file (they hide an import of the same name). */
  names: Set<string>;
  /** kinds of package-level constants, variables and functions (int, func, other). */
  kinds: Map<string, LocalKind>;
  /** stringConsts maps package-level string constants to their values. */
  stringConsts: Map<string, string>;
  /** iteratorFuncs and iteratorMethods name this file's functions/methods returning an iterator. */
  iteratorFuncs: Set<string>;
  iteratorMethods: Set<string>;
}

/** Walker carries the walk's state; the walk itself is in walk-*.ts. */
export class Walker {
  readonly scopes = new Scopes();
  /** spineTypeCtx carries the type context of the next expression on a left spine (see walkExpr). */
  spineTypeCtx = false;

  constructor(
    readonly sig: FileSignals,
    readonly lineStarts: readonly number[],
    /** imports maps each usable local import name to its path (dot and blank imports excluded). */
    readonly imports: ReadonlyMap<string, string>,
    readonly pkg: PackageFacts,
  ) {}

  /** note counts one occurrence at text index pos in e. */
  note(e: Evidence, pos: number): void {
    e.count++;
    if (e.lines.length < MAX_EVIDENCE_LINES) e.lines.push(lineOf(this.lineStarts, pos));
  }

  /** importOf returns the import path x names when x is an import's local name not shadowed here. */
  importOf(x: Expr): string | undefined {
    if (x.kind !== 'Ident') return undefined;
    const path = this.imports.get(x.name);
    if (path === undefined || this.pkg.names.has(x.name) || this.scopes.lookup(x.name) !== undefined) return undefined;
    return path;
  }

  /** qualified returns [path, name] when x is `pkg.Name` with pkg an unshadowed import. */
  qualified(x: Expr): [string, string] | undefined {
    if (x.kind !== 'SelectorExpr') return undefined;
    const path = this.importOf(x.x);
    return path === undefined ? undefined : [path, x.sel.name];
  }

  /** kindOf returns what is known about the identifier name here: locals first, then package level. */
  kindOf(name: string): LocalKind | undefined {
    return this.scopes.lookup(name) ?? this.pkg.kinds.get(name);
  }

  /** isUniverse reports whether name refers to the predeclared identifier (not redeclared in scope). */
  isUniverse(name: string): boolean {
    return this.scopes.lookup(name) === undefined && !this.pkg.names.has(name);
  }
}
