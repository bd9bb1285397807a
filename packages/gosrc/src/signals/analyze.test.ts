import { describe, expect, it } from 'vitest';
import { analyzeGoFile, analyzeGoText } from './analyze.js';
import type { Evidence, FileSignals } from './file-signals.js';

const enc = new TextEncoder();
const analyze = (src: string, name = 'x.go'): FileSignals => analyzeGoFile(name, enc.encode(src));
const count = (e: Evidence): number => e.count;

describe('errors usage', () => {
  it.each([
    ['plain import', 'import "errors"\nfunc f(e error) bool { return errors.Is(e, nil) || errors.As(e, nil) }', 1, 1],
    ['aliased import', 'import errs "errors"\nfunc f(e error) bool { return errs.Is(e, nil) }', 1, 0],
    ['alias hides the default name', 'import errs "errors"\nfunc f(e error) bool { return errors.Is(e, nil) }', 0, 0],
    ['no import: a package-level errors elsewhere', 'func f(e error) bool { return errors.Is(e, nil) }', 0, 0],
    ['local variable shadows the import', 'import "errors"\nfunc f(errors myErrs) bool { return errors.Is(nil, nil) }', 0, 0],
    ['shadowed only inside a block', 'import "errors"\nfunc f() { { errors := x; errors.Is(1, 2) }; errors.Is(nil, nil) }', 1, 0],
    ['short declaration uses the import on its right side', 'import "errors"\nfunc f() { errors := errors.Is(nil, nil); _ = errors }', 1, 0],
    ['package-level declaration of the name', 'import "errors"\nvar errors = 1\nfunc f() { errors.Is(nil, nil) }', 0, 0],
    ['range variable shadows', 'import "errors"\nfunc f() { for _, errors := range xs { errors.As(1, 2) } }', 0, 0],
  ])('%s', (_name, body, is, as) => {
    const s = analyze(`package p\n${body}\n`);
    expect(s.parseError).toBeNull();
    expect([count(s.errors.is), count(s.errors.as)]).toEqual([is, as]);
  });

  it('counts Join, New and the generic AsType', () => {
    const s = analyze('package p\nimport "errors"\nvar a = errors.New("x")\nvar b = errors.Join(a, a)\nfunc f() { _, _ = errors.AsType[*E](a) }\n');
    expect([s.errors.new, s.errors.join, s.errors.asType].map(count)).toEqual([1, 1, 1]);
    expect(s.errors.new.lines).toEqual([3]);
  });
});

describe('fmt.Errorf and %w', () => {
  it.each([
    ['simple', 'fmt.Errorf("read: %w", err)', 1],
    ['no verb', 'fmt.Errorf("read: %v", err)', 0],
    ['escaped percent', 'fmt.Errorf("100%%w done %v", err)', 0],
    ['flags and width', 'fmt.Errorf("%+10w", err)', 1],
    ['argument index', 'fmt.Errorf("%[1]w", err)', 1],
    ['raw string', 'fmt.Errorf(`read %s: %w`, name, err)', 1],
    ['multi-line call', 'fmt.Errorf(\n\t\t"read %s: "+\n\t\t\t"%w",\n\t\tname,\n\t\terr,\n\t)', 1],
    ['package-level constant', 'fmt.Errorf(wrapFmt, err)', 1],
    ['constant concatenation', 'fmt.Errorf(prefix+": %w", err)', 1],
    ['hex escape of %', 'fmt.Errorf("\\x25w", err)', 1],
    ['non-constant format', 'fmt.Errorf(format, err)', 0],
  ])('%s', (_name, call, wraps) => {
    const src = `package p\nimport "fmt"\nconst wrapFmt = "op: %w"\nconst prefix = "op"\nfunc f() error {\n\treturn ${call}\n}\n`;
    const s = analyze(src);
    expect(s.parseError).toBeNull();
    expect([count(s.errors.errorf), count(s.errors.errorfWrap)]).toEqual([1, wraps]);
  });

  it('ignores a shadowed fmt', () => {
    const s = analyze('package p\nimport "fmt"\nfunc f(fmt T) error { return fmt.Errorf("%w", err) }\n');
    expect(count(s.errors.errorf)).toBe(0);
  });
});

