import { describe, expect, it } from 'vitest';
import { ModuleError, InvalidVersionError } from '../module/index.js';
import { formatSyntax } from './format-syntax.js';
import { parseGoMod } from './parse-go-mod.js';
import type { GoMod, ParseGoModOptions } from './types.js';

function mustParse(text: string, options?: ParseGoModOptions): GoMod {
  const r = parseGoMod('go.mod', text, options);
  if (!r.ok) throw new Error(r.errors.message);
  return r.value;
}

function errorText(text: string, options?: ParseGoModOptions): string {
  const r = parseGoMod('go.mod', text, options);
  if (r.ok) throw new Error('parsed without error');
  return r.errors.message;
}

describe('parseGoMod go and toolchain versions', () => {
  // Upstream TestParseVersions: strict acceptance, and what lax mode additionally accepts.
  it.each([
    ['go ', false, false],
    ['go 1', false, false],
    ['go 1.22', true, true],
    ['go 1.22.333', true, true],
    ['go v1.2', false, false],
    ['go 1.2rc1', true, true],
    ['go 1.2 3.4', false, false],
    ['go 1.2.3', true, true],
    ['go 1.2beta1', true, true],
    ['go 1.2.beta1', false, true],
    ['go v1.2.3', false, true],
    ['go v1.2rc1', false, true],
    ['go v1.2beta1', false, true],
    ['go v1.2.beta1', false, true],
    ['go 01.2', false, false],
    ['toolchain go1.2', true, true],
    ['toolchain go1.2.3', true, true],
    ['toolchain go1.2rc1-gccgo', true, true],
    ['toolchain default', true, true],
    ['toolchain inconceivable!', false, true],
  ])('%s: strict %s, lax %s', (line, strict, lax) => {
    const text = `module m\n${line}\n`;
    expect(parseGoMod('go.mod', text).ok).toBe(strict);
    expect(parseGoMod('go.mod', text, { lax: true }).ok).toBe(lax);
  });

  it.each([
    ['1.2.beta1', '1.2'],
    ['v1.2.3', '1.2'],
    ['1.21.0-custom', '1.21'],
    ['1.21rc', '1.21'],
  ])('lax mode keeps major.minor of go %s', (written, kept) => {
    const mod = mustParse(`module m\ngo ${written}\n`, { lax: true });
    expect(mod.go?.version).toBe(kept);
    expect(formatSyntax(mod.syntax)).toBe(`module m\n\ngo ${kept}\n`);
  });
});

describe('parseGoMod lax mode', () => {
  it('ignores what only the main module may say (upstream TestParseLax)', () => {
    const mod = mustParse(
      'module m\n\tsurprise attack\n\tx y (\n\t\tz\n\t)\n\texclude v1.2.3\n\treplace <-!!!\n\tretract v1.2.3 v1.2.4\n\tretract (v1.2.3, v1.2.4]\n\tretract v1.2.3 (\n\t\tkey1 value1\n\t\tkey2 value2\n\t)\n\trequire good v1.0.0\n',
      { lax: true },
    );
    expect(mod.module?.path).toBe('m');
    expect(mod.require.map((r) => r.path)).toEqual(['good']);
    expect(mod.exclude).toEqual([]);
  });

  it('still rejects broken requirements and syntax', () => {
    expect(errorText('module m\nrequire x 1.0\n', { lax: true })).toBe('go.mod:2: require x: version "1.0" invalid: must be of the form v1.2.3');
    expect(errorText('module m /* */', { lax: true })).toBe('go.mod:1:10: mod files must use // comments (not /* */ comments)');
  });
});

