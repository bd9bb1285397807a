import { describe, expect, it } from 'vitest';
import * as gover from './gover.js';

describe('gover.compare', () => {
  it.each([
    ['', 'x', 0], ['1', '1.1', -1], ['1.5', '1.10', -1], ['1.19', '1.19.0', 0], ['1.19rc1', '1.19', -1],
    ['1.20', '1.20.0', 0], ['1.20rc1', '1.20', -1], ['1.21', '1.21.0', -1], ['1.21', '1.21rc1', -1],
    ['1.21rc1', '1.21.0', -1], ['6.2', '6.2.0', 0], ['6.2', '6.2rc1', 1], ['1.19alpha3', '1.19beta2', -1],
    ['1.19beta2', '1.19rc1', -1], ['1.1', '1.99999999999999998', -1], ['1.99999999999999998', '1.99999999999999999', -1],
    ['1.21rc1', '1.21rc2', -1], ['1.21.0', '1.21.1', -1], ['1.21.3rc1', '1.0', -1], ['go1.21', '1.21', -1],
  ])('compare(%j, %j) = %d', (x, y, want) => {
    expect(gover.compare(x, y)).toBe(want);
    expect(gover.compare(y, x)).toBe(want === 0 ? 0 : -want);
  });
});

describe('gover.parse, lang, isLang, isValid', () => {
  it.each([
    ['1', { major: '1', minor: '0', patch: '0', kind: '', pre: '' }],
    ['1.2', { major: '1', minor: '2', patch: '0', kind: '', pre: '' }],
    ['1.21', { major: '1', minor: '21', patch: '', kind: '', pre: '' }],
    ['1.21rc3', { major: '1', minor: '21', patch: '', kind: 'rc', pre: '3' }],
    ['1.21.0', { major: '1', minor: '21', patch: '0', kind: '', pre: '' }],
    ['1.999testmod', { major: '1', minor: '999', patch: '', kind: 'testmod', pre: '' }],
    ['1.21.3rc1', { major: '', minor: '', patch: '', kind: '', pre: '' }],
    ['01.2', { major: '', minor: '', patch: '', kind: '', pre: '' }],
    ['1.2.', { major: '', minor: '', patch: '', kind: '', pre: '' }],
    ['1.2RC1', { major: '', minor: '', patch: '', kind: '', pre: '' }],
  ])('parse(%j)', (x, want) => {
    expect(gover.parse(x)).toEqual(want);
  });

  it.each([['1.2rc3', '1.2'], ['1.2.3', '1.2'], ['1.2', '1.2'], ['1', '1'], ['1.0', '1'], ['1.999testmod', '1.999']])('lang(%j) = %j', (x, want) => {
    expect(gover.lang(x)).toBe(want);
  });

  it.each([['1.22', true], ['1.21', true], ['1.20', false], ['1.21.2', false], ['1.21rc1', false], ['1', false]])('isLang(%j) = %j', (x, want) => {
    expect(gover.isLang(x)).toBe(want);
  });

  it.each([['1.600+auto', false], ['1.21rc2', true], ['1.999testmod', true], ['1', true], ['', false], ['1.21.3rc1', false]])('isValid(%j) = %j', (x, want) => {
    expect(gover.isValid(x)).toBe(want);
  });

  it('prev and max', () => {
    expect(gover.prev('1.3rc4')).toBe('1.2');
    expect(gover.prev('1.10')).toBe('1.9');
    expect(gover.prev('1.1')).toBe('1');
    expect(gover.max('1.21', '1.21rc1')).toBe('1.21rc1');
    expect(gover.max('1.20', '1.20.0')).toBe('1.20');
  });
});

describe('toolchain names', () => {
  it.each([
    ['go1.2.3', '1.2.3'], ['go1.2.3-bigcorp', '1.2.3'], ['go1.21rc1', '1.21rc1'], ['go1.21.0 extra', '1.21.0'],
    ['invalid', ''], ['go1.21/x', ''], ['go1.21\\x', ''], ['1.21.0', ''], ['gox', ''],
  ])('fromToolchain(%j) = %j', (name, want) => {
    expect(gover.fromToolchain(name)).toBe(want);
  });

  it('modCompare uses Go order for go and toolchain, semver otherwise', () => {
    expect(gover.modCompare('go', '1.21', '1.21.0')).toBe(-1);
    expect(gover.modCompare('toolchain', 'go1.21.0', 'go1.21rc1')).toBe(1);
    expect(gover.modCompare('toolchain', 'go1.22.0-custom', 'go1.22.0')).toBe(0);
    expect(gover.modCompare('example.com/m', 'v1.21.0', 'v1.3.0')).toBe(1);
    expect(gover.modIsValid('toolchain', 'go1.21.0')).toBe(true);
    expect(gover.modIsValid('go', 'go1.21.0')).toBe(false);
  });
});
