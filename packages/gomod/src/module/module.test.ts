import { describe, expect, it } from 'vitest';
import {
  canonicalVersion, check, checkFilePath, checkImportPath, checkPath, checkPathMajor, compareModuleVersions, escapePath,
  escapeVersion, isPseudoVersion, isZeroPseudoVersion, matchPathMajor, matchPrefixPatterns, pathMajorPrefix, pathMatch,
  pseudoVersion, pseudoVersionBase, pseudoVersionRev, pseudoVersionTime, sortModuleVersions, splitPathVersion,
  unescapePath, unescapeVersion, zeroPseudoVersion,
} from './index.js';

// [path, valid module path, valid import path, valid file path]
const pathTable: Array<[string, boolean, boolean, boolean]> = [
  ['x.y/z', true, true, true], ['x.y', true, true, true], ['', false, false, false], ['x.y/\u00ffz', false, false, true],
  ['/x.y/z', false, false, false], ['x./z', false, false, false], ['.x/z', false, true, true], ['-x/z', false, false, true],
  ['x..y/z', true, true, true], ['x.y/z/../../w', false, false, false], ['x.y//z', false, false, false],
  ['x.y/z//w', false, false, false], ['x.y/z/', false, false, false], ['x.y/z/v0', false, true, true],
  ['x.y/z/v1', false, true, true], ['x.y/z/v2', true, true, true], ['x.y/z/v2.0', false, true, true],
  ['X.y/z', false, true, true], ['!x.y/z', false, false, true], ['_x.y/z', false, true, true], ['x.y!/z', false, false, true],
  ['x.y"/z', false, false, false], ['x.y#/z', false, false, true], ['x.y$/z', false, false, true], ['x.y%/z', false, false, true],
  ["x.y'/z", false, false, false], ['x.y(/z', false, false, true], ['x.y*/z', false, false, false], ['x.y+/z', false, true, true],
  ['x.y,/z', false, false, true], ['x.y-/z', true, true, true], ['x.y./zt', false, false, false], ['x.y:/z', false, false, false],
  ['x.y;/z', false, false, false], ['x.y</z', false, false, false], ['x.y=/z', false, false, true], ['x.y>/z', false, false, false],
  ['x.y?/z', false, false, false], ['x.y@/z', false, false, true], ['x.y[/z', false, false, true], ['x.y\\/z', false, false, false],
  ['x.y]/z', false, false, true], ['x.y^/z', false, false, true], ['x.y_/z', false, true, true], ['x.y`/z', false, false, false],
  ['x.y{/z', false, false, true], ['x.y}/z', false, false, true], ['x.y~/z', false, true, true], ['x.y/z!', false, false, true],
  ['x.y/z"', false, false, false], ['x.y/z#', false, false, true], ['x.y/z+', false, true, true], ['x.y/z++', false, true, true],
  ['x.y/z-', true, true, true], ['x.y/z.t', true, true, true], ['x.y/z~', true, true, true], ['x.y/z~0', false, false, true],
  ['x.y/z~09', false, false, true], ['x.y/z09~09z~09', false, false, true], ['x.y/z09~09z~09a', true, true, true],
  ['x.y/z09~09z~', true, true, true], ['x.y/z~0/w', false, false, true], ['x.y/z~a', true, true, true], ['x.y/z.~0', true, true, true],
  ['x.y/aux.foo', false, false, false], ['x.y/prn2', true, true, true], ['x.y/com', true, true, true], ['x.y/com1', false, false, false],
  ['x.y/com1.txt', false, false, false], ['x.y/calm1', true, true, true], ['x.y/z~', true, true, true], ['x.y/z~0', false, false, true],
  ['x.y/z~09', false, false, true], ['x.y/z09~09z', true, true, true], ['x.y/z09~09z~09', false, false, true],
  ['github.com/user/unicode/испытание', false, false, true], ['../x', false, false, false], ['./y', false, false, false],
  ['x:y', false, false, false], ['\\temp\\foo', false, false, false], ['.gitignore', false, true, true],
  ['.github/ISSUE_TEMPLATE', false, true, true], ['x☺y', false, false, false],
];

describe('path checks', () => {
  it.each(pathTable)('%j module=%j import=%j file=%j', (path, moduleOK, importOK, fileOK) => {
    expect(checkPath(path) === undefined).toBe(moduleOK);
    expect(checkImportPath(path) === undefined).toBe(importOK);
    expect(checkFilePath(path) === undefined).toBe(fileOK);
  });

  it.each([
    ['X.y/z', 'malformed module path "X.y/z": invalid char \'X\' in first path element'],
    ['x.y/z/v1', 'malformed module path "x.y/z/v1": invalid version'],
    ['xy/z', 'malformed module path "xy/z": missing dot in first path element'],
    ['x.y/aux.foo', 'malformed module path "x.y/aux.foo": "aux" disallowed as path element component on Windows'],
    ['x.y/z~09', 'malformed module path "x.y/z~09": trailing tilde and digits in path element'],
    ['x.y/.z', 'malformed module path "x.y/.z": leading dot in path element'],
    ['x.y/..', 'malformed module path "x.y/..": invalid path element ".."'],
    ['x.y/z\u0000', 'malformed module path "x.y/z\\x00": invalid char \'\\x00\''],
  ])('checkPath(%j) message', (path, message) => {
    expect(checkPath(path)?.message).toBe(message);
  });
});

