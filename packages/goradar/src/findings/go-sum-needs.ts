/**
 * Which checksums a build needs, computed from the stored module graph as the go command decides
 * what go.sum must hold (cmd/go modload keepSums): the go.mod hash of every module version whose
 * go.mod the graph read, and the zip hash (from go 1.21 on, the go.mod hash too) of every build-list
 * module that provides an imported package — or could, as a shorter path prefix — each taken from
 * the replacement when one applies.
 * Directory replacements need no checksum. https://go.dev/ref/mod#go-sum-files
 */
import { compareModuleVersions, dirName } from '@goradar/gomod';
import type { GraphModule, SumEntry } from '../store/types.js';

/** SumKey names one checksum: the zip hash of path@version, or with isGoMod the hash of its go.mod. */
export interface SumKey {
  path: string;
  version: string;
  isGoMod: boolean;
}

/** NeededSum is a checksum the build needs, and why. */
export interface NeededSum extends SumKey {
  /** reason is `graph` (the go.mod was read to build the graph) or the imported package the zip provides. */
  reason: string;
}

/** SelectedModule is a build-list module (no main module): what MVS selected and what replaces it. */
export interface SelectedModule {
  path: string;
  version: string;
  replacement: string | null;
}

/** SumNeedsInput is one graph (of a module or a workspace) and the packages its code imports. */
export interface SumNeedsInput {
  graphModules: readonly GraphModule[];
  buildList: readonly SelectedModule[];
  importPaths: Iterable<string>;
  /** roots maps each module path the main go.mod (or go.mod files) require to the version required. */
  roots: ReadonlyMap<string, string>;
  /** pruned is true for a graph pruned by its main module's go line (go ≥ 1.17); a workspace's is not. */
  pruned: boolean;
  /** goModForZips adds the go.mod hash of every module whose zip is needed (go ≥ 1.21: go reads it for the language version). */
  goModForZips: boolean;
}

/**
 * checksumTarget returns the module version whose checksum stands for path@version under
 * replacement (`path@version`, a directory, or null): the replacement's, or none for a directory.
 */
export function checksumTarget(path: string, version: string, replacement: string | null): { path: string; version: string } | undefined {
  if (replacement === null) return { path, version };
  // Directory replacements are directory paths (./x, ../x, /x); module paths never start so.
  if (replacement.startsWith('.') || replacement.startsWith('/')) return undefined;
  const at = replacement.lastIndexOf('@');
  return at > 0 ? { path: replacement.slice(0, at), version: replacement.slice(at + 1) } : undefined;
}

/** sumKeyText prints a key as go.sum writes it: `path version[/go.mod]`. */
export function sumKeyText(k: SumKey): string {
  return `${k.path} ${k.version}${k.isGoMod ? '/go.mod' : ''}`;
}

/** neededSums returns every checksum the graph and its imports need, each once, in go.sum order. */
export function neededSums(input: SumNeedsInput): NeededSum[] {
  const out = new Map<string, NeededSum>();
  const add = (target: { path: string; version: string } | undefined, isGoMod: boolean, reason: string): void => {
    if (!target) return;
    const key = sumKeyText({ ...target, isGoMod });
    if (!out.has(key)) out.set(key, { ...target, isGoMod, reason });
  };
  for (const m of input.graphModules) if (m.loaded) add(checksumTarget(m.path, m.version, m.replacement), true, 'graph');
  const selected = new Map(input.buildList.filter((m) => m.version !== '').map((m) => [m.path, m]));
  for (const importPath of input.importPaths) {
    for (const m of providers(importPath, selected, input)) {
      const target = checksumTarget(m.path, m.version, m.replacement);
      add(target, false, importPath);
      if (input.goModForZips) add(target, true, importPath);
    }
  }
  return [...out.values()].sort(compareSumKeys);
}

/**
 * providers lists the build-list modules go must open to load importPath: every selected module
 * whose path is a prefix of it; when the graph is pruned and the providing (longest) module is a
 * root at its selected version, only the prefixes that are such roots.
 */
function providers(importPath: string, selected: ReadonlyMap<string, SelectedModule>, input: SumNeedsInput): SelectedModule[] {
  const found: SelectedModule[] = [];
  for (let prefix = importPath; prefix !== '.' && prefix !== ''; prefix = dirName(prefix)) {
    const m = selected.get(prefix);
    if (m) found.push(m);
  }
  const provider = found[0];
  if (!provider || !input.pruned || input.roots.get(provider.path) !== provider.version) return found;
  return found.filter((m) => input.roots.get(m.path) === m.version);
}

/**
 * staleEntries returns the go.sum lines for module versions that are not in the graph (taken through
 * their replacements): lines `go mod tidy` would remove.
 */
export function staleEntries<E extends SumEntry>(entries: readonly E[], graphModules: readonly GraphModule[]): E[] {
  const inGraph = new Set<string>();
  for (const m of graphModules) {
    const t = checksumTarget(m.path, m.version, m.replacement);
    if (t) inGraph.add(`${t.path}@${t.version}`);
  }
  return entries.filter((e) => !inGraph.has(`${e.path}@${e.version}`));
}

/** missingSums returns the needed checksums that no entry records (any hash recorded for the key counts). */
export function missingSums(needed: readonly NeededSum[], entries: Iterable<SumEntry>): NeededSum[] {
  const have = new Set<string>();
  for (const e of entries) have.add(sumKeyText(e));
  return needed.filter((n) => !have.has(sumKeyText(n)));
}

/** compareSumKeys orders keys as go.sum lists them (module.Sort: path, then version, zip before go.mod). */
function compareSumKeys(a: SumKey, b: SumKey): number {
  const asModule = (k: SumKey) => ({ path: k.path, version: k.isGoMod ? `${k.version}/go.mod` : k.version });
  return compareModuleVersions(asModule(a), asModule(b));
}
