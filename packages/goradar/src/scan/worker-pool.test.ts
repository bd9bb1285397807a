import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkerPool, workerEntryPath } from './worker-pool.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('workerEntryPath', () => {
  it.each([
    ['file:///repo/packages/goradar/dist/scan/worker-pool.js', '/repo/packages/goradar/dist/scan/analyze-worker.js'],
    ['file:///repo/packages/goradar/src/scan/worker-pool.ts', '/repo/packages/goradar/dist/scan/analyze-worker.js'],
  ])('from %s', (url, expected) => {
    expect(workerEntryPath(url)).toBe(expected);
  });

  it('points at the built worker when running from the sources', () => {
    expect(existsSync(workerEntryPath())).toBe(true);
  });
});

describe('WorkerPool', () => {
  const inputs: Array<[string, Uint8Array]> = [
    ['a.go', encode('package a\n\nimport "fmt"\n')],
    ['b.go', encode('package b\nimport (\n\t"os"\n\tx "example.com/x"\n)\n')],
    ['bin.go', new Uint8Array([1, 0, 2])],
    ['bad.go', encode('import "fmt"\n')],
  ];

  it('gives the same outcomes on two worker threads as on the calling thread', async () => {
    const inline = new WorkerPool(0);
    const threaded = new WorkerPool(2);
    try {
      const expected = await Promise.all(inputs.map(([name, bytes]) => inline.analyze(name, bytes)));
      const actual = await Promise.all(inputs.map(([name, bytes]) => threaded.analyze(name, bytes.slice())));
      expect(actual).toEqual(expected);
      expect(threaded.analyzerId).toBe(inline.analyzerId);
      expect(expected.map((o) => JSON.parse(o.signalsJson ?? 'null')?.status)).toEqual(['ok', 'ok', 'binary', 'syntax-error']);
      expect(JSON.parse(expected[1]?.signalsJson ?? 'null').imports.map((i: { path: string }) => i.path)).toEqual(['os', 'example.com/x']);
    } finally {
      await threaded.close();
    }
  });

  it('parses nesting far deeper than the calling thread can, up to go/parser\'s own limit', async () => {
    const nested = (depth: number) => encode(`package p\n\nvar v = ${'('.repeat(depth)}1${')'.repeat(depth)}\n`);
    const threaded = new WorkerPool(1);
    try {
      const status = async (depth: number) => {
        const outcome = await threaded.analyze('deep.go', nested(depth));
        const signals = JSON.parse(outcome.signalsJson ?? 'null');
        const at = signals?.parseError ? ` ${signals.parseError.line}:${signals.parseError.column} ${signals.parseError.message}` : '';
        return `${signals?.status}${at}`;
      };
      expect(await status(50_000)).toBe('ok');
      // gofmt: deep.go:3:100009: exceeded max nesting depth (the 100,001st parenthesis).
      expect(await status(100_010)).toBe('syntax-error 3:100009 exceeded max nesting depth');
    } finally {
      await threaded.close();
    }
  });
});