describe('major version suffixes', () => {
  it.each([
    ['x.y/z', 'x.y/z', ''], ['x.y/z/v2', 'x.y/z', '/v2'], ['x.y/z/v10', 'x.y/z', '/v10'], ['x.y/v', 'x.y/v', ''],
    ['gopkg.in/yaml.v2', 'gopkg.in/yaml', '.v2'], ['gopkg.in/yaml.v0', 'gopkg.in/yaml', '.v0'],
    ['gopkg.in/check.v1-unstable', 'gopkg.in/check', '.v1-unstable'], ['x.y/z/v1', null, null], ['x.y/z/v0', null, null],
    ['x.y/z/v02', null, null], ['x.y/z/v2.0', null, null], ['gopkg.in/yaml', null, null], ['gopkg.in/yaml.v02', null, null],
  ])('splitPathVersion(%j)', (path, prefix, pathMajor) => {
    expect(splitPathVersion(path)).toEqual(prefix === null ? undefined : { prefix, pathMajor });
  });

  it.each([
    ['github.com/go-yaml/yaml', 'v0.8.0', true], ['github.com/go-yaml/yaml', 'v1.0.0', true], ['github.com/go-yaml/yaml', 'v2.0.0', false],
    ['github.com/go-yaml/yaml', 'v2.1.5', false], ['github.com/go-yaml/yaml', 'v3.0.0', false], ['github.com/go-yaml/yaml/v2', 'v1.0.0', false],
    ['github.com/go-yaml/yaml/v2', 'v2.0.0', true], ['github.com/go-yaml/yaml/v2', 'v2.1.5', true], ['github.com/go-yaml/yaml/v2', 'v3.0.0', false],
    ['gopkg.in/yaml.v0', 'v0.8.0', true], ['gopkg.in/yaml.v0', 'v1.0.0', false], ['gopkg.in/yaml.v1', 'v0.8.0', false],
    ['gopkg.in/yaml.v1', 'v1.0.0', true], ['gopkg.in/yaml.v1', 'v2.0.0', false], ['gopkg.in/yaml.v2', 'v1.0.0', false],
    ['gopkg.in/yaml.v2', 'v2.0.0', true], ['gopkg.in/check.v1', 'v0.0.0-20160102150405-abcdef123456', true],
    ['rsc.io/quote', 'v17.0.0', false], ['rsc.io/quote', 'v17.0.0+incompatible', true], ['rsc.io/quote', 'bad', false],
  ])('check(%j, %j) ok=%j', (path, version, ok) => {
    expect(check(path, version) === undefined).toBe(ok);
  });

  it('formats module errors as Go does', () => {
    expect(check('rsc.io/quote', 'v17.0.0')?.message).toBe('rsc.io/quote@v17.0.0: invalid version: should be v0 or v1, not v17');
    expect(check('rsc.io/quote', 'bad')?.message).toBe('rsc.io/quote@bad: invalid version: not a semantic version');
    expect(checkPathMajor('v1.0.0', '/v2')?.message).toBe('version "v1.0.0" invalid: should be v2, not v1');
  });

  it.each([
    ['v1.0.0', '.v1-unstable', true], ['v2.0.0+incompatible', '', true], ['v2.0.0', '', false], ['v2.0.0', '.v2', true],
    ['v0.0.0-20190510104115-cbcb75029529', '.v1', true],
  ])('matchPathMajor(%j, %j) = %j', (v, pathMajor, want) => {
    expect(matchPathMajor(v, pathMajor)).toBe(want);
  });

  it('pathMajorPrefix and canonicalVersion', () => {
    expect(pathMajorPrefix('/v2')).toBe('v2');
    expect(pathMajorPrefix('.v1-unstable')).toBe('v1');
    expect(pathMajorPrefix('')).toBe('');
    expect(canonicalVersion('v2.0.0+incompatible')).toBe('v2.0.0+incompatible');
    expect(canonicalVersion('v1.2+meta')).toBe('');
    expect(canonicalVersion('v1.2.3+meta')).toBe('v1.2.3');
  });
});

