/**
 * The light syntax tree the parser builds: Go's go/ast shapes (https://pkg.go.dev/go/ast) minus
 * comments and end positions. `pos` is the text index where a node starts; turn it into a line
 * with lineOf. Kinds are string literals so the tree prints and serializes readably.
 */
import type { Token } from '../scanner/tokens.js';

/** Ident is an identifier: a name, a package name, or `_`. */
export interface Ident { kind: 'Ident'; pos: number; name: string }
/** BasicLit is an INT, FLOAT, IMAG, CHAR or STRING literal with its source text. */
export interface BasicLit { kind: 'BasicLit'; pos: number; tok: Token; value: string }
/** CompositeLit is `T{…}` or an elided-type `{…}` inside another composite literal. */
export interface CompositeLit { kind: 'CompositeLit'; pos: number; type: Expr | null; elts: Expr[] }
/** FuncLit is a function literal. */
export interface FuncLit { kind: 'FuncLit'; pos: number; type: FuncType; body: BlockStmt }
/** ParenExpr is `(x)`. */
export interface ParenExpr { kind: 'ParenExpr'; pos: number; x: Expr }
/** SelectorExpr is `x.sel`. */
export interface SelectorExpr { kind: 'SelectorExpr'; pos: number; x: Expr; sel: Ident }
/** IndexExpr is `x[index]`: an index or an instantiation with one type argument. */
export interface IndexExpr { kind: 'IndexExpr'; pos: number; x: Expr; index: Expr }
/** IndexListExpr is `x[a, b, …]`: an instantiation with several type arguments. */
export interface IndexListExpr { kind: 'IndexListExpr'; pos: number; x: Expr; indices: Expr[] }
/** SliceExpr is `x[low:high]` or `x[low:high:max]`. */
export interface SliceExpr {
  kind: 'SliceExpr'; pos: number; x: Expr; low: Expr | null; high: Expr | null; max: Expr | null; slice3: boolean;
}
/** TypeAssertExpr is `x.(T)`, or `x.(type)` in a type switch (type is null). */
export interface TypeAssertExpr { kind: 'TypeAssertExpr'; pos: number; x: Expr; type: Expr | null }
/** CallExpr is a call or conversion `fun(args…)`. */
export interface CallExpr { kind: 'CallExpr'; pos: number; fun: Expr; args: Expr[]; ellipsis: boolean }
/** StarExpr is `*x`: a dereference or a pointer type. */
export interface StarExpr { kind: 'StarExpr'; pos: number; x: Expr }
/** UnaryExpr is a unary operation (`-x`, `!x`, `<-ch`, `~T`, `&x`). */
export interface UnaryExpr { kind: 'UnaryExpr'; pos: number; op: Token; x: Expr }
/** BinaryExpr is `x op y` (also a union `A | B` in a constraint). */
export interface BinaryExpr { kind: 'BinaryExpr'; pos: number; op: Token; x: Expr; y: Expr }
/** KeyValueExpr is `key: value` in a composite literal. */
export interface KeyValueExpr { kind: 'KeyValueExpr'; pos: number; key: Expr; value: Expr }
/** Ellipsis is `...T` in a parameter list or `[...]` in an array type (elt null). */
export interface Ellipsis { kind: 'Ellipsis'; pos: number; elt: Expr | null }
/** ArrayType is `[len]T`, `[...]T` or, with len null, the slice type `[]T`. */
export interface ArrayType { kind: 'ArrayType'; pos: number; len: Expr | null; elt: Expr }
/** StructType is `struct{…}`. */
export interface StructType { kind: 'StructType'; pos: number; fields: Field[] }
/** FuncType is a signature; typeParams is null unless the declaration is generic. */
export interface FuncType {
  kind: 'FuncType'; pos: number; typeParams: Field[] | null; params: Field[]; results: Field[];
}
/** InterfaceType is `interface{…}`: methods (fields with names) and embedded elements. */
export interface InterfaceType { kind: 'InterfaceType'; pos: number; methods: Field[] }
/** MapType is `map[K]V`. */
export interface MapType { kind: 'MapType'; pos: number; key: Expr; value: Expr }
/** ChanDir tells which way a channel type lets values flow. */
export type ChanDir = 'both' | 'send' | 'recv';
/** ChanType is `chan T`, `chan<- T` or `<-chan T`. */
export interface ChanType { kind: 'ChanType'; pos: number; dir: ChanDir; value: Expr }

/** Expr is any expression or type expression. */
export type Expr =
  | Ident | BasicLit | CompositeLit | FuncLit | ParenExpr | SelectorExpr | IndexExpr | IndexListExpr
  | SliceExpr | TypeAssertExpr | CallExpr | StarExpr | UnaryExpr | BinaryExpr | KeyValueExpr | Ellipsis
  | ArrayType | StructType | FuncType | InterfaceType | MapType | ChanType;

/** Field is a parameter, result, struct field, method or embedded element (names empty when anonymous). */
export interface Field { names: Ident[]; type: Expr; tag: BasicLit | null }

