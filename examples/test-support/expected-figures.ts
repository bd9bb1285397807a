/**
 * Expected report figures for the example fleet, computed from the fixtures with the independent
 * model (fixture-model.ts) and the report's documented definitions — never with goradar's code.
 */
import { fixtureRepos } from '../create-fleet.js';
import { classify, importsOf, lang, modulesOf, relGoMod, treeAt, type FixtureModule } from './fixture-model.js';

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** versionKey orders plain vX.Y.Z versions numerically (the skewed modules of the example are plain). */
export function versionKey(v: string): number[] {
  return (/^v(\d+)\.(\d+)\.(\d+)$/.exec(v) ?? ['', '-1', '0', '0']).slice(1).map(Number);
}
function compareVersions(a: string, b: string): number {
  const x = versionKey(a);
  const y = versionKey(b);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** PointState is every repository's tree at one history point ('current' = all commits). */
export interface PointState {
  point: string;
  cutoff: string | null;
  trees: Map<string, Map<string, string>>;
}

/** pointStates reads each repository as of each point (repos without a commit before the cutoff are absent). */
export function pointStates(points: Array<{ point: string; cutoff: string | null }>): PointState[] {
  return points.map(({ point, cutoff }) => {
    const trees = new Map<string, Map<string, string>>();
    for (const repo of fixtureRepos()) {
      const tree = treeAt(repo, cutoff ?? undefined);
      if (tree.size > 0) trees.set(repo, tree);
    }
    return { point, cutoff, trees };
  });
}

/** parsedModules lists the modules of trees whose go.mod parses. */
export function parsedModules(trees: Map<string, Map<string, string>>): FixtureModule[] {
  return [...trees].flatMap(([repo, tree]) => modulesOf(repo, tree).filter((m) => m.parses));
}

/** expectedReuse is the reuse table: repos requiring each path, direct and indirect-only. */
export function expectedReuse(trees: Map<string, Map<string, string>>): Array<{ path: string; repos: number; share: number; directRepos: number; indirectRepos: number }> {
  const any = new Map<string, Set<string>>();
  const direct = new Map<string, Set<string>>();
  for (const m of parsedModules(trees)) {
    for (const r of m.requires) {
      any.set(r.path, (any.get(r.path) ?? new Set()).add(m.repo));
      if (!r.indirect) direct.set(r.path, (direct.get(r.path) ?? new Set()).add(m.repo));
    }
  }
  return [...any]
    .map(([path, repos]) => ({ path, repos: repos.size, share: round4(repos.size / trees.size), directRepos: direct.get(path)?.size ?? 0, indirectRepos: repos.size - (direct.get(path)?.size ?? 0) }))
    .sort((a, b) => b.repos - a.repos || b.directRepos - a.directRepos || byText(a.path, b.path));
}

/** expectedSkew lists modules required at several versions with per-version repo counts. */
export function expectedSkew(trees: Map<string, Map<string, string>>): Array<{ path: string; newest: string; versions: Array<{ version: string; repos: number }>; reposBehind: number }> {
  const uses = new Map<string, Map<string, Set<string>>>();
  for (const m of parsedModules(trees)) {
    for (const r of m.requires) {
      const versions = uses.get(r.path) ?? new Map<string, Set<string>>();
      uses.set(r.path, versions);
      versions.set(r.version, (versions.get(r.version) ?? new Set()).add(m.repo));
    }
  }
  return [...uses]
    .filter(([, v]) => v.size > 1)
    .map(([path, v]) => {
      const versions = [...v.keys()].sort(compareVersions);
      const newest = versions[versions.length - 1] ?? '';
      const behind = new Set(versions.filter((x) => x !== newest).flatMap((x) => [...(v.get(x) ?? [])]));
      return { path, newest, versions: versions.map((version) => ({ version, repos: v.get(version)?.size ?? 0 })), reposBehind: behind.size };
    })
    .sort((a, b) => b.versions.length - a.versions.length || b.reposBehind - a.reposBehind || byText(a.path, b.path));
}

function minorOf(l: string): number {
  return Number(l.split('.')[1] ?? 0);
}

/** lowerMedianLang is the lower median of 1.N language versions. */
export function lowerMedianLang(langs: string[]): string {
  const sorted = [...langs].sort((a, b) => minorOf(a) - minorOf(b));
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? '';
}

/** expectedGoVersions counts go and toolchain language versions of the parsed modules. */
export function expectedGoVersions(trees: Map<string, Map<string, string>>) {
  const mods = parsedModules(trees);
  const count = (langs: string[]) =>
    [...new Set(langs)].sort((a, b) => minorOf(a) - minorOf(b)).map((version) => ({ version, modules: langs.filter((l) => l === version).length }));
  const go = mods.flatMap((m) => (m.go ? [lang(m.go)] : []));
  const toolchain = mods.flatMap((m) => (m.toolchain ? [lang(m.toolchain.replace(/^go/, ''))] : []));
  return { go: count(go), toolchain: count(toolchain), goMedian: lowerMedianLang(go), toolchainMedian: lowerMedianLang(toolchain), missingGo: mods.filter((m) => !m.go).length, noToolchain: mods.filter((m) => !m.toolchain).length };
}

/** expectedReplaces lists every replace of the parsed modules with its class. */
export function expectedReplaces(trees: Map<string, Map<string, string>>) {
  return parsedModules(trees)
    .flatMap((m) => m.replaces.map((r) => ({ repo: m.repo, moduleDir: m.dir, file: relGoMod(m.dir), line: r.line, old: r.oldVersion ? `${r.old}@${r.oldVersion}` : r.old, new: r.newVersion ? `${r.new}@${r.newVersion}` : r.new, class: classify(m.dir, r) })))
    .sort((a, b) => byText(`${a.repo} ${a.file} ${a.line}`, `${b.repo} ${b.file} ${b.line}`));
}

/** IMPORT_SIGNALS are the practices the example shows through imports. */
export const IMPORT_SIGNALS: Record<string, string[]> = { slog: ['log/slog'], context: ['context'], iterators: ['iter'], wasm: ['syscall/js'], cgo: ['C'] };

/** SOURCE_SIGNALS are the practices the example shows in its source text, as plain patterns. */
export const SOURCE_SIGNALS: Record<string, RegExp> = {
  generics: /^(?:func|type) \w+\[/m,
  'error-wrapping': /fmt\.Errorf\("[^"]*%w/,
  'errors-join': /errors\.Join\(/,
  goroutines: /^\s+go \w/m,
};

function showsSignal(tree: Map<string, string>, id: string): boolean {
  const imports = IMPORT_SIGNALS[id];
  if (imports) return imports.some((p) => importsOf(tree).has(p));
  const pattern = SOURCE_SIGNALS[id];
  return [...tree].some(([f, text]) => f.endsWith('.go') && pattern !== undefined && pattern.test(text));
}

/** expectedTrends counts, per point, the repos whose Go files show each practice. */
export function expectedTrends(states: PointState[]) {
  const ids = [...Object.keys(IMPORT_SIGNALS), ...Object.keys(SOURCE_SIGNALS)];
  return {
    reposPerPoint: states.map((s) => s.trees.size),
    repos: Object.fromEntries(ids.map((id) => [id, states.map((s) => [...s.trees.values()].filter((t) => showsSignal(t, id)).length)])),
  };
}

/** expectedEmerging ranks modules by growth of their requiring share from the first to the last point. */
export function expectedEmerging(states: PointState[]) {
  const shares = new Map<string, number[]>();
  states.forEach((s, i) => {
    const requirers = new Map<string, Set<string>>();
    for (const m of parsedModules(s.trees)) for (const r of m.requires) requirers.set(r.path, (requirers.get(r.path) ?? new Set()).add(m.repo));
    for (const [path, repos] of requirers) {
      const list = shares.get(path) ?? states.map(() => 0);
      list[i] = round4(repos.size / s.trees.size);
      shares.set(path, list);
    }
  });
  return [...shares]
    .map(([path, list]) => ({ path, shares: list, growth: round4((list[list.length - 1] ?? 0) - (list[0] ?? 0)) }))
    .filter((r) => r.growth > 0)
    .sort((a, b) => b.growth - a.growth || byText(a.path, b.path))
    .slice(0, 10);
}
