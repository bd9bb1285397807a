import { describe, expect, it } from 'vitest';
import { EMPTY_GO_MOD_HASH, formatGoSum, GoSumIndex, parseGoSum, parseGoSumParts, validateGoSum } from './index.js';

const zip = 'h1:7uVkIFmeBqHfdjD+gZwtXXI+RODJ2Wc4O7MPEh/QiW4=';
const mod = 'h1:T1hPZKmBbMNahiBKFy5HrXp6adAjACjK9JXDnKaTXpA=';

describe('parseGoSum', () => {
  it('reads entries with their line numbers, skipping blank lines and the empty go.mod hash', () => {
    const text = `rsc.io/sampler v1.3.0 ${zip}\n\n  \t\nrsc.io/sampler v1.3.0/go.mod ${mod}\r\nex.com/x v1.0.0/go.mod ${EMPTY_GO_MOD_HASH}\n`;
    const r = parseGoSum('go.sum', text);
    expect(r.problems).toEqual([]);
    expect(r.entries).toEqual([
      { path: 'rsc.io/sampler', version: 'v1.3.0', hash: zip, line: 1 },
      { path: 'rsc.io/sampler', version: 'v1.3.0/go.mod', hash: mod, line: 4 },
    ]);
  });

  it.each([
    ['a b', 'go.sum:1: wrong number of fields 2'],
    ['a b c d', 'go.sum:1: wrong number of fields 4'],
    ['\n\nx', 'go.sum:3: wrong number of fields 1'],
  ])('%j is rejected as go rejects it', (text, want) => {
    const r = parseGoSum('go.sum', text);
    expect(r.problems.map(String)).toEqual([want]);
    expect(r.entries).toEqual([]);
  });

  it('reads a text given in parts as the whole text, line numbers running on', () => {
    const lines = [`a v1.0.0 ${zip}`, '', 'broken line', `b\tv1.0.0/go.mod ${mod}`, `c v2.0.0 ${zip}`];
    const whole = parseGoSum('go.sum', `${lines.join('\n')}\n`);
    const parts = parseGoSumParts('go.sum', [`${lines[0]}\n${lines[1]}\n`, `${lines[2]}\n`, `${lines[3]}\n${lines[4]}\n`]);
    expect(parts).toEqual(whole);
    expect(parts.problems.map(String)).toEqual(['go.sum:3: wrong number of fields 2']);
    expect(parts.entries.map((e) => e.line)).toEqual([1, 4, 5]);
  });

  it('splits fields at Unicode white space as strings.Fields does, but not at U+FEFF', () => {
    expect(parseGoSum('go.sum', 'a\u2003b\u0085c').entries).toMatchObject([{ path: 'a', version: 'b', hash: 'c' }]);
    expect(parseGoSum('go.sum', 'a\ufeffb c').problems.map(String)).toEqual(['go.sum:1: wrong number of fields 2']);
  });
});

describe('validateGoSum', () => {
  it('reports every malformed line with its position, errors and warnings apart', () => {
    const text = [`ex.com/ok v1.0.0 ${zip}`, `Ex.com/bad v1.0.0 ${zip}`, `ex.com/a v1.2 ${zip}`, `ex.com/a v1.0.0/zip ${zip}`, 'ex.com/a v1.0.0 h1:short', 'ex.com/a v1.0.0 h2:abc', 'ex.com/a v1.0.0 nohash', 'too few', `ex.com/e v1.0.0/go.mod ${EMPTY_GO_MOD_HASH}`].join('\n');
    const problems = validateGoSum(parseGoSum('go.sum', text), text);
    expect(problems.map((p) => `${p.severity} ${p}`)).toEqual([
      'error go.sum:2: malformed module path "Ex.com/bad": invalid char \'E\' in first path element',
      'error go.sum:3: version "v1.2" invalid: must be of the form v1.2.3',
      'error go.sum:4: version "v1.0.0/zip" invalid: unknown suffix "/zip"',
      'error go.sum:5: malformed hash "h1:short": want h1: and 44 base64 characters',
      'warning go.sum:6: unknown hash algorithm "h2": go cannot verify this line',
      'error go.sum:7: malformed hash "nohash": want h1: and 44 base64 characters',
      'error go.sum:8: wrong number of fields 2',
      'warning go.sum:9: obsolete hash of an empty go.mod (written by an old go by mistake); go ignores this line',
    ]);
  });
});

describe('GoSumIndex', () => {
  const index = new GoSumIndex(parseGoSum('go.sum', `ex.com/a v1.0.0 ${zip}\nex.com/a v1.0.0 h2:future\nex.com/a v1.0.0/go.mod ${mod}\nex.com/b v1.0.0 h2:only\n`).entries);

  it.each([
    ['ex.com/a', 'v1.0.0', zip, 'match'],
    ['ex.com/a', 'v1.0.0', mod, 'mismatch'],
    ['ex.com/a', 'v1.0.0/go.mod', mod, 'match'],
    ['ex.com/a', 'v1.1.0', zip, 'missing'],
    ['ex.com/b', 'v1.0.0', zip, 'missing'],
  ])('check(%s, %s) is %s', (path, version, hash, want) => {
    expect(index.check(path, version, hash)).toBe(want);
  });

  it('lists hashes per key', () => {
    expect(index.hashes('ex.com/a', 'v1.0.0')).toEqual([zip, 'h2:future']);
    expect(index.has('ex.com/c', 'v1.0.0')).toBe(false);
    expect(index.size).toBe(3);
  });
});

describe('formatGoSum', () => {
  it('sorts like module.Sort (bytes, then semver, zip before /go.mod) and removes duplicates', () => {
    const entries = [
      { path: 'example.com/a', version: 'v1.0.0/go.mod', hash: mod },
      { path: 'example.com/a', version: 'v1.10.0', hash: zip },
      { path: 'example.com/a', version: 'v1.9.0', hash: zip },
      { path: 'example.com/a', version: 'v1.0.0', hash: zip },
      { path: 'example.com/A', version: 'v1.0.0', hash: zip },
      { path: 'example.com/a', version: 'v1.0.0', hash: zip },
    ];
    expect(formatGoSum(entries)).toBe(
      `example.com/A v1.0.0 ${zip}\nexample.com/a v1.0.0 ${zip}\nexample.com/a v1.0.0/go.mod ${mod}\nexample.com/a v1.9.0 ${zip}\nexample.com/a v1.10.0 ${zip}\n`,
    );
  });
});

describe('GoSumIndex with many versions of one module', () => {
  it('answers the same after switching to a per-version map', () => {
    const entries = Array.from({ length: 100 }, (_, i) => ({ path: 'ex.com/big', version: `v1.${i}.0`, hash: `h1:${i}` }));
    entries.push({ path: 'ex.com/big', version: 'v1.7.0', hash: 'h1:other' }, { path: 'ex.com/big', version: 'v1.7.0', hash: 'h1:7' });
    const index = new GoSumIndex(entries);
    expect(index.hashes('ex.com/big', 'v1.7.0')).toEqual(['h1:7', 'h1:other']);
    expect(index.check('ex.com/big', 'v1.99.0', 'h1:99')).toBe('match');
    expect(index.check('ex.com/big', 'v1.99.0', 'h1:x')).toBe('mismatch');
    expect(index.has('ex.com/big', 'v2.0.0')).toBe(false);
    expect(index.size).toBe(100);
  });
});
