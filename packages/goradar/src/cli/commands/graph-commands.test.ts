import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureTree, type FixtureTree } from '../../modload/test-support/fixture-tree.js';
import { main } from '../main.js';

let tree: FixtureTree;
let env: Record<string, string>;

/** A small world: main requires a and d; a needs b v1.0.0, d (go 1.16) needs b v1.1.0, which needs c; c is retracted. */
beforeAll(() => {
  tree = fixtureTree();
  const cache = join(tree.root, 'cache');
  tree.publish(cache, 'example.com/a', 'v1.0.0', 'module example.com/a\n\ngo 1.22\n\nrequire example.com/b v1.0.0\n');
  tree.publish(cache, 'example.com/b', 'v1.0.0', 'module example.com/b\n\ngo 1.17\n\nrequire example.com/c v1.0.0\n');
  tree.publish(cache, 'example.com/b', 'v1.1.0', 'module example.com/b\n\ngo 1.16\n\nrequire example.com/c v1.1.0\n');
  tree.publish(cache, 'example.com/c', 'v1.1.0', 'module example.com/c\n\ngo 1.21\n');
  tree.publish(cache, 'example.com/c', 'v1.2.0', 'module example.com/c\n\ngo 1.21\n\nretract v1.1.0 // broken\n');
  tree.publish(cache, 'example.com/d', 'v1.0.0', 'module example.com/d\n\ngo 1.16\n\nrequire example.com/b v1.1.0\n');
  tree.publish(cache, 'example.com/d/v2', 'v2.0.0-20200101000000-abcdefabcdef', 'module example.com/d/v2\n');
  tree.write('main/go.mod', 'module example.com/main\n\ngo 1.22\n\nrequire (\n\texample.com/a v1.0.0\n\texample.com/d v1.0.0 // indirect\n\texample.com/d/v2 v2.0.0-20200101000000-abcdefabcdef\n)\n\nreplace example.com/a => ./a\n');
  tree.write('main/a/go.mod', 'module example.com/a\n\ngo 1.22\n\nrequire example.com/b v1.0.0\n');
  tree.write('broken/go.mod', 'module example.com/broken\n\ngo 1.22\n\nrequire example.com/missing v1.0.0\n');
  env = { GOMODCACHE: cache, GOPROXY: 'off', GOFLAGS: '-mod=mod', GOWORK: 'off', HOME: tree.root };
});
afterAll(() => tree.dispose());

async function goradar(args: string[], cwd = join(tree.root, 'main'), extraEnv: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { ...env, ...extraEnv }, cwd, isTTY: false });
  return { code, stdout, stderr };
}

describe('goradar list -m all', () => {
  it('prints the build list as go list -m all does, replacements included', async () => {
    const r = await goradar(['list', '-m', 'all']);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: 'example.com/main\nexample.com/a v1.0.0 => ./a\nexample.com/b v1.1.0\nexample.com/c v1.1.0\nexample.com/d v1.0.0\nexample.com/d/v2 v2.0.0-20200101000000-abcdefabcdef\n',
    });
  });

  it('accepts the module directory as an argument', async () => {
    const r = await goradar(['list', '-m', 'all', 'main'], tree.root);
    expect(r.stdout.split('\n')[0]).toBe('example.com/main');
  });

  it('prints go list -m -json objects', async () => {
    const r = await goradar(['list', '-m', '--json', 'all']);
    expect(r.code).toBe(0);
    const objects = r.stdout.split('\n}\n').filter((s) => s.trim() !== '').map((s) => JSON.parse(`${s}}`) as Record<string, unknown>);
    expect(objects[0]).toEqual({ Path: 'example.com/main', Main: true, Dir: join(tree.root, 'main'), GoMod: join(tree.root, 'main/go.mod'), GoVersion: '1.22' });
    expect(objects[1]).toEqual({
      Path: 'example.com/a',
      Version: 'v1.0.0',
      Replace: { Path: './a', Dir: join(tree.root, 'main/a'), GoMod: join(tree.root, 'main/a/go.mod'), GoVersion: '1.22' },
      Dir: join(tree.root, 'main/a'),
      GoMod: join(tree.root, 'main/a/go.mod'),
      GoVersion: '1.22',
    });
    expect(objects[2]).toMatchObject({ Path: 'example.com/b', Version: 'v1.1.0', Time: '2021-02-03T04:05:06Z', Indirect: true, GoVersion: '1.16' });
    expect(r.stdout.startsWith('{\n\t"Path": "example.com/main",\n')).toBe(true);
  });

  it('refuses package listing and other patterns', async () => {
    expect((await goradar(['list', 'all'])).code).toBe(2);
    expect((await goradar(['list', '-m', 'example.com/a'])).code).toBe(2);
  });

  it('names the missing module and who required it', async () => {
    const r = await goradar(['list', '-m', 'all'], join(tree.root, 'broken'));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('goradar: ERR_MODULE_GRAPH: example.com/missing@v1.0.0: reading ');
    expect(r.stderr).toContain('module lookup disabled by GOPROXY=off');
  });

  it('rejects a -mod in GOFLAGS that go rejects, with the text go prints', async () => {
    const r = await goradar(['list', '-m', 'all'], join(tree.root, 'main'), { GOFLAGS: '-mod=bogus' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ERR_USAGE: -mod=bogus not supported (can be '', 'mod', 'readonly', or 'vendor')");
  });

  it('fails outside any module', async () => {
    const r = await goradar(['list', '-m', 'all'], '/');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/ERR_NO_MAIN_MODULE: go\.mod file not found/);
  });
});

