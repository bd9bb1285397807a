import { describe, expect, it } from 'vitest';
import { readGoSumFacts, summarizeGoSum } from './module-facts.js';

describe('summarizeGoSum', () => {
  it.each([
    ['', { lines: 0, modules: 0, goModOnly: 0, parseError: null }],
    ['a.com/x v1.0.0 h1:a=\na.com/x v1.0.0/go.mod h1:b=\n', { lines: 2, modules: 1, goModOnly: 0, parseError: null }],
    ['a.com/x v1.0.0/go.mod h1:b=\nb.com/y v2.0.0/go.mod h1:c=\n\n', { lines: 2, modules: 2, goModOnly: 2, parseError: null }],
    ['a.com/x v1.0.0 h1:a=\nbroken line\n', { lines: 1, modules: 1, goModOnly: 0, parseError: 'go.sum:2: wrong number of fields 2' }],
    // go drops the hash of an empty go.mod that an old go wrote by mistake
    ['a.com/x v1.0.0/go.mod h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=\n', { lines: 0, modules: 0, goModOnly: 0, parseError: null }],
  ])('%j', (text, expected) => {
    expect(summarizeGoSum('go.sum', text)).toEqual(expected);
  });
});

describe('readGoSumFacts', () => {
  it('keeps every line go reads, with its number, the /go.mod suffix as a flag', () => {
    const text = 'a.com/x v1.0.0 h1:a=\n\na.com/x v1.0.0/go.mod h1:b=\r\nb.com/y\tv2.0.0+incompatible/go.mod  h1:c=\n';
    expect(readGoSumFacts('go.sum', text).entries).toEqual([
      { line: 1, path: 'a.com/x', version: 'v1.0.0', isGoMod: false, hash: 'h1:a=' },
      { line: 3, path: 'a.com/x', version: 'v1.0.0', isGoMod: true, hash: 'h1:b=' },
      { line: 4, path: 'b.com/y', version: 'v2.0.0+incompatible', isGoMod: true, hash: 'h1:c=' },
    ]);
  });
});