describe('escaping', () => {
  it.each([
    ['m.com/', ''], ['ascii.com/abcdefghijklmnopqrstuvwxyz.-/~_0123456789', 'ascii.com/abcdefghijklmnopqrstuvwxyz.-/~_0123456789'],
    ['github.com/GoogleCloudPlatform/omega', 'github.com/!google!cloud!platform/omega'],
  ])('escapePath(%j) = %j', (path, escaped) => {
    if (escaped === '') {
      expect(() => escapePath(path)).toThrow(/malformed module path/);
      return;
    }
    expect(escapePath(path)).toBe(escaped);
    expect(unescapePath(escaped)).toBe(path);
  });

  it.each([
    'github.com/GoogleCloudPlatform/omega', 'github.com/!google!cloud!platform!/omega', 'github.com/!0google!cloud!platform/omega',
    'github.com/!_google!cloud!platform/omega', 'github.com/!!google!cloud!platform/omega', '',
  ])('unescapePath rejects %j', (escaped) => {
    expect(() => unescapePath(escaped)).toThrow();
  });

  it('escapes versions', () => {
    expect(escapeVersion('v1.0.0-RC1')).toBe('v1.0.0-!r!c1');
    expect(escapeVersion('master')).toBe('master');
    expect(unescapeVersion('v1.0.0-!r!c1')).toBe('v1.0.0-RC1');
    expect(() => escapeVersion('v1.0.0/go.mod')).toThrow('version "v1.0.0/go.mod" invalid: disallowed version string');
    expect(() => escapeVersion('v1!')).toThrow(/disallowed version string/);
  });
});

describe('pseudo-versions', () => {
  const t = new Date(Date.UTC(2006, 0, 2, 15, 4, 5));
  it.each([
    ['', '', 'v0.0.0-20060102150405-hash'], ['v0', '', 'v0.0.0-20060102150405-hash'], ['v1', '', 'v1.0.0-20060102150405-hash'],
    ['v2', '', 'v2.0.0-20060102150405-hash'], ['unused', 'v0.0.0', 'v0.0.1-0.20060102150405-hash'],
    ['unused', 'v1.2.3', 'v1.2.4-0.20060102150405-hash'], ['unused', 'v1.2.99999999999999999', 'v1.2.100000000000000000-0.20060102150405-hash'],
    ['unused', 'v1.2.3-pre', 'v1.2.3-pre.0.20060102150405-hash'], ['unused', 'v1.3.0-pre', 'v1.3.0-pre.0.20060102150405-hash'],
    ['unused', 'v0.0.0--', 'v0.0.0--.0.20060102150405-hash'], ['unused', 'v1.0.0+metadata', 'v1.0.1-0.20060102150405-hash+metadata'],
    ['unused', 'v2.0.0+incompatible', 'v2.0.1-0.20060102150405-hash+incompatible'],
    ['unused', 'v2.3.0-pre+incompatible', 'v2.3.0-pre.0.20060102150405-hash+incompatible'],
  ])('pseudoVersion(%j, %j) = %j and back', (major, older, want) => {
    const v = pseudoVersion(major, older, t, 'hash');
    expect(v).toBe(want);
    expect(isPseudoVersion(v)).toBe(true);
    const base = older === '' ? '' : older.replace(/\+metadata$/, '+metadata');
    expect(pseudoVersionBase(v)).toBe(base === '' ? '' : base);
    expect(pseudoVersionRev(v)).toBe('hash');
    expect(pseudoVersionTime(v).toISOString()).toBe('2006-01-02T15:04:05.000Z');
  });

  it.each([
    'v0.0.0', 'v0.0.0-', 'v0.0.0-0.20060102150405-hash', 'v0.1.0-0.20060102150405-hash', 'v1.0.0-0.20060102150405-hash',
    'v0.0.0-20060102150405-hash+incompatible', 'v0.0.0-20060102150405-hash+metadata',
  ])('pseudoVersionBase rejects %j', (v) => {
    expect(() => pseudoVersionBase(v)).toThrow();
  });

  it('rejects impossible times and recognises the zero pseudo-version', () => {
    expect(() => pseudoVersionTime('v0.0.0-20061302150405-hash')).toThrow('pseudo-version "v0.0.0-20061302150405-hash" invalid: malformed time "20061302150405"');
    expect(zeroPseudoVersion('v2')).toBe('v2.0.0-00010101000000-000000000000');
    expect(isZeroPseudoVersion('v0.0.0-00010101000000-000000000000')).toBe(true);
    expect(pseudoVersionTime('v0.0.0-00010101000000-000000000000').getUTCFullYear()).toBe(1);
    expect(isPseudoVersion('v1.2.3-pre')).toBe(false);
  });
});

