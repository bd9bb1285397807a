import { describe, expect, it } from 'vitest';
import {
  ConstraintSyntaxError, evalConstraint, formatConstraint, goBuildExpression, parseGoBuild, parsePlusBuild, plusBuildExpression,
} from './constraint.js';
import { readBuildConstraints } from './file-header.js';
import { fileNameConstraint, fileNameMatchesTarget, targetHasTag, type BuildTarget } from './targets.js';

const tags = (...on: string[]) => (tag: string): boolean => on.includes(tag);

describe('//go:build expressions', () => {
  it.each([
    ['linux', ['linux'], true],
    ['linux && amd64', ['linux'], false],
    ['linux && amd64', ['linux', 'amd64'], true],
    ['linux || darwin', ['darwin'], true],
    ['!windows', ['linux'], true],
    ['!windows', ['windows'], false],
    ['(linux || darwin) && !cgo', ['darwin'], true],
    ['(linux || darwin) && !cgo', ['darwin', 'cgo'], false],
    ['js && wasm || wasip1', ['wasip1'], true],
    ['!!x', ['x'], true],
    ['go1.21', ['go1.21'], true],
  ])('%s with %j is %s', (expr, on, want) => {
    expect(evalConstraint(parseGoBuild(expr), tags(...on))).toBe(want);
  });

  it.each([['linux &&'], ['(linux'], ['linux)'], [''], ['a b'], ['a & b'], ['a | b'], ['&&']])('%j is malformed', (expr) => {
    expect(() => parseGoBuild(expr)).toThrow(ConstraintSyntaxError);
  });

  it.each([
    ['a && b || c', 'a && b || c'],
    ['a && (b || c)', 'a && (b || c)'],
    ['!(a || b)', '!(a || b)'],
  ])('%s prints as %s', (expr, want) => {
    expect(formatConstraint(parseGoBuild(expr))).toBe(want);
  });

  it.each([
    ['//go:build linux', 'linux'],
    ['//go:build', ''],
    ['  //go:build  a && b  ', 'a && b'],
    ['//go:buildx', undefined],
    ['// go:build linux', undefined],
  ])('goBuildExpression(%j) = %j', (line, want) => {
    expect(goBuildExpression(line)).toBe(want);
  });
});

describe('// +build lines', () => {
  it.each([
    ['linux darwin', ['darwin'], true],
    ['linux,386 darwin,!cgo', ['linux', '386'], true],
    ['linux,386 darwin,!cgo', ['linux'], false],
    ['!windows', [], true],
  ])('%s with %j is %s', (text, on, want) => {
    expect(evalConstraint(parsePlusBuild(text), tags(...on))).toBe(want);
  });

  it.each([['// +build linux', 'linux'], ['//+build linux', 'linux'], ['// +buildx', undefined], ['// build linux', undefined]])(
    'plusBuildExpression(%j) = %j', (line, want) => expect(plusBuildExpression(line)).toBe(want),
  );

  it.each([['!'], ['!!a'], ['a,,b']])('%j is malformed', (text) => {
    expect(() => parsePlusBuild(text)).toThrow(ConstraintSyntaxError);
  });
});

describe('file header constraints', () => {
  it.each([
    ['//go:build linux\n\npackage p\n', 'linux', [], 'linux'],
    ['// +build linux darwin\n// +build amd64\n\npackage p\n', null, ['linux darwin', 'amd64'], '(linux || darwin) && amd64'],
    ['// +build linux\npackage p\n', null, [], null],
    ['//go:build js && wasm\n// +build js,wasm\n\npackage p\n', 'js && wasm', ['js,wasm'], 'js && wasm'],
    ['/*\n//go:build linux\n*/\npackage p\n', null, [], null],
    ['// Copyright\n\n//go:build ignore\n\n// Doc.\npackage main\n', 'ignore', [], 'ignore'],
  ])('%j', (text, goBuild, plus, effective) => {
    const r = readBuildConstraints(text, text.indexOf('package'));
    expect([r.goBuild, r.plusBuild, r.expr ? formatConstraint(r.expr) : null]).toEqual([goBuild, plus, effective]);
  });

  it('reports two //go:build lines', () => {
    expect(readBuildConstraints('//go:build a\n//go:build b\npackage p', 26).error).toBe('multiple //go:build comments');
  });
});

describe('file names (go/build rules)', () => {
  it.each([
    ['main_wasm.go', null, 'wasm', false],
    ['main_js_wasm.go', 'js', 'wasm', false],
    ['main_wasip1_wasm.go', 'wasip1', 'wasm', false],
    ['x_linux_test.go', 'linux', null, true],
    ['x_test.go', null, null, true],
    ['linux.go', null, null, false],
    ['a/b/x_windows_amd64_test.go', 'windows', 'amd64', true],
    ['gcm_v1.26_test.go', null, null, true],
    ['x_foo_wasm.go', null, 'wasm', false],
  ])('%s', (name, goos, goarch, isTest) => {
    expect(fileNameConstraint(name)).toEqual({ goos, goarch, isTest });
  });

  it.each([
    ['x_linux.go', { goos: 'android', goarch: 'arm64' }, true],
    ['x_darwin.go', { goos: 'ios', goarch: 'arm64' }, true],
    ['x_linux.go', { goos: 'darwin', goarch: 'arm64' }, false],
    ['x_wasm.go', { goos: 'js', goarch: 'wasm' }, true],
    ['x_amd64.go', { goos: 'js', goarch: 'wasm' }, false],
  ] as Array<[string, BuildTarget, boolean]>)('%s builds for %j: %s', (name, target, want) => {
    expect(fileNameMatchesTarget(fileNameConstraint(name), target)).toBe(want);
  });

  it.each([
    ['unix', { goos: 'linux', goarch: 'amd64' }, true],
    ['unix', { goos: 'windows', goarch: 'amd64' }, false],
    ['unix', { goos: 'js', goarch: 'wasm' }, false],
    ['go1.22', { goos: 'linux', goarch: 'amd64', goMinor: 21 }, false],
    ['cgo', { goos: 'linux', goarch: 'amd64', tags: ['cgo'] }, true],
  ] as Array<[string, BuildTarget, boolean]>)('tag %s for %j: %s', (tag, target, want) => {
    expect(targetHasTag(target, tag)).toBe(want);
  });
});
