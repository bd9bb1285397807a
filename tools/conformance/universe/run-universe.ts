import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../packages/goradar/src/cli/main.js';
import { hermeticGoEnv, runGo } from '../../test-support/go-oracle.js';
import type { Universe } from './universe-model.js';
import { restoreMainGoMods, writeUniverse, type UniverseDirs } from './write-universe.js';

/** CommandOutput is one command's exit status and standard output. */
export interface CommandOutput {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** UniverseOutputs are the three listings of one universe, by go and by goradar. */
export interface UniverseOutputs {
  go: { list: CommandOutput; graph: CommandOutput; json: CommandOutput };
  /** goModRewritten is true when `go list -m all` (-mod=mod) rewrote a main go.mod: the root fix-up ran. */
  goModRewritten: boolean;
  goradar: { list: CommandOutput; graph: CommandOutput; json: CommandOutput };
}

async function runGoradar(argv: string[], cwd: string, env: Record<string, string>): Promise<CommandOutput> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd, isTTY: false });
  return { ok: code === 0, stdout, stderr };
}

function goCommand(args: string[], dirs: UniverseDirs, env: Record<string, string>): CommandOutput {
  restoreMainGoMods(dirs);
  const r = runGo(args, { cwd: dirs.runDir, env });
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr };
}

/** StagedUniverse is a universe written to disk with a hermetic go environment reading its proxy. */
export interface StagedUniverse {
  root: string;
  dirs: UniverseDirs;
  env: Record<string, string>;
}

/**
 * withStagedUniverse writes u under a new temporary directory, with a hermetic go environment whose
 * GOPROXY is the universe's file:// proxy (and GOWORK its go.work, if any), runs use, and removes it all.
 */
export async function withStagedUniverse<T>(u: Universe, use: (staged: StagedUniverse) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'goradar-universe-'));
  const dirs = writeUniverse(u, root);
  // Workspace mode refuses -mod=mod; it never rewrites go.mod files anyway.
  const workspace: Record<string, string> = u.goWork !== undefined ? { GOWORK: join(root, 'work', 'go.work'), GOFLAGS: '' } : {};
  // GOTELEMETRY=off: the telemetry sidecar otherwise keeps writing under HOME while we clean up.
  const hermetic = hermeticGoEnv({ proxyDir: dirs.proxy, extraEnv: { GOTELEMETRY: 'off', ...workspace } });
  try {
    return await use({ root, dirs, env: hermetic.env });
  } finally {
    removeQuietly(() => hermetic.dispose());
    removeQuietly(() => rmSync(root, { recursive: true, force: true, maxRetries: 3 }));
  }
}

/**
 * runUniverse writes u to a temporary directory and runs `go list -m all`, `go mod graph` and
 * `go list -m -json all` against its file:// proxy, then goradar's list and graph reading the same
 * proxy with an empty module cache, and goradar's JSON listing reading go's now-warm module cache
 * first (so GoMod paths, Time and go.sum-recorded sums can be compared byte for byte).
 */
export function runUniverse(u: Universe): Promise<UniverseOutputs> {
  return withStagedUniverse(u, async ({ root, dirs, env }) => {
    const list = goCommand(['list', '-m', 'all'], dirs, env);
    const goModRewritten = dirs.mainGoMods.some((m) => readFileSync(m.file, 'utf8') !== m.text);
    const go = {
      list,
      graph: goCommand(['mod', 'graph'], dirs, env),
      json: goCommand(['list', '-m', '-json', 'all'], dirs, env),
    };
    restoreMainGoMods(dirs);
    const viaProxy = { ...env, GOMODCACHE: join(root, 'empty-cache') };
    // The warm module cache first; the file:// proxy behind it answers only what go never fetched
    // (and words lookup failures as go does).
    const viaCache = env;
    const goradar = {
      list: await runGoradar(['list', '-m', 'all'], dirs.runDir, viaProxy),
      graph: await runGoradar(['graph'], dirs.runDir, viaProxy),
      json: await runGoradar(['list', '-m', '--json', 'all'], dirs.runDir, viaCache),
    };
    return { go, goradar, goModRewritten };
  });
}

/**
 * normalizeAddedGoLine undoes the one listing difference that comes from the go command editing
 * go.mod under -mod=mod: for a main go.mod without a go line, `go list` first writes its own
 * version (`go 1.26.8`) into the file and reports that; goradar never edits files and reports
 * 1.16, as `go list` does under -mod=readonly.
 */
export function normalizeAddedGoLine(goJson: string, u: Universe): string {
  if (u.goWork !== undefined || /^go /m.test(u.mains[0]?.goMod ?? '')) return goJson;
  return goJson.replace(/("Main": true,\n(?:\t"[A-Za-z]+": "[^"]*",\n)*\t"GoVersion": )"[^"]*"/, '$1"1.16"');
}

function removeQuietly(remove: () => void): void {
  try {
    remove();
  } catch {
    // A leftover temporary directory is not worth failing a comparison for.
  }
}

type ListObject = { Path: string; Version?: string; Replace?: { Path: string; Version?: string; GoVersion?: string }; GoVersion?: string };

function parseStream(text: string): ListObject[] {
  return text
    .split(/(?<=\n})\n(?={)/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => JSON.parse(chunk) as ListObject);
}

/**
 * racyGoVersionsAgree compares two `go list -m -json` streams that differ, ignoring the GoVersion of
 * modules whose value the go command computes racily: a replaced module whose own version is also
 * another module's replacement target. Go's parallel listing then reports the go line of whichever
 * go.mod was read first (its rawGoVersion cache), so either answer is go's.
 */
export function racyGoVersionsAgree(goJson: string, ourJson: string): boolean {
  let want: ListObject[];
  let got: ListObject[];
  try {
    want = parseStream(goJson);
    got = parseStream(ourJson);
  } catch {
    return false;
  }
  const targets = new Set(got.flatMap((m) => (m.Replace?.Version ? [`${m.Replace.Path}@${m.Replace.Version}`] : [])));
  const racy = (m: ListObject): boolean => m.Replace !== undefined && targets.has(`${m.Path}@${m.Version ?? ''}`);
  if (!got.some(racy)) return false;
  const mask = (list: ListObject[]): string =>
    JSON.stringify(list.map((m) => (racy(m) ? { ...m, GoVersion: '*', Replace: { ...m.Replace, GoVersion: '*' } } : m)));
  return mask(want) === mask(got);
}

/** compareOutputs returns the names of the listings on which go and goradar disagree. */
export function compareOutputs(out: UniverseOutputs, u: Universe): string[] {
  const bad: string[] = [];
  for (const k of ['list', 'graph', 'json'] as const) {
    const g = out.go[k];
    const r = out.goradar[k];
    const want = k === 'json' ? normalizeAddedGoLine(g.stdout, u) : g.stdout;
    if (g.ok !== r.ok || (g.ok && want !== r.stdout && !(k === 'json' && racyGoVersionsAgree(want, r.stdout)))) bad.push(k);
  }
  return bad;
}