describe('parseGoMod errors', () => {
  it.each([
    ['major mismatch in a block', 'module m\nrequire (\n\tex.com/a v1\n\tex.com/b/v2 v1.0.0\n)\n', 'go.mod:4:2: require ex.com/b/v2: version "v1.0.0" invalid: should be v2, not v1'],
    ['non-canonical version', 'module m\nrequire ex.com/a 1.0\n', 'go.mod:2: require ex.com/a: version "1.0" invalid: must be of the form v1.2.3'],
    ['bad major suffix', 'module m\nrequire ex.com/a/v1 v1.0.0\n', 'go.mod:2: invalid module path'],
    ['unsuffixed v2', 'module m\nexclude ex.com/a v2.0.0\n', 'go.mod:2: exclude ex.com/a: version "v2.0.0" invalid: should be v0 or v1, not v2'],
    ['back-quoted module path', 'module `x`', 'go.mod:1: invalid quoted string: unquoted string cannot contain quote'],
    ['bad escape', 'module "a\\q"', 'go.mod:1: invalid quoted string: invalid syntax'],
    ['quoted version that is not one', 'module m\nrequire x "v1\\q"\n', 'go.mod:2: require x: version "\\"v1\\\\q\\"" invalid: invalid syntax'],
    ['repeated lines', 'module a\nmodule b\ngo 1.21\ngo 1.22\ntoolchain go1.22.0\ntoolchain default', 'go.mod:2: repeated module statement\ngo.mod:4: repeated go statement\ngo.mod:6: repeated toolchain statement'],
    ['usage errors', 'module\nrequire x\nexclude x v1 v2\ngodebug a\ngodebug "a=b"\ntool\nignore a b', 'go.mod:1: usage: module module/path\ngo.mod:2: usage: require module/path v1.2.3\ngo.mod:3: usage: exclude module/path v1.2.3\ngo.mod:4: usage: godebug key=value\ngo.mod:5: usage: godebug key=value\ngo.mod:6: tool directive expects exactly one argument\ngo.mod:7: ignore directive expects exactly one argument'],
    ['go and toolchain arguments', 'go\ngo "1.21"\ntoolchain 1.21', "go.mod:1: go directive expects exactly one argument\ngo.mod:2: invalid go version '\"1.21\"': must match format 1.23.0\ngo.mod:3: invalid toolchain version '1.21': must match format go1.23.0 or default"],
    ['unknown directive and block', 'modules m\n  foo (\n  )\nrequire x (\n)\n', 'go.mod:1: unknown directive: modules\ngo.mod:2:3: unknown block type: foo\ngo.mod:4: unknown block type: require x'],
    ['go block', 'go (\n\t1.21\n)\n', 'go.mod:1: unknown block type: go'],
    [
      'replace usage',
      'replace a => b c d',
      'go.mod:1: usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory',
    ],
    ['replace with path@version', 'replace a => b@v1.0.0', "go.mod:1: replacement module must match format 'path version', not 'path@version'"],
    ['replace with a module and no version', 'replace a => b', 'go.mod:1: replacement module without version must be directory path (rooted or starting with . or ..)'],
    ['replace with a Windows directory', 'replace a => .\\b', 'go.mod:1: replacement directory appears to be Windows path (on a non-windows system)'],
    ['replace directory with a version', 'replace a => ./b v1.0.0', 'go.mod:1: replacement module directory path "./b" cannot have version'],
    ['replace with a bad old path', 'replace a/v1 => ./b', 'go.mod:1: replace a/v1: invalid module path'],
    ['replace with a bad new version', 'replace a => b 1.0', 'go.mod:1: replace b: version "1.0" invalid: must be of the form v1.2.3'],
    ['retract syntax', "retract\nretract ( x\nretract [\nretract [v1.0.0\nretract [v1.0.0,\nretract [v1.0.0, v1.1.0\nretract v1.0.0 x", "go.mod:1: expected '[' or version\ngo.mod:2: expected '[' or version\ngo.mod:3: expected version after '['\ngo.mod:4: expected ',' after version\ngo.mod:5: expected version after ','\ngo.mod:6: expected ']' after version\ngo.mod:7: unexpected token after version: \"x\""],
  ])('%s', (_name, text, want) => {
    expect(errorText(text)).toBe(want);
  });

  it('canonicalises the new version without checking it against the new path', () => {
    const r = parseGoMod('go.mod', 'module m\nreplace a => b/v2 v1\n');
    expect(r.ok && r.value.replace[0]?.new).toEqual({ path: 'b/v2', version: 'v1.0.0' });
  });
});

describe('parseGoMod values', () => {
  it('canonicalises versions and quoting in the syntax tree, as go mod edit -fmt shows', () => {
    const mod = mustParse('module "ex.com/m"\nrequire "ex.com/a" v1.2\nrequire ex.com/b v1.2.3+meta\nrequire ex.com/c v2.0.0+incompatible\nreplace ex.com/a v1.2 => "./sp ace"\n');
    expect(mod.require.map((r) => r.version)).toEqual(['v1.2.0', 'v1.2.3', 'v2.0.0+incompatible']);
    expect(mod.replace[0]).toMatchObject({ old: { path: 'ex.com/a', version: 'v1.2.0' }, new: { path: './sp ace' } });
    expect(mod.replace[0]?.new.version).toBeUndefined();
    expect(formatSyntax(mod.syntax)).toBe('module ex.com/m\n\nrequire ex.com/a v1.2.0\n\nrequire ex.com/b v1.2.3\n\nrequire ex.com/c v2.0.0+incompatible\n\nreplace ex.com/a v1.2.0 => "./sp ace"\n');
  });

  it('keeps retract bounds unvalidated without a fixer', () => {
    const mod = mustParse('module m\nretract garbage\nretract [ "v1.0.0" , v0 ]\n');
    expect(mod.retract.map((r) => [r.low, r.high])).toEqual([['garbage', 'garbage'], ['v1.0.0', 'v0']]);
  });

  it.each([
    [' // indirect', true],
    [' //indirect', true],
    [' // indirect; for tests', true],
    [' // indirect;', false],
    [' // Indirect', false],
    [' // indirect foo', false],
    [' // other\n// indirect', false],
    ['', false],
  ])('require x v1.0.0%s is indirect: %s', (comment, want) => {
    expect(mustParse(`module m\nrequire x v1.0.0${comment}\n`).require[0]?.indirect).toBe(want);
  });

  it('reads godebug keys and values', () => {
    const mod = mustParse('godebug (\n\ta=1\n\tb=\n\t=c\n\td=e=f\n)\n');
    expect(mod.godebug.map((g) => [g.key, g.value])).toEqual([['a', '1'], ['b', ''], ['', 'c'], ['d', 'e=f']]);
  });
});

