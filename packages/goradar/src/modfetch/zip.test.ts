import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashZip } from './dirhash.js';
import { foldCase } from './go-path.js';
import { checkZipEntries, checkedFilesError } from './zip-check.js';
import { createModuleZip, isVendoredPackage, type ModuleFile } from './zip-create.js';
import { checkModuleZip, unzipModule } from './zip-extract.js';
import { ZipArchive } from './zip-reader.js';
import { writeZip } from './zip-writer.js';

const m = { path: 'example.com/m', version: 'v1.0.0' };
const files = (spec: Record<string, string>): ModuleFile[] => Object.entries(spec).map(([path, content]) => ({ path, content: Buffer.from(content) }));
const simple = {
  'go.mod': 'module example.com/m\n\ngo 1.13\n',
  'm.go': 'package m\n\nfunc Foo() int { return 42 }\n',
  'cmd/hello/hello.go': 'package main\n\nimport (\n  "fmt"\n  "example.com/m"\n)\n\nfunc main() {\n  fmt.Println(m.Foo())\n}\n',
};
const vendorFiles = (goLine: string) => ({
  'go.mod': `module example.com/m\n\ngo ${goLine}`,
  'vendor/modules.txt': 'included\nsee comment in isVendoredPackage and golang.org/issue/31562.\n',
  'vendor/example.com/x/x.go': 'excluded\n',
  'sub/vendor/sub.txt': 'excluded\n',
  'pkg/vendor/vendor.go': `${goLine === '1.13\n' ? 'excluded' : 'included'}\nsee comment in isVendoredPackage and golang.org/issue/37397\n`,
});

