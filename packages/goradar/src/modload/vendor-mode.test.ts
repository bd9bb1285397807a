/**
 * `go list -m all` cannot list in vendor mode; goradar refuses in exactly the same cases with the
 * same words: -mod=vendor in GOFLAGS, or no -mod and a vendor directory beside a go.mod at go ≥ 1.14.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithGo, hermeticGoEnv, runGo, type HermeticGo } from '../../../../tools/test-support/go-oracle.js';
import { main } from '../cli/main.js';

let go: HermeticGo;

async function goradar(cwd: string, env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await main(['list', '-m', 'all'], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, isTTY: false });
  return { code, stdout, stderr };
}

function moduleDir(name: string, goMod: string, vendor: boolean): string {
  const dir = join(go.root, name);
  mkdirSync(join(dir, vendor ? 'vendor' : '.'), { recursive: true });
  writeFileSync(join(dir, 'go.mod'), goMod);
  if (vendor) writeFileSync(join(dir, 'vendor', 'modules.txt'), '');
  return dir;
}

describeWithGo('goradar list -m all and vendor mode, against go', () => {
  beforeAll(() => {
    go = hermeticGoEnv();
  });
  afterAll(() => go.dispose());

  it.each([
    ['a vendor directory at go 1.21, no -mod', 'module ex.com/v\n\ngo 1.21\n', true, '', 'refuses'],
    ['a vendor directory at go 1.21, -mod=mod', 'module ex.com/v\n\ngo 1.21\n', true, '-mod=mod', 'lists'],
    ['a vendor directory at go 1.13', 'module ex.com/v\n\ngo 1.13\n', true, '', 'lists'],
    ['a vendor directory and no go line', 'module ex.com/v\n', true, '', 'lists'],
    ['-mod=vendor without a vendor directory', 'module ex.com/v\n\ngo 1.21\n', false, '-mod=vendor', 'refuses'],
  ])('%s: go %s', async (name, goMod, vendor, goflags, outcome) => {
    const dir = moduleDir(name.replace(/\W+/g, '-'), goMod, vendor);
    const env = { ...go.env, GOFLAGS: goflags };
    const want = runGo(['list', '-m', 'all'], { cwd: dir, env });
    expect(want.status === 0 ? 'lists' : 'refuses').toBe(outcome);
    const got = await goradar(dir, env);
    if (want.status === 0) {
      expect(got).toEqual({ code: 0, stdout: want.stdout, stderr: '' });
    } else {
      expect(want.stderr).toBe("go: can't compute 'all' using the vendor directory\n\t(Use -mod=mod or -mod=readonly to bypass.)\n");
      expect(got.code).not.toBe(0);
      expect(got.stderr.split('\n').slice(0, 2).join('\n')).toBe("goradar: ERR_VENDOR_MODE: can't compute 'all' using the vendor directory\n\t(Use -mod=mod or -mod=readonly to bypass.)");
    }
  });
});
