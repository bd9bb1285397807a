/**
 * Fixture modules for differential tests against the go command: ordinary releases, upper-case
 * paths and versions, pseudo-versions, +incompatible, /vN paths, vendored files under both go
 * version rules, nested modules and non-ASCII file names.
 */
import { buildModule, type BuiltModule } from './fixtures.js';

/** differentialModules returns the fixture modules (count extra generated ones with seed). */
export function differentialModules(extra = 0, seed = 1): BuiltModule[] {
  const mods = [
    buildModule({ path: 'example.com/plain', version: 'v1.0.0', files: { 'plain.go': 'package plain\n' } }),
    buildModule({ path: 'example.com/plain', version: 'v1.2.3', files: { 'plain.go': 'package plain // v1.2.3\n', 'sub/x.go': 'package sub\n' } }),
    buildModule({ path: 'github.com/Upper/Case', version: 'v0.1.0-RC1', files: { 'go.mod': 'module github.com/Upper/Case\n\ngo 1.21\n', 'Doc.go': 'package x\n' } }),
    buildModule({ path: 'example.com/pseudo', version: 'v0.0.0-20240102030405-abcdefabcdef', files: { 'p.go': 'package p\n' } }),
    buildModule({ path: 'example.com/old', version: 'v2.0.0+incompatible', noGoMod: true, files: { 'old.go': 'package old\n' } }),
    buildModule({ path: 'example.com/major/v3', version: 'v3.1.0', files: { 'm.go': 'package major\n' } }),
    buildModule({
      path: 'example.com/vendored',
      version: 'v1.0.0',
      files: { 'go.mod': 'module example.com/vendored\n\ngo 1.13\n', 'v.go': 'package v\n', 'vendor/modules.txt': '# x\n', 'pkg/vendor/vendor.go': 'package vendor\n' },
    }),
    buildModule({
      path: 'example.com/vendored124',
      version: 'v1.0.0',
      files: { 'go.mod': 'module example.com/vendored124\n\ngo 1.24\n', 'v.go': 'package v\n', 'vendor/modules.txt': '# x\n', 'pkg/vendor/vendor.go': 'package vendor\n' },
    }),
    buildModule({ path: 'example.com/nested', version: 'v1.0.0', files: { 'n.go': 'package n\n', 'inner/go.mod': 'module example.com/nested/inner\n', 'inner/i.go': 'package inner\n' } }),
    buildModule({ path: 'example.com/unicode', version: 'v1.0.0', files: { 'héllo.go': 'package unicode\n', 'ünï/cödé.txt': 'text\n', 'Z.txt': 'z', 'a.txt': 'a' } }),
  ];
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < extra; i++) {
    const files: Record<string, string> = {};
    const count = 1 + (next() % 12);
    for (let f = 0; f < count; f++) files[`d${next() % 4}/f${f}_${next() % 1000}.go`] = `package d\n// ${'x'.repeat(next() % 2000)}\n`;
    mods.push(buildModule({ path: `example.com/gen/m${i}`, version: `v1.${next() % 20}.${next() % 20}`, files }));
  }
  return mods;
}
