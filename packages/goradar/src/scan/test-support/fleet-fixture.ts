import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GitFixture, writeTree } from './git-fixture.js';

/** goFile returns a small Go file of package pkg importing imports. */
export function goFile(pkg: string, imports: string[], body = ''): string {
  const block = imports.length ? `import (\n${imports.map((i) => `\t"${i}"`).join('\n')}\n)\n` : '';
  return `// Package ${pkg} is a fixture.\npackage ${pkg}\n\n${block}\n${body}\n`;
}

/**
 * makeFleet writes a directory holding two git repositories and loose modules, exercising the
 * go command's directory rules (vendor, testdata, '_' and '.' directories, nested modules, go.work).
 */
export function makeFleet(root: string): { app: string; lib: string } {
  const app = new GitFixture(join(root, 'app'));
  app.commit('2023-01-10T10:00:00Z', {
    'go.mod': 'module example.com/app\n\ngo 1.21\n\nrequire (\n\texample.com/dep v1.2.0\n\texample.com/unused v0.1.0\n\texample.com/ind v1.0.0 // indirect\n)\n',
    'go.sum': 'example.com/dep v1.2.0 h1:abc=\nexample.com/dep v1.2.0/go.mod h1:def=\nexample.com/unused v0.1.0/go.mod h1:ghi=\n',
    'main.go': goFile('main', ['fmt', 'example.com/app/internal/x', 'example.com/dep/sub', 'example.com/ind']),
    'internal/x/x.go': goFile('x', ['strings']),
    'internal/x/x_test.go': goFile('x', ['testing', 'example.com/dep']),
    'vendor/example.com/dep/dep.go': goFile('dep', []),
    'testdata/t.go': goFile('t', []),
    '_old/o.go': goFile('o', []),
    '.hidden/h.go': goFile('h', []),
    'nested/go.mod': 'module example.com/app/nested\n\ngo 1.22\n',
    'nested/n.go': goFile('nested', ['os']),
    'nested/testdata/skip.go': goFile('skip', []),
  });
  const lib = new GitFixture(join(root, 'lib'));
  lib.commit('2023-02-10T10:00:00Z', {
    'go.work': 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n',
    'a/go.mod': 'module example.com/a\n\ngo 1.22\n',
    'a/a.go': goFile('a', ['example.com/b']),
    'b/go.mod': 'module example.com/b\n\ngo 1.22\n',
    'b/b.go': goFile('b', []),
  });
  writeTree(root, { 'loose/go.mod': 'module example.com/loose\n\ngo 1.20\n', 'loose/l.go': goFile('loose', []) });
  return { app: app.root, lib: lib.root };
}

/** makeBrokenRepo writes a tree with every kind of bad input the scan must survive. */
export function makeBrokenRepo(root: string): void {
  writeTree(root, {
    'go.mod': 'module example.com/broken\n\ngo 1.21\n\nrequire example.com/x v1.0.0 extra tokens\n',
    'ok.go': goFile('broken', ['fmt']),
    'binary.go': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]),
    'huge.go': goFile('broken', [], `var big = "${'x'.repeat(5000)}"`),
    'bad.go': 'package broken\n\nimport "unterminated\n',
    'sub/go.mod': 'module example.com/broken/sub\n',
    'sub/s.go': goFile('sub', []),
  });
  symlinkSync('loop.go', join(root, 'loop.go'));
  symlinkSync('cycle', join(root, 'cycle'));
  symlinkSync('missing-target.go', join(root, 'dangling.go'));
  symlinkSync('.', join(root, 'self'));
}
