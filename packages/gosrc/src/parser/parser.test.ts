import { describe, expect, it } from 'vitest';
import type { Expr, FuncDecl, GenDecl, Stmt, TypeSpec } from './ast.js';
import { formatSyntaxError, parseGoText } from './parse-file.js';

function parse(body: string): { error: string | null; decls: ReturnType<typeof parseGoText>['file'] } {
  const r = parseGoText(`package p\n${body}\n`);
  return { error: r.error ? formatSyntaxError('x.go', r.error) : null, decls: r.file };
}

function funcBody(src: string): Stmt[] {
  const r = parseGoText(`package p\nfunc f() {\n${src}\n}\n`);
  expect(r.error).toBeNull();
  return ((r.file?.decls[0] as FuncDecl).body?.list ?? []);
}

describe('parser accepts the Go grammar', () => {
  it.each([
    ['imports', 'import (\n\t"fmt"\n\terrs "errors"\n\t. "math"\n\t_ "embed"\n)'],
    ['grouped generic types', 'type (\n\tList[T any] struct{ next *List[T]; v T }\n\tPair[K comparable, V any] struct{ k K; v V }\n\tNum interface{ ~int | ~int64 | float64 }\n\tA [N]int\n\tAlias = map[string]int\n\tG[T any] = []T\n)'],
    ['constraint forms', 'type C[P *Q, Q interface{ *P }] struct{}\ntype D[T interface{ ~[]E }, E any] int\ntype F[_ any] int\ntype E[P *int,] int'],
    ['generic functions and instantiation', 'func Map[S ~[]E, E, R any](s S, f func(E) R) []R { return nil }\nvar _ = Map[[]int, int, string]\nvar m = Pair[string, int]{}\nvar f = F[int]'],
    ['methods on generic types', 'func (l *List[T]) Push(v T) {}\nfunc (p Pair[K, _]) Key() K { return p.k }'],
    ['interfaces', 'type I interface {\n\tM(int) error\n\tfmt.Stringer\n\tJ[int]\n\t~string | []byte\n}'],
    ['body-less function', 'func asm(x int) int'],
    ['composite literals', 'var _ = []T{{1, 2}, {3}}\nvar _ = map[string][]int{"a": {1}}\nvar _ = [...]int{1, 2}\nvar _ = struct{ a int }{a: 1}'],
    ['composite literal in parens inside if', 'func f() { if x == (T{}) {} ; for _, v := range []int{1} {} ; if f(T{}) {} }'],
    ['method expressions and values', 'var _ = T.M\nvar _ = (*T).M\nvar _ = x.M'],
    ['slices', 'var _ = a[i:j:k]\nvar _ = a[:]\nvar _ = a[i:]\nvar _ = a[:j]'],
    ['labels and goto', 'func f() {\nL:\n\tfor {\n\t\tbreak L\n\t}\n\tgoto L\nM:\n}'],
    ['switches', 'func f() {\n\tswitch x := y.(type) {\n\tcase int, string:\n\tdefault:\n\t}\n\tswitch {\n\tcase a > b:\n\t\tfallthrough\n\tcase true:\n\t}\n\tswitch x := 1; x {\n\t}\n}'],
    ['select and channels', 'func f(c chan<- int, d <-chan int, e chan (<-chan int)) {\n\tselect {\n\tcase c <- 1:\n\tcase v, ok := <-d:\n\t\t_, _ = v, ok\n\tcase <-d:\n\tdefault:\n\t}\n\tvar _ <-chan <-chan int\n}'],
    ['range forms', 'func f() {\n\tfor range 10 {}\n\tfor i := range n {}\n\tfor k, v = range m {}\n\tfor i := 0; i < 10; i++ {}\n\tfor ;; {}\n\tfor cond {}\n}'],
    ['func literals and go/defer', 'func f() {\n\tgo func() {}()\n\tdefer g(1)\n\tx := func(a, b int) (int, error) { return a, nil }\n\t_ = x\n}'],
    ['unicode identifiers', 'var αβ, 日本語 = 1, 2'],
    ['conversions', 'var _ = (*int)(nil)\nvar _ = []byte("x")\nvar _ = (func())(nil)\nvar _ = (<-chan int)(nil)'],
    ['variadic', 'func f(a int, b ...string) { g(b...) }'],
    ['type parameters on local types', 'func f() { type L[T any] []T; var x L[int]; _ = x }'],
    ['empty statements', 'func f() { ; ; }'],
  ])('%s', (_name, body) => {
    expect(parse(body).error).toBeNull();
  });
});