describe('slog, context and iterators', () => {
  it('finds slog calls through an alias and context.Context parameters', () => {
    const s = analyze('package p\nimport (\n\tlog "log/slog"\n\t"context"\n)\nfunc f(ctx context.Context, a, b context.Context) { log.Info("x"); _ = func(c context.Context) {}; ctx, cancel := context.WithCancel(ctx); _ = cancel }\n');
    expect([s.slog.imported, count(s.slog.calls), s.context.imported, count(s.context.params), count(s.context.calls)]).toEqual([true, 1, true, 4, 1]);
  });

  it.each([
    ['int literal', 'for i := range 10 {}', 'int'],
    ['len()', 'for range len(xs) {}', 'int'],
    ['int conversion and arithmetic', 'for i := range int(n) * 2 {}', 'int'],
    ['int parameter', 'for range count {}', 'int'],
    ['local initialized from len', 'n := len(xs)\nfor range n {}', 'int'],
    ['untyped identifier of unknown type', 'for range xs {}', 'none'],
    ['func literal', 'for x := range func(yield func(int) bool) {} { _ = x }', 'func'],
    ['maps.Keys', 'for k := range maps.Keys(m) { _ = k }', 'func'],
    ['slices.Values', 'for v := range slices.Values(xs) { _ = v }', 'func'],
    ['strings.SplitSeq', 'for part := range strings.SplitSeq(s, ",") { _ = part }', 'func'],
    ['iter.Seq parameter', 'for v := range seq {}', 'func'],
    ['same-file iterator function', 'for v := range All() {}', 'func'],
    ['same-file iterator method', 'for v := range t.Items() {}', 'func'],
    ['float literal arithmetic is not int', 'for range 2.5 * 2 {}', 'none'],
  ])('range over %s', (_name, stmt, want) => {
    const src = `package p\nimport (\n\t"iter"\n\t"maps"\n\t"slices"\n\t"strings"\n)\nfunc All() iter.Seq[int] { return nil }\nfunc (t *T) Items() func(yield func(int) bool) { return nil }\nfunc f(count int, xs []int, m map[int]int, s string, n int, seq iter.Seq2[int, int], t *T) {\n${stmt}\n}\n`;
    const s = analyze(src);
    expect(s.parseError).toBeNull();
    const got = count(s.iterators.rangeOverInt) ? 'int' : count(s.iterators.rangeOverFunc) ? 'func' : 'none';
    expect(got).toBe(want);
    expect(s.iterators.rangeStmts).toBe(1);
  });

  it('counts iter.Seq references and standard iterator calls', () => {
    const s = analyze('package p\nimport ("iter"; "maps")\nfunc f(m map[int]int) iter.Seq[int] { return maps.Keys(m) }\nvar _ iter.Seq2[int, int]\n');
    expect([s.iterators.iterImported, count(s.iterators.seqTypes), count(s.iterators.iteratorCalls)]).toEqual([true, 2, 1]);
  });
});

describe('generics', () => {
  it('counts generic types (grouped too), functions, methods, constraints and instantiations', () => {
    const s = analyze(`package p
type (
	List[T any] struct{ next *List[T] }
	Number interface{ ~int | ~float64 }
	Plain int
)
type Pair[K comparable, V any] struct{}
func Map[T, U any](xs []T, f func(T) U) []U { return nil }
func Sum[T ~int | ~int64](xs ...T) (s T) { return }
func (l *List[T]) Len() int { return 0 }
func g() {
	_ = Map[int, string]
	_ = Sum[int]
	_ = xs[i]
	var p Pair[string, int]
	var l List[int]
	_, _ = p, l
}
`);
    expect(s.parseError).toBeNull();
    const g = s.generics;
    expect([g.typeDecls, g.funcDecls, g.methodsOnGenericTypes, g.constraintInterfaces, g.inlineConstraints].map(count)).toEqual([2, 2, 1, 1, 1]);
    expect(g.typeDecls.lines).toEqual([3, 7]);
    // List[T] (field), Map[int, string], Sum[int], Pair[string, int], List[int]; xs[i] is an index.
    expect(count(g.instantiations)).toBe(5);
    expect(s.decls).toEqual({ funcs: 3, methods: 1, types: 4 });
  });
});

describe('concurrency', () => {
  it('counts go statements, channel types, sends, receives and selects', () => {
    const s = analyze('package p\nfunc f(c chan int, d <-chan string) {\n\tgo work()\n\tgo func() { c <- 1 }()\n\tselect {\n\tcase v := <-c:\n\t\t_ = v\n\tcase <-d:\n\t}\n\tx := <-c\n\t_ = make(chan struct{})\n\t_ = x\n}\n');
    const c = s.concurrency;
    expect([c.goStmts, c.chanTypes, c.sends, c.receives, c.selects].map(count)).toEqual([2, 3, 1, 3, 1]);
    expect(c.goStmts.lines).toEqual([3, 4]);
  });
});

