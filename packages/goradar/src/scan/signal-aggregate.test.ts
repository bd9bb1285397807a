import { describe, expect, it } from 'vitest';
import { addSignals, sortedJson, type Aggregate } from './signal-aggregate.js';

describe('addSignals', () => {
  it('sums numbers, counts flags, strings and list items, skips positions', () => {
    const total: Aggregate = {};
    addSignals(total, { name: 'a.go', errs: { count: 2, lines: [3, 9] }, lines: 10, generated: true, packageName: 'a', imports: [{ path: 'fmt', line: 3 }], tags: ['x', 'y'] });
    addSignals(total, { lines: 5, generated: false, packageName: 'a', imports: [{ path: 'os', line: 4 }], tags: ['x'] });
    expect(JSON.parse(sortedJson(total))).toEqual({
      errs: { count: 2 },
      generated: 1,
      imports: { path: { fmt: 1, os: 1 } },
      importsCount: 2,
      lines: 15,
      packageName: { a: 2 },
      tags: { x: 2, y: 1 },
      tagsCount: 3,
    });
  });

  it('renders keys in sorted order', () => {
    expect(sortedJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  });
});
