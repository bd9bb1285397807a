import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeWithGo, runGo } from '../../../../tools/test-support/go-oracle.js';
import { discoverRepos } from './discover-repos.js';
import { layoutTree } from './module-layout.js';
import { makeFleet } from './test-support/fleet-fixture.js';
import { makeTempDir } from './test-support/git-fixture.js';
import { WorktreeReader } from './worktree-reader.js';

const tmp = makeTempDir('discover');
afterAll(() => tmp.remove());
const fleet = join(tmp.dir, 'fleet');
const { app, lib } = makeFleet(fleet);

async function layoutOf(root: string, exclude: string[] = []) {
  const listing = await new WorktreeReader({ root, excludeDirs: new Set(exclude) }).list();
  return layoutTree(listing.files);
}

describe('discoverRepos', () => {
  it('finds each git repository of a directory, and the directory itself for its loose modules', async () => {
    const targets = await discoverRepos(['fleet'], tmp.dir);
    expect(targets.map((t) => [t.root, t.kind, [...t.excludeDirs]])).toEqual([
      [fleet, 'dir', ['app', 'lib']],
      [app, 'git', []],
      [lib, 'git', []],
    ]);
  });

  it('treats a repository path as one repository', async () => {
    expect((await discoverRepos([app], '/')).map((t) => t.root)).toEqual([app]);
  });

  it('rejects a path that is not a directory', async () => {
    await expect(discoverRepos(['nope'], tmp.dir)).rejects.toThrow(/nope: not a directory/);
  });
});

describe('module layout of a working tree', () => {
  it.each([
    ['.', ['internal/x/x.go', 'internal/x/x_test.go', 'main.go']],
    ['nested', ['n.go']],
  ])('module %s owns only its own files (no vendor, testdata, _ or . directories)', async (dir, files) => {
    const layout = await layoutOf(app);
    const mod = layout.modules.find((m) => m.dir === dir);
    expect(mod?.goFiles.map((f) => f.relPath)).toEqual(files);
    expect(mod?.goFiles.filter((f) => f.isTest).map((f) => f.relPath)).toEqual(dir === '.' ? ['internal/x/x_test.go'] : []);
  });

  it('finds go.work and the modules it uses', async () => {
    const layout = await layoutOf(lib);
    expect(layout.workspaces.map((w) => w.dir)).toEqual(['.']);
    expect(layout.modules.map((m) => m.dir)).toEqual(['a', 'b']);
  });

  it('leaves out nested repositories of a directory target', async () => {
    const layout = await layoutOf(fleet, ['app', 'lib']);
    expect(layout.modules.map((m) => m.dir)).toEqual(['loose']);
  });
});

describeWithGo('module layout agrees with go list', () => {
  it.each([[''], ['nested']])('files of module %s', async (dir) => {
    const cwd = join(app, dir);
    const env = { GOFLAGS: '-mod=mod', GOPROXY: 'off', GOWORK: 'off', GOSUMDB: 'off', GOTOOLCHAIN: 'local' };
    const format = '{{range .GoFiles}}{{$.Dir}}/{{.}}\n{{end}}{{range .TestGoFiles}}{{$.Dir}}/{{.}}\n{{end}}{{range .XTestGoFiles}}{{$.Dir}}/{{.}}\n{{end}}{{range .IgnoredGoFiles}}{{$.Dir}}/{{.}}\n{{end}}';
    const out = runGo(['list', '-e', '-f', format, './...'], { cwd, env });
    const fromGo = out.stdout.split('\n').filter(Boolean).map((p) => p.slice(cwd.length + 1)).sort();
    const layout = await layoutOf(app);
    const ours = layout.modules.find((m) => m.dir === (dir || '.'))?.goFiles.map((f) => f.relPath);
    expect(ours).toEqual(fromGo);
  });
});