describe('platform signals', () => {
  it('finds eBPF libraries, cgo and unsafe', () => {
    const s = analyze('package p\n// #include <stdio.h>\nimport "C"\nimport (\n\t"unsafe"\n\t"github.com/cilium/ebpf/link"\n\tbpf "github.com/aquasecurity/libbpfgo"\n\t"github.com/cilium/ebpfx"\n)\n//export Hello\nfunc Hello() {}\n');
    expect([s.cgo.importC, s.unsafe, s.ebpf.libraries, count(s.cgo.exports)]).toEqual([
      true, true, ['github.com/cilium/ebpf/link', 'github.com/aquasecurity/libbpfgo'], 1,
    ]);
    expect(s.imports.map((i) => [i.path, i.alias, i.line])).toContainEqual(['github.com/aquasecurity/libbpfgo', 'bpf', 7]);
  });

  it.each([
    ['main_js_wasm.go', 'package main', ['js/wasm'], '_js_wasm'],
    ['main_wasip1_wasm.go', 'package main', ['wasip1/wasm'], '_wasip1_wasm'],
    ['main_wasm.go', 'package main', ['js/wasm', 'wasip1/wasm'], '_wasm'],
    ['main.go', '//go:build js && wasm\n\npackage main', ['js/wasm'], null],
    ['main.go', '//go:build wasip1\n\npackage main', ['wasip1/wasm'], null],
    ['main.go', '//go:build !js\n\npackage main', ['wasip1/wasm'], null],
    ['main.go', '//go:build linux\n\npackage main', [], null],
    ['main.go', 'package main', [], null],
  ])('WebAssembly targets of %s with %j', (name, src, targets, suffix) => {
    const s = analyze(`${src}\n`, name);
    expect([s.wasm.targets, s.wasm.fileSuffix]).toEqual([targets, suffix]);
  });

  it('counts directives that start their line', () => {
    const s = analyze('//go:build linux\n\npackage p\n\n//go:generate stringer -type=T\n  //go:generate not-at-column-one\n//go:embed static\nvar fs embed.FS\n//go:wasmimport env f\nfunc f()\n//go:wasmexport g\nfunc g() {}\n//go:linkname x y\n');
    expect([s.directives.generate, s.directives.embed, s.directives.linkname, s.wasm.wasmImport, s.wasm.wasmExport].map(count)).toEqual([1, 1, 1, 1, 1]);
    expect(s.build.goBuild).toBe('linux');
    expect(s.directives.generate.lines).toEqual([5]);
  });
});

describe('tests', () => {
  it('classifies test, benchmark, fuzz and example functions by signature, in _test.go files only', () => {
    const src = 'package p\nimport "testing"\nfunc TestA(t *testing.T) { t.Parallel() }\nfunc Test(t *testing.T) {}\nfunc Testify(t *testing.T) {}\nfunc TestB(t testing.T) {}\nfunc BenchmarkC(b *testing.B) {}\nfunc FuzzD(f *testing.F) {}\nfunc ExampleE() {}\nfunc ExampleF(x int) {}\nfunc TestÉ(t *testing.T) {}\n';
    const t = analyze(src, 'a_test.go').tests;
    expect([t.tests, t.benchmarks, t.fuzz, t.examples, t.parallel].map(count)).toEqual([3, 1, 1, 1, 1]);
    expect(count(analyze(src, 'a.go').tests.tests)).toBe(0);
  });
});

describe('lines and status', () => {
  it('counts code, comment and blank lines', () => {
    const s = analyze('// Package p.\npackage p\n\n/* block\n   comment */\nvar x = 1 // trailing\n\n');
    expect(s.lines).toEqual({ total: 7, code: 2, comment: 3, blank: 2 });
    expect([s.status, s.packageName]).toEqual(['ok', 'p']);
  });

  it('counts a last line without a newline', () => {
    expect(analyze('package p').lines).toEqual({ total: 1, code: 1, comment: 0, blank: 0 });
  });

  it('reports syntax errors and keeps figures from before the error', () => {
    const s = analyze('package p\nfunc a() { go f() }\nfunc b( {\n');
    expect(s.status).toBe('syntax-error');
    expect(s.parseError?.line).toBe(3);
    expect(count(s.concurrency.goStmts)).toBe(1);
  });

  it('analyzes decoded text with the same result', () => {
    const src = 'package p\nimport "errors"\nvar e = errors.New("é")\n';
    const a = analyzeGoText('x.go', src);
    expect(a).toEqual(analyze(src));
    expect(a.bytes).toBe(enc.encode(src).length);
  });

  it('is JSON-serializable', () => {
    const s = analyze('package p\nfunc f() { go g() }\n');
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
