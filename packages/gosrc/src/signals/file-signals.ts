/**
 * FileSignals: what one Go file shows about Go practice, as plain JSON-serializable data. Every
 * figure says how it was computed; counts come with the first few line numbers as evidence.
 */

/** MAX_EVIDENCE_LINES caps how many line numbers an Evidence keeps (the count is never capped). */
export const MAX_EVIDENCE_LINES = 8;

/** Evidence is a count of occurrences and the 1-based lines of the first MAX_EVIDENCE_LINES of them. */
export interface Evidence {
  count: number;
  lines: number[];
}

/** ImportRecord is one import: its path, its explicit local name (null when none) and its line. */
export interface ImportRecord {
  path: string;
  /** alias is the explicit name (`errs`, `_`, `.`), or null for a plain import. */
  alias: string | null;
  line: number;
}

/** LineCounts classify each line of the file: code (has a token), comment (only comments), blank. */
export interface LineCounts {
  /** total counts lines as `wc -l` would, plus a last line without a newline. */
  total: number;
  code: number;
  comment: number;
  blank: number;
}

/** BuildInfo describes where the file builds. */
export interface BuildInfo {
  /** goBuild is the `//go:build` expression of the header, if any. */
  goBuild: string | null;
  /** plusBuild holds the legacy `// +build` lines that count (text after `+build`). */
  plusBuild: string[];
  /** constraint is the effective constraint printed in //go:build syntax, or null. */
  constraint: string | null;
  /** constraintError describes a malformed or duplicated constraint line. */
  constraintError: string | null;
  /** fileGoos and fileGoarch come from `_GOOS`, `_GOARCH`, `_GOOS_GOARCH` file-name suffixes. */
  fileGoos: string | null;
  fileGoarch: string | null;
}