/** DeclStmt is a const, type or var declaration inside a function. */
export interface DeclStmt { kind: 'DeclStmt'; pos: number; decl: GenDecl }
/** EmptyStmt is an empty statement (an explicit or implied semicolon). */
export interface EmptyStmt { kind: 'EmptyStmt'; pos: number }
/** LabeledStmt is `label: stmt`. */
export interface LabeledStmt { kind: 'LabeledStmt'; pos: number; label: Ident; stmt: Stmt }
/** ExprStmt is an expression used as a statement. */
export interface ExprStmt { kind: 'ExprStmt'; pos: number; x: Expr }
/** SendStmt is `ch <- value`. */
export interface SendStmt { kind: 'SendStmt'; pos: number; chan: Expr; value: Expr }
/** IncDecStmt is `x++` or `x--`. */
export interface IncDecStmt { kind: 'IncDecStmt'; pos: number; x: Expr; tok: Token }
/** AssignStmt is an assignment or short variable declaration (tok is ASSIGN, DEFINE or an op-assign). */
export interface AssignStmt { kind: 'AssignStmt'; pos: number; lhs: Expr[]; tok: Token; rhs: Expr[] }
/** GoStmt is `go call`. */
export interface GoStmt { kind: 'GoStmt'; pos: number; call: CallExpr }
/** DeferStmt is `defer call`. */
export interface DeferStmt { kind: 'DeferStmt'; pos: number; call: CallExpr }
/** ReturnStmt is `return results…`. */
export interface ReturnStmt { kind: 'ReturnStmt'; pos: number; results: Expr[] }
/** BranchStmt is break, continue, goto or fallthrough. */
export interface BranchStmt { kind: 'BranchStmt'; pos: number; tok: Token; label: Ident | null }
/** BlockStmt is `{ … }`. */
export interface BlockStmt { kind: 'BlockStmt'; pos: number; list: Stmt[] }
/** IfStmt is `if init; cond {…} else …`. */
export interface IfStmt { kind: 'IfStmt'; pos: number; init: Stmt | null; cond: Expr; body: BlockStmt; else: Stmt | null }
/** CaseClause is one case of a switch; list is null for `default`. */
export interface CaseClause { kind: 'CaseClause'; pos: number; list: Expr[] | null; body: Stmt[] }
/** SwitchStmt is an expression switch. */
export interface SwitchStmt { kind: 'SwitchStmt'; pos: number; init: Stmt | null; tag: Expr | null; body: CaseClause[] }
/** TypeSwitchStmt is `switch x := y.(type) {…}`; assign is an ExprStmt or AssignStmt. */
export interface TypeSwitchStmt { kind: 'TypeSwitchStmt'; pos: number; init: Stmt | null; assign: Stmt; body: CaseClause[] }
/** CommClause is one case of a select; comm is null for `default`. */
export interface CommClause { kind: 'CommClause'; pos: number; comm: Stmt | null; body: Stmt[] }
/** SelectStmt is `select {…}`. */
export interface SelectStmt { kind: 'SelectStmt'; pos: number; body: CommClause[] }
/** ForStmt is a three-clause or condition-only for loop. */
export interface ForStmt { kind: 'ForStmt'; pos: number; init: Stmt | null; cond: Expr | null; post: Stmt | null; body: BlockStmt }
/** RangeStmt is `for key, value := range x`; tok is DEFINE, ASSIGN or ILLEGAL when there are no variables. */
export interface RangeStmt {
  kind: 'RangeStmt'; pos: number; key: Expr | null; value: Expr | null; tok: Token; x: Expr; body: BlockStmt;
}

/** Stmt is any statement. */
export type Stmt =
  | DeclStmt | EmptyStmt | LabeledStmt | ExprStmt | SendStmt | IncDecStmt | AssignStmt | GoStmt | DeferStmt
  | ReturnStmt | BranchStmt | BlockStmt | IfStmt | CaseClause | SwitchStmt | TypeSwitchStmt | CommClause
  | SelectStmt | ForStmt | RangeStmt;

/** ImportSpec is one import: an optional local name (`.`, `_` or an identifier) and the quoted path. */
export interface ImportSpec { kind: 'ImportSpec'; pos: number; name: Ident | null; path: BasicLit }
/** ValueSpec is one const or var specification. */
export interface ValueSpec { kind: 'ValueSpec'; pos: number; names: Ident[]; type: Expr | null; values: Expr[] }
/** TypeSpec is a type definition or alias (assign true), possibly generic. */
export interface TypeSpec {
  kind: 'TypeSpec'; pos: number; name: Ident; typeParams: Field[] | null; assign: boolean; type: Expr;
}
/** Spec is any specification of a GenDecl. */
export type Spec = ImportSpec | ValueSpec | TypeSpec;
/** GenDecl is an import, const, type or var declaration (grouped or not). */
export interface GenDecl { kind: 'GenDecl'; pos: number; tok: Token; specs: Spec[] }
/** FuncDecl is a function or method declaration; body is null for a body-less (assembly) function. */
export interface FuncDecl {
  kind: 'FuncDecl'; pos: number; recv: Field[] | null; name: Ident; type: FuncType; body: BlockStmt | null;
}
/** Decl is a top-level declaration. */
export type Decl = GenDecl | FuncDecl;

/** GoFile is a parsed source file: package clause, imports and declarations. */
export interface GoFile {
  /** pos is the index of the `package` keyword. */
  pos: number;
  name: Ident;
  imports: ImportSpec[];
  decls: Decl[];
}
