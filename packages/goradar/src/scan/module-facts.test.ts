import { describe, expect, it } from 'vitest';
import { summarizeGoSum } from './module-facts.js';

describe('summarizeGoSum', () => {
  it.each([
    ['', { lines: 0, modules: 0, goModOnly: 0, parseError: null }],
    ['a.com/x v1.0.0 h1:a=\na.com/x v1.0.0/go.mod h1:b=\n', { lines: 2, modules: 1, goModOnly: 0, parseError: null }],
    ['a.com/x v1.0.0/go.mod h1:b=\nb.com/y v2.0.0/go.mod h1:c=\n\n', { lines: 2, modules: 2, goModOnly: 2, parseError: null }],
    ['a.com/x v1.0.0 h1:a=\nbroken line\n', { lines: 1, modules: 1, goModOnly: 0, parseError: 'go.sum:2: wrong number of fields 2' }],
  ])('%j', (text, expected) => {
    expect(summarizeGoSum('go.sum', text)).toEqual(expected);
  });
});
