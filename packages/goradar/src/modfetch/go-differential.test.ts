import { appendFile, chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithGo, hermeticGoEnv, runGo, type HermeticGo } from '../../../../tools/test-support/go-oracle.js';
import { differentialModules } from './test-support/differential-fixtures.js';
import { makeFetchTestEnv, parseGoJsonStream, type FetchTestEnv } from './test-support/fetch-env.js';
import { goSumLines, writeFileProxy, type BuiltModule } from './test-support/fixtures.js';

describeWithGo('goradar download/verify against go mod download/verify', () => {
  let root: string;
  let proxyDir: string;
  let mods: BuiltModule[];
  let go: HermeticGo;
  let t: FetchTestEnv;
  const args = () => [...mods.map((m) => `${m.path}@${m.version}`), 'example.com/missing@v1.0.0'];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'goradar-diff-'));
    proxyDir = join(root, 'proxy');
    mods = differentialModules(5);
    await writeFileProxy(proxyDir, mods);
    go = hermeticGoEnv({ proxyDir });
    t = await makeFetchTestEnv({ GOPROXY: `file://${proxyDir}`, GOSUMDB: 'off', GOFLAGS: '-mod=mod' });
  });

  afterAll(async () => {
    runGo(['clean', '-modcache'], { cwd: go.root, env: go.env });
    go.dispose();
    await t.dispose();
    await rm(root, { recursive: true, force: true });
  });

  it('prints the same objects as go mod download -json (Sum, GoModSum, fields, errors)', async () => {
    const fromGo = parseGoJsonStream(runGo(['mod', 'download', '-json', ...args()], { cwd: go.root, env: go.env }).stdout);
    const ours = await t.run(['download', '--json', ...args()]);
    const fromUs = parseGoJsonStream(ours.stdout);
    expect(fromUs).toHaveLength(fromGo.length);
    fromGo.forEach((g, i) => {
      const u = fromUs[i] as Record<string, string>;
      expect(Object.keys(u)).toEqual(Object.keys(g));
      expect([u.Path, u.Version, u.Sum, u.GoModSum]).toEqual([g.Path, g.Version, g.Sum, g.GoModSum]);
      for (const key of ['Info', 'GoMod', 'Zip', 'Dir'] as const) if (g[key]) expect(u[key]?.slice(t.modCache.length)).toBe(g[key]!.slice(go.env.GOMODCACHE!.length));
      if (g.Error) expect(u.Error?.replace(proxyDir, 'P')).toBe(g.Error.replace(proxyDir, 'P'));
    });
    expect(ours.code).toBe(1);
  });

  it('lets go use what goradar wrote, offline, and agrees it is intact', async () => {
    const env = { ...go.env, GOMODCACHE: t.modCache, GOPROXY: 'off' };
    const offline = parseGoJsonStream(runGo(['mod', 'download', '-json', ...args().slice(0, -1)], { cwd: go.root, env }).stdout);
    expect(offline.filter((o) => o.Error)).toEqual([]);
    expect(offline.map((o) => o.Sum)).toEqual(mods.map((m) => m.sum));
    const main = join(root, 'main-from-goradar');
    await writeMainModule(main, mods);
    const verify = runGo(['mod', 'verify'], { cwd: main, env });
    expect(verify.stdout + verify.stderr).toBe('all modules verified\n');
  });

  it('reads the cache go wrote, offline, and verifies it like go mod verify', async () => {
    const env = { GOMODCACHE: go.env.GOMODCACHE!, GOPROXY: 'off' };
    const offline = await t.run(['download', '--json', ...args().slice(0, -1)], env);
    expect(parseGoJsonStream(offline.stdout).map((o) => o.Error ?? o.Sum)).toEqual(mods.map((m) => m.sum));
    const main = join(root, 'main-from-go');
    await writeMainModule(main, mods);
    const ok = await t.run(['verify', main], env);
    expect([ok.code, ok.stdout]).toEqual([0, 'all modules verified\n']);
    const goOk = runGo(['mod', 'verify'], { cwd: main, env: { ...go.env, ...env } });
    expect(goOk.status).toBe(0);
  });

  it('fails verification exactly when go mod verify does, after tampering', async () => {
    const env = { GOMODCACHE: go.env.GOMODCACHE!, GOPROXY: 'off' };
    const main = join(root, 'main-from-go');
    const file = join(go.env.GOMODCACHE!, 'example.com', 'plain@v1.2.3', 'plain.go');
    await chmod(join(file, '..'), 0o755);
    await chmod(file, 0o644);
    await appendFile(file, '// tampered\n');
    const goResult = runGo(['mod', 'verify'], { cwd: main, env: { ...go.env, ...env } });
    const ours = await t.run(['verify', main], env);
    expect(goResult.status).toBe(1);
    expect(ours.code).toBe(1);
    const line = `example.com/plain v1.2.3: dir has been modified (${join(go.env.GOMODCACHE!, 'example.com', 'plain@v1.2.3')})`;
    expect(goResult.stderr).toContain(line);
    expect(ours.stderr).toBe(`${line}\n`);
  });
});

async function writeMainModule(dir: string, mods: readonly BuiltModule[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const latest = new Map<string, BuiltModule>();
  for (const m of mods) latest.set(m.path, m);
  const requires = [...latest.values()].map((m) => `\t${m.path} ${m.version}\n`).join('');
  await writeFile(join(dir, 'go.mod'), `module example.com/main\n\ngo 1.21\n\nrequire (\n${requires})\n`);
  await writeFile(join(dir, 'go.sum'), goSumLines([...latest.values()]));
}
