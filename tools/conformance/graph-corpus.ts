/**
 * The real-module graph suite: each corpus module's dependencies are downloaded once with the real
 * go command and proxy into a dedicated module cache (network; `npm run conformance` only), then
 * `go list -m all`, `go mod graph` and `go list -m -json all` are compared with goradar reading
 * that warm cache offline.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../packages/goradar/src/cli/main.js';
import { runGo } from '../test-support/go-oracle.js';
import { CORPUS_DIR, corpusAvailable, MOD_CACHE, stageCorpusModules, WORK_DIR, type CorpusModule } from './graph-corpus-modules.js';
import type { ConformanceSuite } from './suite.js';

/** corpusGoEnv is the environment for the go command on corpus modules: real proxy, dedicated cache. */
export function corpusGoEnv(): Record<string, string> {
  return {
    GOMODCACHE: MOD_CACHE,
    GOPATH: join(WORK_DIR, 'gopath'),
    GOFLAGS: '-mod=mod',
    GOWORK: 'off',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
    GOENV: 'off',
    GOCACHE: join(WORK_DIR, 'gocache'),
  };
}

/** warmCache downloads a module's dependencies into MOD_CACHE (`go mod download`), once per go.sum content. */
export function warmCache(m: CorpusModule, log: (line: string) => void): boolean {
  const stamp = join(m.dir, '.downloaded');
  const sum = existsSync(join(m.dir, 'go.sum')) ? readFileSync(join(m.dir, 'go.sum'), 'utf8') : '';
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(sum.length)) return true;
  const r = runGo(['mod', 'download'], { cwd: m.dir, env: corpusGoEnv(), timeoutMs: 30 * 60_000 });
  if (r.status !== 0) {
    log(`go mod download failed in ${m.repo}/${m.path}: ${r.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
    return false;
  }
  writeFileSync(stamp, String(sum.length));
  return true;
}

async function goradar(argv: string[], cwd: string): Promise<{ ok: boolean; stdout: string }> {
  let stdout = '';
  const env = { ...process.env, ...corpusGoEnv(), GOPROXY: 'off' };
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: () => undefined, env, cwd, isTTY: false });
  return { ok: code === 0, stdout };
}

function go(args: string[], m: CorpusModule): { ok: boolean; stdout: string } {
  const goMod = join(m.dir, 'go.mod');
  const original = readFileSync(goMod);
  try {
    const r = runGo(args, { cwd: m.dir, env: corpusGoEnv(), timeoutMs: 10 * 60_000 });
    return { ok: r.status === 0, stdout: r.stdout };
  } finally {
    writeFileSync(goMod, original);
  }
}

/** compareCorpusModule returns the listings on which go and goradar disagree for one staged module. */
export async function compareCorpusModule(m: CorpusModule): Promise<string[]> {
  const bad: string[] = [];
  const pairs: Array<[string, string[], string[]]> = [
    ['list', ['list', '-m', 'all'], ['list', '-m', 'all']],
    ['graph', ['mod', 'graph'], ['graph']],
    ['json', ['list', '-m', '-json', 'all'], ['list', '-m', '--json', 'all']],
  ];
  for (const [name, goArgs, ourArgs] of pairs) {
    const want = go(goArgs, m);
    const got = await goradar(ourArgs, m.dir);
    if (want.ok !== got.ok || (want.ok && want.stdout !== got.stdout)) bad.push(name);
  }
  return bad;
}

export const suite: ConformanceSuite = {
  name: 'graph-corpus',
  async run({ log }) {
    if (!corpusAvailable()) return { total: 0, agreed: 0, skipped: 0, disagreements: [], notes: [`corpus not found at ${CORPUS_DIR}`] };
    const modules = stageCorpusModules();
    const disagreements: string[] = [];
    let agreed = 0;
    let skipped = 0;
    for (const m of modules) {
      if (!warmCache(m, log)) {
        skipped++;
        continue;
      }
      const bad = await compareCorpusModule(m);
      if (bad.length === 0) agreed++;
      else disagreements.push(`${m.repo}/${m.path}: ${bad.join(', ')} differ`);
      log(`${m.repo}/${m.path}: ${bad.length === 0 ? 'agree' : `DIFFER (${bad.join(', ')})`}`);
    }
    return {
      total: modules.length - skipped,
      agreed,
      skipped,
      disagreements,
      notes: [`module cache: ${MOD_CACHE} (downloaded once with the real proxy; goradar reads it with GOPROXY=off)`],
    };
  },
};
