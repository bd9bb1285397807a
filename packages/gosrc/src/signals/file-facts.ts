/**
 * Figures read from a file's text and scanner rather than its tree: line classes, imports and
 * what they imply (cgo, unsafe, slog, context, iter, eBPF libraries), directive comments, build
 * constraints and WebAssembly targets.
 */
import { evalConstraint, constraintTags } from '../build/constraint.js';
import { describeConstraint, readBuildConstraints } from '../build/file-header.js';
import { fileNameConstraint, fileNameMatchesTarget, targetHasTag, type BuildTarget } from '../build/targets.js';
import type { ImportSpec } from '../parser/ast.js';
import { lineOf } from '../scanner/position.js';
import { LINE_CODE, LINE_COMMENT, type Scanner } from '../scanner/scanner.js';
import type { FileSignals } from './file-signals.js';
import { unquoteGoString } from './format-string.js';

/** EBPF_LIBRARY_PREFIXES are the module paths of Go eBPF libraries. */
export const EBPF_LIBRARY_PREFIXES = ['github.com/cilium/ebpf', 'github.com/aquasecurity/libbpfgo', 'github.com/iovisor/gobpf'];

const WASM_TARGETS: ReadonlyArray<BuildTarget & { label: string }> = [
  { goos: 'js', goarch: 'wasm', label: 'js/wasm' },
  { goos: 'wasip1', goarch: 'wasm', label: 'wasip1/wasm' },
];

/** defaultImportName guesses the package name of an import path: its last element, minus a /vN suffix and a gopkg.in .vN suffix. */
export function defaultImportName(path: string): string {
  const elems = path.split('/');
  let last = elems[elems.length - 1] ?? '';
  if (elems.length > 1 && /^v\d+$/.test(last)) last = elems[elems.length - 2] ?? last;
  if (path.startsWith('gopkg.in/')) last = last.split(/[.-]/)[0] ?? last;
  return last;
}

/** countLines fills sig.lines from the scanner's line flags. */
export function countLines(sig: FileSignals, text: string, scanner: Scanner): void {
  const total = text.length === 0 ? 0 : scanner.lineStarts.length - (text.endsWith('\n') ? 1 : 0);
  let code = 0;
  let comment = 0;
  const flags = scanner.lineFlags;
  for (let line = 1; line <= total; line++) {
    const f = flags[line] ?? 0;
    if (f & LINE_CODE) code++;
    else if (f & LINE_COMMENT) comment++;
  }
  sig.lines = { total, code, comment, blank: total - code - comment };
}

/** recordImports fills sig.imports and the import-derived flags; returns usable local names → paths. */
export function recordImports(sig: FileSignals, specs: ImportSpec[], lineStarts: readonly number[]): Map<string, string> {
  const locals = new Map<string, string>();
  for (const spec of specs) {
    const path = unquoteGoString(spec.path.value) ?? spec.path.value;
    const alias = spec.name ? spec.name.name : null;
    sig.imports.push({ path, alias, line: lineOf(lineStarts, spec.path.pos) });
    const local = alias ?? defaultImportName(path);
    if (local !== '_' && local !== '.') locals.set(local, path);
    if (path === 'C') sig.cgo.importC = true;
    else if (path === 'unsafe') sig.unsafe = true;
    else if (path === 'log/slog') sig.slog.imported = true;
    else if (path === 'context') sig.context.imported = true;
    else if (path === 'iter') sig.iterators.iterImported = true;
    if (EBPF_LIBRARY_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`)) && !sig.ebpf.libraries.includes(path)) {
      sig.ebpf.libraries.push(path);
    }
  }
  return locals;
}

/** recordDirectives counts directive comments that start their line (as go generate and the compiler require). */
export function recordDirectives(sig: FileSignals, scanner: Scanner): void {
  const d = sig.directives;
  for (const c of scanner.directives) {
    if (c.index !== scanner.lineStarts[c.line - 1]) continue;
    const word = /^\/\/(go:[a-z]+|export)\b/.exec(c.text)?.[1];
    const target =
      word === 'go:generate' ? d.generate : word === 'go:embed' ? d.embed : word === 'go:linkname' ? d.linkname
        : word === 'go:wasmimport' ? sig.wasm.wasmImport : word === 'go:wasmexport' ? sig.wasm.wasmExport
          : word === 'export' ? sig.cgo.exports : undefined;
    if (!target) continue;
    target.count++;
    if (target.lines.length < 8) target.lines.push(c.line);
  }
}

/** recordBuild fills sig.build and sig.wasm from the header (ending at packageIndex) and the file name. */
export function recordBuild(sig: FileSignals, text: string, packageIndex: number): void {
  const lines = readBuildConstraints(text, packageIndex);
  const byName = fileNameConstraint(sig.name);
  sig.build = {
    goBuild: lines.goBuild, plusBuild: lines.plusBuild, constraint: describeConstraint(lines),
    constraintError: lines.error, fileGoos: byName.goos, fileGoarch: byName.goarch,
  };
  const nameWasm = byName.goos === 'js' || byName.goos === 'wasip1' || byName.goarch === 'wasm';
  if (nameWasm) sig.wasm.fileSuffix = `_${[byName.goos, byName.goarch].filter(Boolean).join('_')}`;
  const tags = lines.expr ? constraintTags(lines.expr) : new Set<string>();
  if (!nameWasm && !tags.has('js') && !tags.has('wasip1') && !tags.has('wasm')) return;
  for (const target of WASM_TARGETS) {
    if (!fileNameMatchesTarget(byName, target)) continue;
    if (lines.expr && !evalConstraint(lines.expr, (tag) => targetHasTag(target, tag))) continue;
    sig.wasm.targets.push(target.label);
  }
}
