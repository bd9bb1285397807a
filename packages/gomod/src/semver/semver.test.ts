import { describe, expect, it } from 'vitest';
import * as semver from './semver.js';

// [input, canonical form ('' = invalid)]
const canonicalTable: Array<[string, string]> = [
  ['bad', ''], ['v1-alpha.beta.gamma', ''], ['v1-pre', ''], ['v1+meta', ''], ['v1-pre+meta', ''],
  ['v1.2-pre', ''], ['v1.2+meta', ''], ['v1.2-pre+meta', ''],
  ['v1.0.0-alpha', 'v1.0.0-alpha'], ['v1.0.0-alpha.1', 'v1.0.0-alpha.1'], ['v1.0.0-alpha.beta', 'v1.0.0-alpha.beta'],
  ['v1.0.0-beta', 'v1.0.0-beta'], ['v1.0.0-beta.2', 'v1.0.0-beta.2'], ['v1.0.0-beta.11', 'v1.0.0-beta.11'],
  ['v1.0.0-rc.1', 'v1.0.0-rc.1'], ['v1', 'v1.0.0'], ['v1.0', 'v1.0.0'], ['v1.0.0', 'v1.0.0'], ['v1.2', 'v1.2.0'],
  ['v1.2.0', 'v1.2.0'], ['v1.2.3-456', 'v1.2.3-456'], ['v1.2.3-456.789', 'v1.2.3-456.789'],
  ['v1.2.3-456-789', 'v1.2.3-456-789'], ['v1.2.3-456a', 'v1.2.3-456a'], ['v1.2.3-pre', 'v1.2.3-pre'],
  ['v1.2.3-pre+meta', 'v1.2.3-pre'], ['v1.2.3-pre.1', 'v1.2.3-pre.1'], ['v1.2.3-zzz', 'v1.2.3-zzz'],
  ['v1.2.3', 'v1.2.3'], ['v1.2.3+meta', 'v1.2.3'], ['v1.2.3+meta-pre', 'v1.2.3'], ['v1.2.3+meta-pre.sha.256a', 'v1.2.3'],
  // Edge cases of the grammar.
  ['', ''], ['v', ''], ['V1.0.0', ''], ['1.0.0', ''], ['v01.0.0', ''], ['v1.02.0', ''], ['v1.0.00', ''],
  ['v1.0.0-01', ''], ['v1.0.0-0', 'v1.0.0-0'], ['v1.0.0-0a', 'v1.0.0-0a'], ['v1.2.3-a..b', ''], ['v1.2.3-', ''],
  ['v1.2.3+', ''], ['v1.2.3+0001', 'v1.2.3'], ['v1.2.3-a+b+c', ''], ['v1.2.3.4', ''], ['v1.2.3 ', ''],
  ['v99999999999999999999.0.0', 'v99999999999999999999.0.0'], ['v2.0.0+incompatible', 'v2.0.0'],
];

describe('semver.isValid and canonical', () => {
  it.each(canonicalTable)('%j → %j', (input, want) => {
    expect(semver.canonical(input)).toBe(want);
    expect(semver.isValid(input)).toBe(want !== '');
  });
});

describe('semver parts', () => {
  it.each(canonicalTable)('major/majorMinor/prerelease/build of %j', (input, want) => {
    const valid = want !== '';
    const majorWant = valid ? want.slice(0, want.indexOf('.')) : '';
    expect(semver.major(input)).toBe(majorWant);
    const mm = valid ? want.split('.').slice(0, 2).join('.').replace(/-.*$/, '') : '';
    expect(semver.majorMinor(input)).toBe(mm);
    const dash = want.indexOf('-');
    expect(semver.prerelease(input)).toBe(valid && dash >= 0 ? want.slice(dash) : '');
    const plus = input.indexOf('+');
    expect(semver.build(input)).toBe(valid && plus >= 0 ? input.slice(plus) : '');
  });
});

// The upstream total order: each group compares equal, groups strictly increase.
const orderedGroups: string[][] = [
  ['bad', 'v1-alpha.beta.gamma', 'v1-pre', 'v1+meta', 'v1-pre+meta', 'v1.2-pre', 'v1.2+meta', 'v1.2-pre+meta'],
  ['v1.0.0-alpha'], ['v1.0.0-alpha.1'], ['v1.0.0-alpha.beta'], ['v1.0.0-beta'], ['v1.0.0-beta.2'], ['v1.0.0-beta.11'],
  ['v1.0.0-rc.1'], ['v1', 'v1.0', 'v1.0.0'], ['v1.2', 'v1.2.0'], ['v1.2.3-456'], ['v1.2.3-456.789'], ['v1.2.3-456-789'],
  ['v1.2.3-456a'], ['v1.2.3-pre', 'v1.2.3-pre+meta'], ['v1.2.3-pre.1'], ['v1.2.3-zzz'],
  ['v1.2.3', 'v1.2.3+meta', 'v1.2.3+meta-pre', 'v1.2.3+meta-pre.sha.256a'],
];

describe('semver.compare', () => {
  const flat = orderedGroups.flatMap((group, rank) => group.map((v) => ({ v, rank })));
  it('reproduces the total order over every pair', () => {
    for (const a of flat) {
      for (const b of flat) {
        expect([a.v, b.v, semver.compare(a.v, b.v)]).toEqual([a.v, b.v, Math.sign(a.rank - b.rank)]);
      }
    }
  });

  it.each([
    ['v1.0.0-alpha.10', 'v1.0.0-alpha.9', 1],
    ['v1.2.3-0.20191109021931-daa7c04131f5', 'v1.2.3-pre', -1],
    ['v2.0.0+incompatible', 'v2.0.0', 0],
    ['v10.0.0', 'v9.0.0', 1],
    ['v1.0.0-1', 'v1.0.0-0.20200101000000-abcdef', 1],
    ['v1.2.4-0.20200101000000-abcdef', 'v1.2.3', 1],
    ['v1.2.4-0.20200101000000-abcdef', 'v1.2.4-pre', -1],
  ])('compare(%s, %s) = %d', (v, w, want) => {
    expect(semver.compare(v, w)).toBe(want);
    expect(semver.compare(w, v)).toBe(want === 0 ? 0 : -want);
  });

  it('max canonicalizes and prefers w on ties; sort breaks ties by string', () => {
    expect(semver.max('v1.2', 'v1.1.9')).toBe('v1.2.0');
    expect(semver.max('v1.2.0+a', 'v1.2')).toBe('v1.2.0');
    expect(semver.max('bad', 'v0.0.1')).toBe('v0.0.1');
    expect(semver.sort(['v1.2.3', 'v1.2', 'v1.2.0', 'bad', 'v1.10.0', 'v1.2.3+b', 'v1.2.3+a'])).toEqual([
      'bad', 'v1.2', 'v1.2.0', 'v1.2.3', 'v1.2.3+a', 'v1.2.3+b', 'v1.10.0',
    ]);
  });
});
