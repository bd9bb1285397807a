import { appendFile, chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModule, goSumLines, writeFileProxy } from '../../modfetch/test-support/fixtures.js';
import { makeFetchTestEnv, type FetchTestEnv } from '../../modfetch/test-support/fetch-env.js';

const a = buildModule({ path: 'example.com/a', version: 'v1.0.0', files: { 'a.go': 'package a\n' } });
const b = buildModule({ path: 'example.com/b', version: 'v1.1.0', files: { 'b.go': 'package b\n' } });
let t: FetchTestEnv;
let main: string;

beforeAll(async () => {
  t = await makeFetchTestEnv({ GOSUMDB: 'off' });
  await writeFileProxy(join(t.root, 'proxy'), [a, b]);
  t.env.GOPROXY = `file://${join(t.root, 'proxy')}`;
  main = join(t.root, 'main');
  await mkdir(main);
  await writeFile(join(main, 'go.mod'), 'module example.com/main\n\ngo 1.21\n\nrequire (\n\texample.com/a v1.0.0\n\texample.com/b v1.1.0\n)\n');
  await writeFile(join(main, 'go.sum'), goSumLines([a, b]));
  expect((await t.run(['download', 'example.com/a@v1.0.0', 'example.com/b@v1.1.0'])).code).toBe(0);
});

afterAll(async () => {
  await t.dispose();
});

describe('goradar verify', () => {
  it('verifies an intact cache', async () => {
    const { code, stdout } = await t.run(['verify', main]);
    expect([code, stdout]).toEqual([0, 'all modules verified\n']);
    const json = await t.run(['verify', '--json', main]);
    expect(JSON.parse(json.stdout).modules.map((m: { checked: string[] }) => m.checked)).toEqual([['go.mod', 'zip', 'dir'], ['go.mod', 'zip', 'dir']]);
  });

  it('reports a modified zip, a modified tree and a modified go.mod', async () => {
    const vdir = join(t.modCache, 'cache/download/example.com/a/@v');
    await appendFile(join(vdir, 'v1.0.0.zip'), 'trailing junk changes nothing in the entries');
    const tree = join(t.modCache, 'example.com/b@v1.1.0');
    await chmod(tree, 0o755);
    await writeFile(join(tree, 'extra.go'), 'package b\n');
    await appendFile(join(t.modCache, 'cache/download/example.com/b/@v/v1.1.0.mod'), '// edited\n');
    const { code, stderr } = await t.run(['verify', main]);
    expect(code).toBe(1);
    expect(stderr).toContain(`example.com/b v1.1.0: dir has been modified (${tree})`);
    expect(stderr).toContain(`verifying example.com/b@v1.1.0/go.mod: checksum mismatch\n\tdownloaded: h1:`);
    expect(stderr).toContain(`\n\tgo.sum:     ${b.goModSum}`);
    expect(stderr).not.toContain('example.com/a v1.0.0');
  });
});