/** FileSignals are the code-practice figures of one Go file. */
export interface FileSignals {
  /** name is the file name as given to analyzeGoFile. */
  name: string;
  bytes: number;
  /** status: 'ok' (parsed), 'syntax-error' (Go rejects it; figures cover what was read before the error), or why it is not Go text. */
  status: 'ok' | 'syntax-error' | 'binary' | 'utf16' | 'too-large';
  /** parseError is the first error, positioned as Go positions it, or null. */
  parseError: { line: number; column: number; message: string } | null;
  /**
   * incomplete is true when the file nests deeper than the walk can follow on this JavaScript
   * stack (legal Go, but thousands of levels deep): the figures cover what was walked.
   */
  incomplete: boolean;
  /** packageName is the name in the package clause ('' when unreadable). */
  packageName: string;
  /** isTest is true for `*_test.go` files. */
  isTest: boolean;
  lines: LineCounts;
  build: BuildInfo;
  imports: ImportRecord[];
  decls: {
    /** funcs counts top-level functions (no receiver); methods counts methods; types counts type specs (local ones too). */
    funcs: number;
    methods: number;
    types: number;
  };
  generics: {
    /** typeDecls: type specs with a type parameter list (local ones too). */
    typeDecls: Evidence;
    /** funcDecls: function declarations with a type parameter list. */
    funcDecls: Evidence;
    /** methodsOnGenericTypes: methods whose receiver type has type parameters (`func (l *List[T]) …`). */
    methodsOnGenericTypes: Evidence;
    /** constraintInterfaces: interface types with a `~T` term or a union `A | B` element. */
    constraintInterfaces: Evidence;
    /** inlineConstraints: type parameters constrained directly by `~T` or a union (`[T ~int | ~string]`). */
    inlineConstraints: Evidence;
    /**
     * instantiations: explicit instantiations — `x[A, B]` anywhere; `x[A]` in a type position (a
     * declared type, a parameter, a field, a composite literal or conversion type); `f[A]` in an
     * expression when A is certainly a type (a type literal or an unshadowed predeclared type name).
     * `f[A]` with A a plain identifier in an expression is not counted: it may be an index.
     */
    instantiations: Evidence;
  };
  errors: {
    /** is/as/join/asType/new: calls of errors.Is, errors.As, errors.Join, errors.AsType, errors.New through the local name of the "errors" import, not shadowed by a declaration in scope. */
    is: Evidence;
    as: Evidence;
    join: Evidence;
    asType: Evidence;
    new: Evidence;
    /** errorf: calls of fmt.Errorf (same name resolution). */
    errorf: Evidence;
    /** errorfWrap: fmt.Errorf calls whose format is a constant string (literals, raw strings, `+` of them, this file's package-level string constants) with a %w verb. */
    errorfWrap: Evidence;
  };
  slog: {
    /** imported: "log/slog" is imported. */
    imported: boolean;
    /** calls: calls of any slog.X function (slog.Info, slog.New, slog.String, …). */
    calls: Evidence;
  };
  context: {
    imported: boolean;
    /** params: parameters of type context.Context in any signature (declarations, literals, interface methods, func types). */
    params: Evidence;
    /** calls: calls of context.X functions (WithCancel, Background, …). */
    calls: Evidence;
  };
  iterators: {
    /** rangeStmts: every for-range statement. */
    rangeStmts: number;
    /**
     * rangeOverInt: ranges whose operand is certainly an integer: an integer literal, len/cap, a
     * conversion to an integer type, arithmetic on those, or an identifier declared with an integer
     * type or initialized from such an expression. Other identifiers are unknown and not counted.
     */
    rangeOverInt: Evidence;
    /**
     * rangeOverFunc: ranges whose operand is certainly an iterator function: a func literal, a call
     * of a known standard iterator (maps.Keys/Values/All, slices.All/Values/Backward/Chunk,
     * strings/bytes Lines/SplitSeq/SplitAfterSeq/FieldsSeq/FieldsFuncSeq), a call of a function or
     * method declared in this file returning iter.Seq/Seq2 or func(yield func(…) bool), or an
     * identifier declared with such a type.
     */
    rangeOverFunc: Evidence;
    /** iterImported: "iter" is imported; seqTypes counts references to iter.Seq / iter.Seq2. */
    iterImported: boolean;
    seqTypes: Evidence;
    /** iteratorCalls: calls of the known standard iterator functions above, ranged over or not. */
    iteratorCalls: Evidence;
  };
  concurrency: {
    goStmts: Evidence;
    /** chanTypes: channel type expressions (`chan T`, `<-chan T`, `chan<- T`). */
    chanTypes: Evidence;
    /** sends: send statements; receives: receive operations `<-ch` (select cases included). */
    sends: Evidence;
    receives: Evidence;
    selects: Evidence;
  };
  /** ebpf: imported eBPF library paths (github.com/cilium/ebpf…, github.com/aquasecurity/libbpfgo…, github.com/iovisor/gobpf…). */
  ebpf: { libraries: string[] };
  wasm: {
    /** targets: WebAssembly targets ('js/wasm', 'wasip1/wasm') this file builds for, when its name or constraint mentions js, wasip1 or wasm. */
    targets: string[];
    /** fileSuffix: the file-name suffix naming a WebAssembly target (`_js_wasm`, `_wasip1_wasm`, `_wasm`, `_js`, `_wasip1`), or null. */
    fileSuffix: string | null;
    wasmImport: Evidence;
    wasmExport: Evidence;
  };
  cgo: {
    /** importC: the file imports "C" (cgo). */
    importC: boolean;
    /** exports: `//export` directives. */
    exports: Evidence;
  };
  /** unsafe: the file imports "unsafe". */
  unsafe: boolean;
  directives: {
    generate: Evidence;
    embed: Evidence;
    linkname: Evidence;
  };
  tests: {
    /** tests/benchmarks/fuzz/examples: top-level functions named and typed as `go test` requires (`TestXxx(*testing.T)`, …, `ExampleXxx()`), in _test.go files. */
    tests: Evidence;
    benchmarks: Evidence;
    fuzz: Evidence;
    examples: Evidence;
    /** parallel: calls `x.Parallel()` on an identifier in _test.go files. */
    parallel: Evidence;
  };
}

/** newEvidence returns an empty Evidence. */
export function newEvidence(): Evidence {
  return { count: 0, lines: [] };
}

/** addEvidence counts one occurrence at line (the line is kept while fewer than MAX_EVIDENCE_LINES are). */
export function addEvidence(e: Evidence, line: number): void {
  e.count++;
  if (e.lines.length < MAX_EVIDENCE_LINES) e.lines.push(line);
}
