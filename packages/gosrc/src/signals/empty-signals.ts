/**
 * emptySignals: a FileSignals with every figure at zero, the starting point of an analysis.
 */
import { newEvidence as e, type FileSignals } from './file-signals.js';

/** emptySignals returns zeroed FileSignals for a file called name of the given size. */
export function emptySignals(name: string, bytes: number, isTest: boolean): FileSignals {
  return {
    name,
    bytes,
    status: 'ok',
    parseError: null,
    incomplete: false,
    packageName: '',
    isTest,
    lines: { total: 0, code: 0, comment: 0, blank: 0 },
    build: { goBuild: null, plusBuild: [], constraint: null, constraintError: null, fileGoos: null, fileGoarch: null },
    imports: [],
    decls: { funcs: 0, methods: 0, types: 0 },
    generics: {
      typeDecls: e(), funcDecls: e(), methodsOnGenericTypes: e(), constraintInterfaces: e(), inlineConstraints: e(), instantiations: e(),
    },
    errors: { is: e(), as: e(), join: e(), asType: e(), new: e(), errorf: e(), errorfWrap: e() },
    slog: { imported: false, calls: e() },
    context: { imported: false, params: e(), calls: e() },
    iterators: { rangeStmts: 0, rangeOverInt: e(), rangeOverFunc: e(), iterImported: false, seqTypes: e(), iteratorCalls: e() },
    concurrency: { goStmts: e(), chanTypes: e(), sends: e(), receives: e(), selects: e() },
    ebpf: { libraries: [] },
    wasm: { targets: [], fileSuffix: null, wasmImport: e(), wasmExport: e() },
    cgo: { importC: false, exports: e() },
    unsafe: false,
    directives: { generate: e(), embed: e(), linkname: e() },
    tests: { tests: e(), benchmarks: e(), fuzz: e(), examples: e(), parallel: e() },
  };
}
