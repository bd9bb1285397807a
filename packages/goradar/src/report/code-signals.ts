import type { ModuleImportRow } from '../store/types.js';

/**
 * CodeSignal is a Go practice the report follows over time. A module shows it when one of its
 * files imports one of `imports` (exact path, or a package below it), or when one of `counts` —
 * dotted paths into the module's aggregate of @goradar/gosrc FileSignals (numbers summed, true
 * booleans counted, arrays counted as `<key>Count`) — is above 0.
 */
export interface CodeSignal {
  id: string;
  label: string;
  imports: string[];
  counts: string[];
}

/** CODE_SIGNALS are the practices the adoption-trend figure follows. */
export const CODE_SIGNALS: readonly CodeSignal[] = [
  { id: 'generics', label: 'Generics (type parameters declared)', imports: [], counts: ['generics.typeDecls.count', 'generics.funcDecls.count'] },
  { id: 'error-wrapping', label: 'Error wrapping (fmt.Errorf %w)', imports: [], counts: ['errors.errorfWrap.count'] },
  { id: 'errors-join', label: 'errors.Join', imports: [], counts: ['errors.join.count'] },
  { id: 'slog', label: 'log/slog', imports: ['log/slog'], counts: ['slog.imported'] },
  { id: 'iterators', label: 'Iterators (range-over-func, iter)', imports: ['iter'], counts: ['iterators.rangeOverFunc.count', 'iterators.seqTypes.count', 'iterators.iterImported'] },
  { id: 'context', label: 'context', imports: ['context'], counts: ['context.imported'] },
  { id: 'goroutines', label: 'Goroutines (go statements)', imports: [], counts: ['concurrency.goStmts.count'] },
  { id: 'ebpf', label: 'eBPF', imports: ['github.com/cilium/ebpf', 'github.com/iovisor/gobpf', 'github.com/aquasecurity/libbpfgo'], counts: ['ebpf.librariesCount'] },
  { id: 'wasm', label: 'WebAssembly', imports: ['syscall/js'], counts: ['wasm.targetsCount', 'wasm.wasmImport.count', 'wasm.wasmExport.count'] },
  { id: 'cgo', label: 'cgo', imports: ['C'], counts: ['cgo.importC'] },
];

/** countAt reads the number at a dotted path of an aggregate, 0 when absent or not a number. */
export function countAt(aggregate: unknown, path: string): number {
  let value: unknown = aggregate;
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return 0;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'number' ? value : value === true ? 1 : 0;
}

function parseAggregate(aggregateJson: string | undefined): unknown {
  if (!aggregateJson) return undefined;
  try {
    return JSON.parse(aggregateJson);
  } catch {
    return undefined; // an unreadable aggregate shows no signal
  }
}

function importsMatch(imports: readonly ModuleImportRow[], wanted: readonly string[]): boolean {
  return imports.some((i) => wanted.some((w) => i.importPath === w || i.importPath.startsWith(`${w}/`)));
}

/** moduleSignals returns the ids of the CODE_SIGNALS one module shows. */
export function moduleSignals(imports: readonly ModuleImportRow[], aggregateJson: string | undefined): Set<string> {
  const aggregate = parseAggregate(aggregateJson);
  const found = new Set<string>();
  for (const s of CODE_SIGNALS) {
    if (importsMatch(imports, s.imports) || s.counts.some((p) => countAt(aggregate, p) > 0)) found.add(s.id);
  }
  return found;
}