describe('parser rejects what go/parser rejects, with its messages', () => {
  it.each([
    ['if x == T{} {}', 'func f() { if x == T{} {} }', "x.go:2:24: expected ';', found '{'"],
    
    ['method with type parameters', 'func (T) m[P any]() {}', 'x.go:2:11: method must have no type parameters'],
    ['function type with type parameters', 'var f func[T any]()', 'x.go:2:11: function type must have no type parameters'],
    ['empty type parameter list', 'func f[]() {}', 'x.go:2:8: empty type parameter list'],
    ['interface method type parameters', 'type I interface{ m[P any]() }', 'x.go:2:20: interface method must have no type parameters'],
    ['missing 3-index bound', 'var _ = a[i::k]', 'x.go:2:12: middle index required in 3-index slice'],
    ['final 3-index bound', 'var _ = a[i:j:]', 'x.go:2:14: final index required in 3-index slice'],
    ['go needs a call', 'func f() { go x }', 'x.go:2:16: expression in go must be function call'],
    ['defer parenthesized', 'func f() { defer (g()) }', 'x.go:2:18: expression in defer must not be parenthesized'],
    ['var in if', 'func f() { if var x = 1; x {} }', 'x.go:2:19: var declaration not allowed in if initializer'],
    ['imports after decls', 'var x int\nimport "fmt"', 'x.go:3:1: imports must appear before other declarations'],
    ['missing comma before newline', 'var _ = f(a\n)', "x.go:2:12: missing ',' before newline in argument list"],
    ['range with three variables', 'func f() { for a, b, c := range x {} }', 'x.go:2:22: expected at most 2 expressions'],
    ['illegal label', 'func f() { for a: {} }', 'x.go:2:17: illegal label declaration'],
    ['parenthesized embedded type', 'type S struct{ (T) }', 'x.go:2:16: cannot parenthesize embedded type'],
    ['can only use ... last', 'func f(a ...int, b int)', 'x.go:2:10: can only use ... with final parameter'],
    ['mixed named parameters', 'func f(a int, b)', 'x.go:2:16: missing parameter type'],
    ['mixed names and types are unnamed parameters', 'func f(a, int)', null],
    ['unexpected newline before {', 'func f()\n{}', 'x.go:3:1: unexpected semicolon or newline before {'],
    ['type switch with =', 'func f() { switch x = y.(type) {} }', "x.go:2:19: expected ':=', found '='"],
  ])('%s', (_name, body, want) => {
    expect(parse(body).error).toBe(want);
  });
});

describe('parser on whole files', () => {
  it.each([
    ['', "1:1: expected 'package', found 'EOF'"],
    ['package', "1:8: expected 'IDENT', found 'EOF'"],
    ['package p; func', "1:16: expected 'IDENT', found 'EOF'"],
    ['\uFEFFpackage p', null],
    ['package p\nvar s = "\u00e9" + x\u00e9', null],
  ])('%j', (src, want) => {
    const err = parseGoText(src).error;
    expect(err ? `${err.line}:${err.column}: ${err.message}` : null).toBe(want);
  });
});

describe('parser builds the tree go/ast would', () => {
  it('tells array types from generic types in type declarations', () => {
    const r = parseGoText('package p\nconst N = 2\ntype (\n\tA [N]int\n\tG[T any] []T\n\tM [N * 2]int\n\tP[T *int,] struct{}\n\tQ [T *int]struct{}\n)\n');
    expect(r.error).toBeNull();
    const specs = (r.file?.decls[1] as GenDecl).specs as TypeSpec[];
    expect(specs.map((s) => [s.name.name, s.typeParams === null ? 'array/plain' : 'generic', s.type.kind])).toEqual([
      ['A', 'array/plain', 'ArrayType'], ['G', 'generic', 'ArrayType'], ['M', 'array/plain', 'ArrayType'], ['P', 'generic', 'StructType'],
      ['Q', 'array/plain', 'ArrayType'],
    ]);
  });

  it('keeps `for x := range` and three-clause loops apart', () => {
    const [a, b, c] = funcBody('for i := range 10 {}\nfor range ch {}\nfor i := 0; i < 3; i++ {}');
    expect(a?.kind).toBe('RangeStmt');
    expect(b?.kind === 'RangeStmt' && b.key === null).toBe(true);
    expect(c?.kind).toBe('ForStmt');
  });

  it('turns `<-chan int` into a receive-only channel type and `<-ch` into a receive', () => {
    const [decl, recv] = funcBody('var c <-chan int\nx := <-c');
    const type = decl?.kind === 'DeclStmt' ? (decl.decl.specs[0] as { type: Expr }).type : null;
    expect(type?.kind === 'ChanType' && type.dir).toBe('recv');
    expect(recv?.kind === 'AssignStmt' && recv.rhs[0]?.kind).toBe('UnaryExpr');
  });

  it('parses labeled statements, index lists and slices', () => {
    const [labeled, idx, slice] = funcBody('L: x++\n_ = m[K, V]{}\n_ = a[1:2:3]');
    expect(labeled?.kind === 'LabeledStmt' && labeled.label.name).toBe('L');
    expect(idx?.kind === 'AssignStmt' && idx.rhs[0]?.kind === 'CompositeLit' && idx.rhs[0].type?.kind).toBe('IndexListExpr');
    expect(slice?.kind === 'AssignStmt' && slice.rhs[0]?.kind === 'SliceExpr' && slice.rhs[0].slice3).toBe(true);
  });

  it('keeps the declarations read before a syntax error', () => {
    const r = parseGoText('package p\nfunc a() {}\nfunc b() {}\nfunc c( {\n');
    expect(r.error?.line).toBe(4);
    expect(r.file?.decls.map((d) => (d as FuncDecl).name.name)).toEqual(['a', 'b']);
  });
});
