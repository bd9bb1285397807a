import { describe, expect, it } from 'vitest';
import { countAt, moduleSignals } from './code-signals.js';
import type { ModuleImportRow } from '../store/types.js';

const imports = (...paths: string[]): ModuleImportRow[] => paths.map((importPath) => ({ moduleId: 1, importPath, provider: 'std', providerPath: null, files: 1, testFiles: 0 }));

describe('countAt', () => {
  it.each<[unknown, string, number]>([
    [{ a: { b: { count: 3 } } }, 'a.b.count', 3],
    [{ a: { imported: true } }, 'a.imported', 1],
    [{ a: { imported: false } }, 'a.imported', 0],
    [{ a: 'text' }, 'a.b', 0],
    [undefined, 'a', 0],
  ])('%j at %s is %d', (aggregate, path, expected) => expect(countAt(aggregate, path)).toBe(expected));
});

describe('moduleSignals', () => {
  it.each<[string, ModuleImportRow[], unknown, string[]]>([
    ['imports only', imports('log/slog', 'context', 'iter', 'syscall/js', 'C', 'github.com/cilium/ebpf/link'), {}, ['slog', 'iterators', 'context', 'ebpf', 'wasm', 'cgo']],
    ['gosrc counts', [], { generics: { funcDecls: { count: 1 } }, errors: { errorfWrap: { count: 2 }, join: { count: 1 } }, concurrency: { goStmts: { count: 4 } }, iterators: { rangeOverFunc: { count: 1 } } }, ['generics', 'error-wrapping', 'errors-join', 'iterators', 'goroutines']],
    ['a plain range loop is no iterator', [], { iterators: { rangeStmts: 7, rangeOverFunc: { count: 0 } } }, []],
    ['a package named like a signal is not it', imports('example.com/iter', 'contextual'), {}, []],
  ])('%s', (_name, rows, aggregate, expected) => {
    expect([...moduleSignals(rows, JSON.stringify(aggregate))]).toEqual(expected);
  });

  it('ignores an unreadable aggregate', () => expect([...moduleSignals([], '{not json')]).toEqual([]));
});
