/**
 * Conformance of `goradar download --json` with `go mod download -json` over a file:// GOPROXY built
 * here (GOSUMDB=off, no network): the same objects (fields, Sum, GoModSum, paths under the cache,
 * errors), and each tool able to use the other's module cache offline.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findGo, hermeticGoEnv, runGo } from '../test-support/go-oracle.js';
import { differentialModules } from '../../packages/goradar/src/modfetch/test-support/differential-fixtures.js';
import { makeFetchTestEnv, parseGoJsonStream } from '../../packages/goradar/src/modfetch/test-support/fetch-env.js';
import { writeFileProxy } from '../../packages/goradar/src/modfetch/test-support/fixtures.js';
import type { ConformanceResult, ConformanceSuite } from './suite.js';

type GoObject = Record<string, string>;

function compare(g: GoObject, u: GoObject | undefined, roots: { go: string; ours: string; proxy: string }): string | undefined {
  if (!u) return `${g.Path}@${g.Version}: missing from goradar output`;
  const norm = (o: GoObject, cache: string) =>
    JSON.stringify(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.split(cache).join('<cache>').split(roots.proxy).join('<proxy>')])));
  const [a, b] = [norm(g, roots.go), norm(u, roots.ours)];
  return a === b ? undefined : `go ${a}\n   goradar ${b}`;
}

export const suite: ConformanceSuite = {
  name: 'fetch: download -json vs go mod download -json',
  async run(options): Promise<ConformanceResult> {
    const result: ConformanceResult = { total: 0, agreed: 0, skipped: 0, disagreements: [] };
    if (!findGo()) return { ...result, notes: ['go is not installed: nothing compared'] };
    const root = await mkdtemp(join(tmpdir(), 'goradar-conf-fetch-'));
    const proxyDir = join(root, 'proxy');
    const mods = differentialModules(options.full ? 300 : 25, options.seed);
    await writeFileProxy(proxyDir, mods);
    const go = hermeticGoEnv({ proxyDir });
    const t = await makeFetchTestEnv({ GOPROXY: `file://${proxyDir}`, GOSUMDB: 'off', GOFLAGS: '-mod=mod' });
    try {
      const args = [...mods.map((m) => `${m.path}@${m.version}`), 'example.com/missing@v1.0.0', 'example.com/plain@v9.9.9'];
      const fromGo = parseGoJsonStream(runGo(['mod', 'download', '-json', ...args], { cwd: go.root, env: go.env, timeoutMs: 600_000 }).stdout);
      const fromUs = parseGoJsonStream((await t.run(['download', '--json', ...args])).stdout);
      const roots = { go: go.env.GOMODCACHE as string, ours: t.modCache, proxy: proxyDir };
      fromGo.forEach((g, i) => {
        result.total++;
        const problem = compare(g, fromUs[i], roots);
        if (problem === undefined) result.agreed++;
        else if (result.disagreements.length < 20) result.disagreements.push(problem);
      });
      // Each tool reads the other's cache offline.
      const goReads = parseGoJsonStream(runGo(['mod', 'download', '-json', ...args.slice(0, mods.length)], { cwd: go.root, env: { ...go.env, GOMODCACHE: t.modCache, GOPROXY: 'off' }, timeoutMs: 600_000 }).stdout);
      const weRead = parseGoJsonStream((await t.run(['download', '--json', ...args.slice(0, mods.length)], { GOMODCACHE: roots.go, GOPROXY: 'off' })).stdout);
      for (const [who, list] of [['go reading goradar cache', goReads], ['goradar reading go cache', weRead]] as const) {
        list.forEach((o, i) => {
          result.total++;
          if (!o.Error && o.Sum === mods[i]?.sum) result.agreed++;
          else if (result.disagreements.length < 20) result.disagreements.push(`${who}: ${o.Path}@${o.Version}: ${o.Error ?? o.Sum}`);
        });
      }
      options.log(`${mods.length} modules, ${result.agreed}/${result.total} agree`);
    } finally {
      runGo(['clean', '-modcache'], { cwd: go.root, env: go.env });
      go.dispose();
      await t.dispose();
      await rm(root, { recursive: true, force: true });
    }
    return result;
  },
};