describe('prefix patterns', () => {
  it.each([
    ['*/quote', 'rsc.io/quote', true], ['*/quo', 'rsc.io/quote', false], ['*/quo??', 'rsc.io/quote', true],
    ['*/quo*', 'rsc.io/quote', true], ['*quo*', 'rsc.io/quote', false], ['rsc.io', 'rsc.io/quote', true],
    ['*.io', 'rsc.io/quote', true], ['rsc.io/', 'rsc.io/quote', true], ['rsc', 'rsc.io/quote', false], ['rsc*', 'rsc.io/quote', true],
    ['rsc.io', 'rsc.io/quote/v3', true], ['*/quote', 'rsc.io/quote/v3', true], ['*/quote/', 'rsc.io/quote/v3', true],
    ['*/quote/*', 'rsc.io/quote/v3', true], ['*/quote/*/', 'rsc.io/quote/v3', true], ['*/v3', 'rsc.io/quote/v3', false],
    ['*/*/v3', 'rsc.io/quote/v3', true], ['*/*/*', 'rsc.io/quote/v3', true], ['*/*/*', 'rsc.io/quote', false],
    ['*/*/*/', 'rsc.io/quote', false], ['*/*/*,,', 'rsc.io/quote', false], ['*/*/*,,*/quote', 'rsc.io/quote', true],
    [',,*/quote', 'rsc.io/quote', true], ['/', 'rsc.io/quote', false], ['', 'rsc.io/quote', false], ['[', 'rsc.io/quote', false],
    ['*.corp.example.com', 'git.corp.example.com/xyzzy', true], ['*.corp.example.com', 'corp.example.com/x', false],
    ['rsc.io/private', 'rsc.io/privateer', false], ['github.com/ACME', 'github.com/acme/x', false],
  ])('matchPrefixPatterns(%j, %j) = %j', (globs, target, want) => {
    expect(matchPrefixPatterns(globs, target)).toBe(want);
  });

  it.each([
    ['abc', 'abc', true], ['*', 'abc', true], ['*c', 'abc', true], ['a*', 'a', true], ['a*', 'abc', true], ['a*', 'ab/c', false],
    ['a*/b', 'abc/b', true], ['a*/b', 'a/c/b', false], ['a*b*c*d*e*/f', 'axbxcxdxe/f', true], ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
    ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false], ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false], ['a*b?c*x', 'abxbbxdbxebxczzx', true],
    ['a*b?c*x', 'abxbbxdbxebxczzy', false], ['ab[c]', 'abc', true], ['ab[b-d]', 'abc', true], ['ab[e-g]', 'abc', false],
    ['ab[^c]', 'abc', false], ['ab[^b-d]', 'abc', false], ['ab[^e-g]', 'abc', true], ['a\\*b', 'a*b', true], ['a\\*b', 'ab', false],
    ['a?b', 'a☺b', true], ['a[^a]b', 'a☺b', true], ['a???b', 'a☺b', false], ['a[^a][^a][^a]b', 'a☺b', false],
    ['[a-ζ]*', 'α', true], ['*[a-ζ]', 'A', false], ['a?b', 'a/b', false], ['a*b', 'a/b', false], ['[\\]a]', ']', true],
    ['[\\-]', '-', true], ['[x\\-]', 'x', true], ['[x\\-]', '-', true], ['[x\\-]', 'z', false], ['[\\-x]', 'x', true],
    ['*x', 'xxx', true],
  ])('pathMatch(%j, %j) = %j', (pattern, name, want) => {
    expect(pathMatch(pattern, name)).toBe(want);
  });

  it.each([['[]a]', ']'], ['[-]', '-'], ['[x-]', 'x'], ['[-x]', 'x'], ['\\', 'a'], ['[a-b-c]', 'a'], ['[', 'a'], ['[^', 'a'],
    ['[^bc', 'a'], ['a[', 'a'], ['a[', 'ab'], ['a[', 'x'], ['a/b[', 'x'], ['*x[', 'xxx']])('pathMatch(%j, %j) is a bad pattern', (pattern, name) => {
    expect(() => pathMatch(pattern, name)).toThrow('syntax error in pattern');
  });
});

describe('module version order', () => {
  it('sorts by path bytes, then semver, then the /go.mod suffix', () => {
    const sorted = sortModuleVersions([
      { path: 'example.com/a', version: 'v1.0.0/go.mod' }, { path: 'example.com/a', version: 'v1.0.0' },
      { path: 'example.com/A', version: 'v1.0.0' }, { path: 'example.com/a', version: 'v1.10.0' },
      { path: 'example.com/a', version: 'v1.9.0/go.mod' },
    ]);
    expect(sorted.map((m) => `${m.path} ${m.version}`)).toEqual([
      'example.com/A v1.0.0', 'example.com/a v1.0.0', 'example.com/a v1.0.0/go.mod', 'example.com/a v1.9.0/go.mod', 'example.com/a v1.10.0',
    ]);
    expect(compareModuleVersions({ path: '\u{1F600}', version: '' }, { path: '\uFFFD', version: '' })).toBe(1);
  });
});
