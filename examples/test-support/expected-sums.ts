/**
 * Expected go.sum findings of the example fleet, computed with the go command as the oracle and
 * plain text reading — never with goradar's code:
 * - the go.mod hashes a build needs are what go itself writes into an emptied go.sum (and, in
 *   workspace mode, go.work.sum) while running `go list -m all` with -mod=mod;
 * - the zip hashes it needs are those of every build-list module (`go list -m -json all`, taken
 *   through its replacement) whose path is a prefix of a package the module's files import;
 * - stale lines are go.sum lines for module versions that are not `go mod graph` vertices (taken
 *   through the replace directives `go mod edit -json` prints).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { runGo } from '../../tools/test-support/go-oracle.js';

/** sumKeys returns the `path version[/go.mod]` keys of go.sum text, each once, in file order. */
export function sumKeys(text: string): string[] {
  return [...new Set(text.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim().split(/\s+/).slice(0, 2).join(' ')))];
}

interface GoModule {
  Path: string;
  Version?: string;
  Main?: boolean;
  Replace?: { Path: string; Version?: string };
}

function goJson<T>(args: string[], cwd: string, env: Record<string, string>): T[] {
  const r = runGo(args, { cwd, env });
  if (r.status !== 0) throw new Error(`go ${args.join(' ')} in ${cwd}: ${r.stderr}`);
  return r.stdout
    .split(/\n(?=\{)/)
    .filter((c) => c.trim() !== '')
    .map((c) => JSON.parse(c) as T);
}

/**
 * goModHashesNeeded runs `go list -m all` in dir after removing the given checksum files and returns
 * the go.mod keys go wrote back into writtenTo (go.sum, or go.work.sum in workspace mode).
 */
export function goModHashesNeeded(dir: string, env: Record<string, string>, removed: string[], writtenTo: string): string[] {
  for (const f of removed) rmSync(f, { force: true });
  const r = runGo(['list', '-m', 'all'], { cwd: dir, env });
  if (r.status !== 0) throw new Error(`go list -m all in ${dir}: ${r.stderr}`);
  return existsSync(writtenTo) ? sumKeys(readFileSync(writtenTo, 'utf8')) : [];
}

/** zipHashesNeeded returns the zip keys of the build-list modules that are path prefixes of the imports. */
export function zipHashesNeeded(dir: string, env: Record<string, string>, imports: Iterable<string>): string[] {
  const modules = goJson<GoModule>(['list', '-m', '-json', 'all'], dir, env).filter((m) => !m.Main);
  const out = new Set<string>();
  for (const i of imports) {
    for (const m of modules) {
      if (i !== m.Path && !i.startsWith(`${m.Path}/`)) continue;
      if (!m.Replace) out.add(`${m.Path} ${m.Version}`);
      else if (m.Replace.Version) out.add(`${m.Replace.Path} ${m.Replace.Version}`);
    }
  }
  return [...out];
}

/** staleLines returns `line: key` for each go.sum line whose module version is not a graph vertex (through its replacement). */
export function staleLines(dir: string, env: Record<string, string>, goSumText: string): string[] {
  const graph = runGo(['mod', 'graph'], { cwd: dir, env }).stdout;
  const edit = JSON.parse(runGo(['mod', 'edit', '-json'], { cwd: dir, env }).stdout) as { Replace: Array<{ Old: { Path: string; Version?: string }; New: { Path: string; Version?: string } }> | null };
  const replaces = edit.Replace ?? [];
  const kept = new Set<string>();
  for (const v of new Set(graph.split(/\s+/).filter((x) => x.includes('@') && !/^(go|toolchain)@/.test(x)))) {
    const [path, version] = v.split('@') as [string, string];
    const r = replaces.find((x) => x.Old.Path === path && x.Old.Version === version) ?? replaces.find((x) => x.Old.Path === path && !x.Old.Version);
    if (!r) kept.add(`${path} ${version}`);
    else if (r.New.Version) kept.add(`${r.New.Path} ${r.New.Version}`);
  }
  return goSumText
    .split('\n')
    .flatMap((l, i) => (l.trim() === '' ? [] : [{ line: i + 1, key: l.split(' ').slice(0, 2).join(' ') }]))
    .filter((e) => !kept.has(e.key.replace(/\/go\.mod$/, '')))
    .map((e) => `${e.line}: ${e.key}`);
}

/** missingKeys returns the needed keys no recorded key covers, sorted. */
export function missingKeys(needed: Iterable<string>, recorded: Iterable<string>): string[] {
  const have = new Set(recorded);
  return [...new Set(needed)].filter((k) => !have.has(k)).sort();
}