// Hashes from x/mod zip/testdata/create (the file trees are re-typed here).
describe('createModuleZip: upstream hashes', () => {
  it.each([
    ['simple', m, simple, 'h1:tpqYOOmuilagXzyqoJ3roUjp8gneQeTv5YVpL6BG7/k='],
    ['exclude_vendor (go 1.13)', m, vendorFiles('1.13\n'), 'h1:5u93LDLN0Me+NGfZtRpA5mHxY8svfykHpq4CMSaBZyc='],
    ['exclude_vendor (go 1.24)', m, vendorFiles('1.24\nmodules.txt is excluded in 1.24+. See golang.org/issue/63395\n'), 'h1:mJR1q75yiMK6+CDw6DuhMS4v4hNoLXqkyk2Cph4VS8Q='],
    ['exclude_submodule', m, { 'go.mod': 'module example.com/m\n\ngo 1.13\n', 'sub/go.mod': 'module example.com/m/sub\n', "sub/x.go'": "invalid name, but this shouldn't be read\n" }, 'h1:XduFAgX/GaspZa8Jv4pfzoGEzNaU/r88PiCunijw5ok='],
    ['exclude_cap_go_mod_submodule', m, { 'a.go': 'package a\n', 'b/GO.MOD': 'MODULE EXAMPLE.COM/M/B\n', 'b/b.go': 'package b\n' }, 'h1:xctQQey8/y7IcBjFZDP/onWLSXhlqcsC3i1fgSdpMHk='],
    ['go_mod_dir', m, { 'go.mod/a.go': 'package a\n' }, 'h1:Mun5l9cBlDnnV6JasTpio2aZJSbFj++h+814mnKC/OM='],
    ['empty', m, {}, 'h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    ['hg archival file', m, { '.hg_archival.txt': 'repo: x\n' }, 'h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
  ])('%s', (_name, mod, tree, want) => {
    expect(hashZip(new ZipArchive(createModuleZip(mod, files(tree))))).toBe(want);
  });

  it('leaves out symlinks and irregular files', () => {
    const tree: ModuleFile[] = [...files({ 'a.go': 'package a\n' }), { path: 'link', content: Buffer.from('/etc/passwd'), kind: 'symlink' }];
    expect(new ZipArchive(createModuleZip(m, tree)).entries.map((e) => e.name)).toEqual(['example.com/m@v1.0.0/a.go']);
  });
});

describe('createModuleZip: upstream errors', () => {
  it.each([
    ['dup_file', m, [['dup.go', 'package d1\n'], ['dup.go', 'package d2\n']], 'multiple entries for file "dup.go"'],
    ['file_case_conflict', m, [['m.go', 'package m\n'], ['M.GO', 'package m\n']], 'case-insensitive file name collision: "m.go" and "M.GO"'],
    ['dup_file_and_dir', m, [['a.go', 'package a\n'], ['a.go/b.go', 'package b\n']], 'entry "a.go" is both a file and a directory'],
    ['bad_gomod_case', m, [['GO.MOD', 'module example.com/m\n']], 'GO.MOD: go.mod files must have lowercase names'],
    ['bad_file_path', m, [["bad.go'", 'package bad\n']], 'malformed file path "bad.go\'": invalid char \'\\\'\''],
    ['bad_version', { path: 'example.com/m', version: 'v1.0.0+bad' }, [], 'version "v1.0.0+bad" is not canonical (should be "v1.0.0")'],
    ['bad_mod_path_version_suffix', { path: 'example.com/m', version: 'v2.0.0' }, [], 'invalid version: should be v0 or v1, not v2'],
    ['unclean path', m, [['a/../b.go', 'x']], 'a/../b.go: file path is not clean'],
  ])('%s', (_name, mod, list, want) => {
    const tree = (list as string[][]).map(([path, content]) => ({ path: path as string, content: Buffer.from(content as string) }));
    expect(() => createModuleZip(mod, tree)).toThrow(want);
  });
});

// x/mod zip/vendor_test.go, re-expressed.
describe('isVendoredPackage', () => {
  it.each([
    ['vendor/foo/foo.go', '1.13', true], ['vendor/foo/foo.go', '1.24', true],
    ['vendor/vendor.go', '1.13', false], ['vendor/vendor.go', '1.24', false],
    ['vendor/modules.txt', '1.13', false], ['vendor/modules.txt', '1.24', true], ['vendor/modules.txt', '', false],
    ['pkg/vendor/vendor.go', '1.13', true], ['pkg/vendor/vendor.go', '1.24', false], ['pkg/vendor/vendor.go', '', true],
    ['vendor/foo/modules.txt', '1.13', true], ['vendor/foo/modules.txt', '1.24', true],
    ['a/b/vendor/c/d.go', '1.24', true], ['novendor/x.go', '1.13', false],
  ])('%s at go %s -> %s', (name, goVersion, want) => {
    expect(isVendoredPackage(name, goVersion)).toBe(want);
  });
});

const zipOf = (entries: Array<[string, string]>) => writeZip(entries.map(([name, content]) => ({ name, content: Buffer.from(content) })));
const p = 'example.com/m@v1.0.0/';

// x/mod zip/testdata/unzip and check_zip, re-expressed.
describe('checkModuleZip / unzipModule', () => {
  it.each([
    ['prefix_only', [['example.com/m@v1.0.0', '']], 'example.com/m@v1.0.0: path does not have prefix "example.com/m@v1.0.0/"'],
    ['bad_submodule', [[`${p}go.mod`, 'module example.com/m\n'], [`${p}sub/go.mod`, 'module example.com/m/sub\n']], 'go.mod file not in module root directory'],
    ['cap_go_mod_not_submodule', [[`${p}a.go`, 'package a\n'], [`${p}b/GO.MOD`, 'MODULE\n']], 'go.mod file not in module root directory'],
    ['bad_gomod_case', [[`${p}GO.MOD`, 'module example.com/m\n']], 'go.mod files must have lowercase names'],
    ['file_case_conflict', [[`${p}m.go`, ''], [`${p}M.GO`, '']], 'case-insensitive file name collision: "m.go" and "M.GO"'],
    ['dup_file', [[`${p}dup.go`, 'a'], [`${p}dup.go`, 'b']], 'multiple entries for file "dup.go"'],
    ['zip slip', [[`${p}../../etc/passwd`, 'x']], 'invalid path element ".."'],
    ['zip slip, unclean', [[`${p}a/../../../etc/passwd`, 'x']], 'file path is not clean'],
    ['absolute', [['/etc/passwd', 'x']], 'path does not have prefix'],
    ['backslash', [[`${p}a\\..\\..\\b`, 'x']], 'malformed file path'],
    ['kelvin sign collision', [[`${p}k.go`, ''], [`${p}\u212a.go`, '']], 'case-insensitive file name collision'],
  ])('%s', async (_name, entries, want) => {
    expect(() => checkModuleZip(m, zipOf(entries as Array<[string, string]>))).toThrow(want);
    const dir = await mkdtemp(join(tmpdir(), 'unzip-'));
    await expect(unzipModule(m, zipOf(entries as Array<[string, string]>), join(dir, 'out'))).rejects.toThrow(want);
    await expect(stat(join(dir, 'out'))).rejects.toThrow();
    await rm(dir, { recursive: true });
  });

  it('reports every invalid entry of the check_zip example, one per line', () => {
    const archive = zipOf([
      ['noprefix', ''], [`example.com/various@v1.0.0/valid.go`, ''], ['example.com/various@v1.0.0/not/../clean', ''],
      ["example.com/various@v1.0.0/invalid.go'", ''], ['example.com/various@v1.0.0/GO.MOD', ''], ['example.com/various@v1.0.0/valid.go', 'duplicate'],
    ]);
    const entries = new ZipArchive(archive).entries.map((e) => ({ name: e.name, uncompressedSize: e.uncompressedSize }));
    const checked = checkZipEntries({ path: 'example.com/various', version: 'v1.0.0' }, entries, archive.length);
    expect(checked.valid).toEqual(['example.com/various@v1.0.0/valid.go']);
    expect(checkedFilesError(checked)?.message).toBe([
      'noprefix: path does not have prefix "example.com/various@v1.0.0/"',
      'example.com/various@v1.0.0/not/../clean: file path is not clean',
      'example.com/various@v1.0.0/invalid.go\': malformed file path "invalid.go\'": invalid char \'\\\'\'',
      'example.com/various@v1.0.0/GO.MOD: go.mod files must have lowercase names',
      'example.com/various@v1.0.0/valid.go: multiple entries for file "valid.go"',
    ].join('\n'));
  });

  it('refuses sizes over the limits', () => {
    const entries = [{ name: `${p}go.mod`, uncompressedSize: 17 << 20 }, { name: `${p}LICENSE`, uncompressedSize: 17 << 20 }];
    expect(checkedFilesError(checkZipEntries(m, entries, 100))?.message).toBe(
      `${p}go.mod: go.mod file too large (max size is 16777216 bytes)\n${p}LICENSE: LICENSE file too large (max size is 16777216 bytes)`,
    );
    expect(checkedFilesError(checkZipEntries(m, [{ name: `${p}big`, uncompressedSize: 501 << 20 }], 100))?.message).toBe(
      'total uncompressed size of module contents too large (max size is 524288000 bytes)',
    );
    expect(checkedFilesError(checkZipEntries(m, [], 501 << 20))?.message).toBe('module zip file is too large (525336576 bytes; limit is 524288000 bytes)');
  });

  it('refuses an entry that inflates beyond its declared size (zip bomb)', async () => {
    const bomb = writeZip([{ name: `${p}bomb`, content: Buffer.alloc(10 << 20), declaredSize: 100 }]);
    const dir = await mkdtemp(join(tmpdir(), 'unzip-'));
    await expect(unzipModule(m, bomb, join(dir, 'out'))).rejects.toThrow('zip: not a valid zip file');
    expect(() => hashZip(new ZipArchive(bomb))).toThrow('zip: not a valid zip file');
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses truncated and corrupted archives', () => {
    const good = zipOf([[`${p}a.go`, 'package a\n'.repeat(100)]]);
    expect(() => new ZipArchive(good.subarray(0, good.length - 30))).toThrow('zip: not a valid zip file');
    const corrupt = Buffer.from(good);
    const at = 30 + `${p}a.go`.length + 3;
    corrupt[at] = (corrupt[at] as number) ^ 0xff;
    expect(() => hashZip(new ZipArchive(corrupt))).toThrow(/zip: /);
  });

  it('extracts read-only files exactly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'unzip-'));
    const out = join(dir, 'out');
    await unzipModule(m, createModuleZip(m, files(simple)), out);
    expect(await readFile(join(out, 'cmd/hello/hello.go'), 'utf8')).toBe(simple['cmd/hello/hello.go']);
    expect((await stat(join(out, 'go.mod'))).mode & 0o777).toBe(0o444);
    await expect(unzipModule(m, createModuleZip(m, files(simple)), out)).rejects.toThrow('exists and is not empty');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('foldCase', () => {
  it.each([
    ['ABC', 'abc'], ['k', 'k'], ['\u212a', 'k'], ['\u017f', 's'], ['Σ', 'σ'.toUpperCase() === 'Σ' ? foldCase('σ') : 'σ'], ['ς', foldCase('σ')], ['a/B/c', 'a/b/c'],
  ])('%s -> %s', (input, want) => {
    expect(foldCase(input)).toBe(want);
  });
});