describe('parseGoMod deprecation', () => {
  // Upstream moduleDeprecatedTests.
  it.each([
    ['module m', ''],
    ['// yo\nmodule m', ''],
    ['//Deprecated\nmodule m', ''],
    ['//Deprecated:blah\nmodule m', 'blah'],
    ['// Deprecated: blah\nmodule m', 'blah'],
    ['// deprecated: blah\nmodule m', ''],
    ['// Deprecated: one\n// two\nmodule m', 'one\ntwo'],
    ['// some other comment\n// Deprecated: blah\nmodule m', ''],
    ['// module m is Deprecated: blah\nmodule m', ''],
    ['// Deprecated: a\n// Deprecated: b\nmodule m', 'a\nDeprecated: b'],
    ['// Deprecated: a\n// b\n//\n// c\nmodule m', 'a\nb'],
    ['// Deprecated: the next line has a space\n// \n// c\nmodule m', 'the next line has a space'],
    ['module m // Deprecated: blah', 'blah'],
    ['// some other comment\nmodule m // Deprecated: blah', ''],
    ['// some other comment\n//\nmodule m // Deprecated: blah', 'blah'],
    ['// Deprecated: blah\nmodule (\n\tm\n)', 'blah'],
    ['// Deprecated: detached\n\nmodule m', ''],
  ])('%j', (text, want) => {
    expect(mustParse(text).module?.deprecated ?? '').toBe(want);
  });
});

describe('parseGoMod retraction rationale', () => {
  // Upstream retractRationaleTests.
  it.each([
    ['module m\nretract v1.0.0', ''],
    ['module m\n//   prefix\nretract v1.0.0\n', 'prefix'],
    ['module m\n//  one\n//\n//     two\n//\n// three\nretract v1.0.0', 'one\n\ntwo\n\nthree'],
    ['module m\nretract v1.0.0 // suffix\n', 'suffix'],
    ['module m\n// prefix\nretract v1.0.0 // suffix\n', 'prefix\nsuffix'],
    ['// block\nretract (\n\tv1.0.0\n)\n', 'block'],
    ['// block\nretract (\n\t// line\n\tv1.0.0\n)\n', 'line'],
    ['retract ( // not the block comment\n\tv1.0.0\n)\n', ''],
  ])('%j', (text, want) => {
    expect(mustParse(text).retract[0]?.rationale).toBe(want);
  });
});

describe('parseGoMod with a version fixer', () => {
  const prefixV = (_path: string, v: string): string => (v.startsWith('v') ? v : `v${v}`);

  // Upstream fixVersionTests.
  it.each([
    ['require example.com/m 1.0.0', 'require example.com/m v1.0.0\n'],
    ['replace example.com/m 1.0.0 => example.com/m 1.1.0', 'replace example.com/m v1.0.0 => example.com/m v1.1.0\n'],
    ['exclude example.com/m 1.0.0', 'exclude example.com/m v1.0.0\n'],
    ['module example.com/m\nretract 1.0.0', 'module example.com/m\n\nretract v1.0.0\n'],
    ['module example.com/m\nretract [1.0.0, 1.1.0]', 'module example.com/m\n\nretract [v1.0.0, v1.1.0]\n'],
  ])('%j', (text, formatted) => {
    expect(formatSyntax(mustParse(text, { fixVersion: prefixV }).syntax)).toBe(formatted);
  });

  it.each([
    ['replace example.com/m@v1.0.0 => example.com/m@v1.1.0', "go.mod:1: replacement module must match format 'path version', not 'path@version'"],
    ['replace example.com/m => example.com/m@v1.1.0', "go.mod:1: replacement module must match format 'path version', not 'path@version'"],
    ['retract 1.0.0\nretract 1.1.0', 'go.mod:1: no module directive found, so retract cannot be used'],
  ])('%j fails', (text, want) => {
    expect(errorText(text, { fixVersion: prefixV })).toBe(want);
  });

  it('reports a fixer failure: a ModuleError loses its module prefix, other errors stand alone', () => {
    const moduleFailure = (path: string, v: string): string => {
      throw new ModuleError(path, v, new InvalidVersionError(v, 'no such tag'));
    };
    expect(errorText('module m\nrequire ex.com/a master\n', { fixVersion: moduleFailure })).toBe('go.mod:2: require ex.com/a: version "master" invalid: no such tag');
    const plainFailure = (): string => {
      throw new Error('network is off');
    };
    expect(errorText('module m\nrequire ex.com/a master\n', { fixVersion: plainFailure })).toBe('go.mod:2: network is off');
  });
});