describe('goradar graph', () => {
  it('prints go mod graph lines', async () => {
    const r = await goradar(['graph']);
    expect(r.stdout).toBe(
      [
        'example.com/main example.com/a@v1.0.0',
        'example.com/main example.com/d@v1.0.0',
        'example.com/main example.com/d/v2@v2.0.0-20200101000000-abcdefabcdef',
        'example.com/main go@1.22',
        'example.com/a@v1.0.0 example.com/b@v1.0.0',
        'example.com/a@v1.0.0 go@1.22',
        'example.com/d@v1.0.0 example.com/b@v1.1.0',
        'go@1.22 toolchain@go1.22',
        'example.com/b@v1.1.0 example.com/c@v1.1.0',
        'example.com/c@v1.1.0 go@1.21',
        'go@1.21 toolchain@go1.21',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['json', (out: string) => expect(JSON.parse(out)).toMatchObject({ mainModules: ['example.com/main'], pruning: 'pruned', pruned: ['example.com/b@v1.0.0'] })],
    ['dot', (out: string) => expect(out).toContain('"example.com/main" -> "example.com/a@v1.0.0";')],
    ['mermaid', (out: string) => expect(out).toMatch(/^flowchart LR\n {2}n0\["example\.com\/main"\] --> n1\["example\.com\/a@v1\.0\.0"\]/)],
  ])('renders --format %s', async (format, check) => {
    const r = await goradar(['graph', '--format', format]);
    expect(r.code).toBe(0);
    check(r.stdout);
  });

  it('rejects an unknown format', async () => {
    const r = await goradar(['graph', '--format', 'svg']);
    expect(r.code).toBe(2);
  });

  it('--check reports raised versions, retractions, replacements, pseudo-versions and several majors', async () => {
    const r = await goradar(['graph', '--check']);
    expect(r.stdout).toBe(
      [
        'multiple-majors: example.com/d: 2 major versions in the build list: example.com/d v1.0.0, example.com/d/v2 v2.0.0-20200101000000-abcdefabcdef',
        'raised-version: example.com/b: selected v1.1.0, raised above: example.com/a@v1.0.0 requires v1.0.0',
        'retracted: example.com/c: selected version v1.1.0 is retracted: broken',
        `replaced: example.com/a: example.com/a v1.0.0 => ./a (${join(tree.root, 'main/go.mod')})`,
        'pseudo-version: example.com/d/v2: selected at pseudo-version v2.0.0-20200101000000-abcdefabcdef',
        '',
      ].join('\n'),
    );
  });
});

describe('goradar why and dependents', () => {
  it('prints the shortest requirement path to each module', async () => {
    const r = await goradar(['why', '-m', 'example.com/c', 'example.com/zzz']);
    expect(r.stdout).toBe('# example.com/c\nexample.com/main\nexample.com/d@v1.0.0\nexample.com/b@v1.1.0\nexample.com/c@v1.1.0\n\n# example.com/zzz\n(main module does not need module example.com/zzz)\n');
  });

  it('--all lists every path to an exact vertex', async () => {
    const r = await goradar(['why', '-m', '--all', '--json', 'example.com/b@v1.1.0', '.']);
    expect(JSON.parse(r.stdout)).toEqual([{ query: 'example.com/b@v1.1.0', paths: [['example.com/main', 'example.com/d@v1.0.0', 'example.com/b@v1.1.0']] }]);
  });

  it('lists reverse edges', async () => {
    const r = await goradar(['dependents', 'example.com/b']);
    expect(r.stdout).toBe('example.com/a@v1.0.0 example.com/b@v1.0.0 (not selected)\nexample.com/d@v1.0.0 example.com/b@v1.1.0\n');
  });
});

describe('workspaces', () => {
  it('finds go.work upward unless GOWORK=off', async () => {
    tree.write('ws/go.work', 'go 1.22\n\nuse (\n\t./one\n\t./two\n)\n');
    tree.write('ws/one/go.mod', 'module example.com/one\n\ngo 1.22\n\nrequire example.com/c v1.1.0\n');
    tree.write('ws/two/go.mod', 'module example.com/two\n\ngo 1.21\n\nrequire example.com/c v1.2.0\n');
    const ws = await goradar(['list', '-m', 'all'], join(tree.root, 'ws/one'), { GOWORK: '', GOFLAGS: '' });
    expect(ws.stdout).toBe('example.com/one\nexample.com/two\nexample.com/c v1.2.0\n');
    const single = await goradar(['list', '-m', 'all'], join(tree.root, 'ws/one'), { GOWORK: 'off' });
    expect(single.stdout).toBe('example.com/one\nexample.com/c v1.1.0\n');
    const refused = await goradar(['list', '-m', 'all'], join(tree.root, 'ws/one'), { GOWORK: '', GOFLAGS: '-mod=mod' });
    expect(refused.code).toBe(2);
  });
});

describe('graph commands through the built binary', () => {
  it('lists and graphs from bin/goradar.js', () => {
    const root = fileURLToPath(new URL('../../../../..', import.meta.url));
    spawnSync('npx', ['tsc', '-b', 'packages/goradar'], { cwd: root, stdio: 'pipe' });
    const bin = join(root, 'packages/goradar/bin/goradar.js');
    const run = (...args: string[]) => spawnSync('node', [bin, ...args], { cwd: join(tree.root, 'main'), env: { ...process.env, ...env }, encoding: 'utf8' });
    const list = run('list', '-m', 'all');
    expect(list.status).toBe(0);
    expect(list.stdout.split('\n')[1]).toBe('example.com/a v1.0.0 => ./a');
    const graph = run('graph');
    expect(graph.stdout.split('\n')[0]).toBe('example.com/main example.com/a@v1.0.0');
  }, 120_000);
});
