import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGoFile, analyzeGoText } from './signals/analyze.js';

const enc = new TextEncoder();

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

describe('robustness: bad input never crashes, hangs or throws', () => {
  it('classifies binary garbage as binary without scanning it', () => {
    const bytes = new Uint8Array(8 << 20);
    let x = 2463534242;
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    const { value, ms } = timed(() => analyzeGoFile('blob.go', bytes));
    expect(value.status).toBe('binary');
    expect(ms).toBeLessThan(2000);
  });

  it.each([
    ['UTF-16 with a byte order mark', [0xff, 0xfe, 0x70, 0x00], 'utf16', 'illegal UTF-8 encoding (got UTF-16)'],
    ['a NUL byte', [...enc.encode('package p\n'), 0, 0x0a], 'binary', 'binary file (NUL bytes or invalid UTF-8)'],
  ])('%s', (_name, bytes, status, message) => {
    const s = analyzeGoFile('x.go', new Uint8Array(bytes));
    expect([s.status, s.parseError?.message]).toEqual([status, message]);
  });

  it('reports invalid UTF-8 and a late NUL where they stand', () => {
    const head = enc.encode(`package p\n${'// filler\n'.repeat(1000)}var s = "`);
    const bytes = new Uint8Array([...head, 0xc3, 0x28, ...enc.encode('"\n')]);
    const s = analyzeGoFile('x.go', bytes);
    expect([s.status, s.parseError?.line, s.parseError?.message]).toEqual(['syntax-error', 1002, 'illegal UTF-8 encoding']);
    const nul = analyzeGoText('y.go', `package p\n${'// filler\n'.repeat(1000)}var x = 1\x00\n`);
    expect([nul.parseError?.line, nul.parseError?.message]).toEqual([1002, 'illegal character NUL']);
  });

  it.each([
    ['parentheses', '('],
    ['brackets', '['],
    ['braces', '{'],
    ['unary operators', '-'],
    ['pointer types', '*'],
    ['func literals', 'func(){'],
  ])('stops cleanly on 100k nested %s', (_name, open) => {
    const src = `package p\nvar x = ${open.repeat(100_000)}\n`;
    const { value, ms } = timed(() => analyzeGoText('deep.go', src));
    expect(value.status).toBe('syntax-error');
    expect(value.parseError?.message).toMatch(/nesting depth|expected|missing/);
    expect(ms).toBeLessThan(10_000);
  });

  it.each([
    ['a 50k-term sum', `var x = ${Array(50_000).fill('a').join(' + ')}`],
    ['a 50k-link selector chain', `var x = a${'.b'.repeat(50_000)}`],
    ['a 30k-link call chain', `var x = f${'()'.repeat(30_000)}`],
    ['a 20k-link else-if chain', `func f() {\n\tif a {\n\t}${' else if a {\n\t}'.repeat(20_000)}\n}`],
  ])('accepts %s, as go/parser does (long spines are loops, not recursion)', (_name, decl) => {
    const s = analyzeGoText('long.go', `package p\n${decl}\n`);
    expect([s.status, s.parseError, s.incomplete]).toEqual(['ok', null, false]);
  });

  it('analyzes a 50 MB file in bounded time', () => {
    const code = 'func f(ctx context.Context) error {\n\tfor i := range 10 {\n\t\tgo work(i)\n\t}\n\treturn fmt.Errorf("x: %w", err)\n}\n';
    const line = `${'0123456789abcdef'.repeat(64)}\n`;
    const blob = 'var _ = ' + '`' + line.repeat(4) + '`' + '\n';
    const chunk = `${code}/* ${'comment '.repeat(100)}*/\n${blob}`;
    const src = `package p\nimport ("context"; "fmt")\n${chunk.repeat(Math.ceil((50 << 20) / chunk.length))}`;
    const { value, ms } = timed(() => analyzeGoText('huge.go', src));
    expect(value.bytes).toBeGreaterThanOrEqual(50 << 20);
    expect(value.status).toBe('ok');
    expect(value.concurrency.goStmts.count).toBe(Math.ceil((50 << 20) / chunk.length));
    expect(value.errors.errorfWrap.count).toBe(value.concurrency.goStmts.count);
    expect(ms).toBeLessThan(60_000);
  });

  const goTokens = ['package', 'p', '\n', 'func', 'f', '(', ')', '{', '}', '[', ']', 'x', ':=', '=', 'range', 'for', 'go', 'if', 'else',
    'type', 'T', 'interface', '~', '|', 'int', 'chan', '<-', 'select', 'case', ':', ',', ';', '"s"', '`r`', "'c'", '1', '0x', '.', '...',
    'struct', 'map', '*', '&', 'return', '/*', '*/', '//', 'errors', 'import', '"errors"'];

  it('never throws on token soup', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...goTokens), { maxLength: 200 }), (toks) => {
        const s = analyzeGoText('soup.go', `package p\n${toks.join(' ')}`);
        return s.status === 'ok' || s.status === 'syntax-error';
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const s = analyzeGoFile('bytes.go', bytes);
        return typeof s.status === 'string' && (s.status === 'ok') === (s.parseError === null);
      }),
      { numRuns: 500 },
    );
  });
});
