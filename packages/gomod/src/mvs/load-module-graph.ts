import { BuildListError } from './build-list-error.js';
import { sortModules } from './compare.js';
import { GraphSetupError } from './errors.js';
import { moduleKey } from './graph.js';
import { ModuleGraph, type GraphEdge } from './module-graph.js';
import type { ModuleSource } from './module-source.js';
import type { ModuleVersion } from '../module/index.js';
import { readModGraph, type LoadedGraph } from './read-mod-graph.js';
import { ReplacementTable, type MainModule, type Workspace } from './replacements.js';
import { SummaryLoader, type ParseGoModSummary, type ReadLocalGoMod } from './summary-loader.js';
import { goModVersion, goWorkVersion, pruningForGoVersion, type Pruning } from './summary.js';
import { allRootsSelected, minimalUnprunedRoots, raisePrunedRoots } from './update-roots.js';
import { parseDependencyGoMod } from './summary-from-modfile.js';

/**
 * RootFixup says what to do when the main go.mod lists versions the graph does not select:
 * `mod` recomputes the roots as `-mod=mod` does; `readonly` reports the go command's
 * "updates to go.mod needed" error (its default for `go list`).
 */
export type RootFixup = 'mod' | 'readonly';

/** LoadModuleGraphOptions are the inputs of loadModuleGraph. */
export interface LoadModuleGraphOptions {
  /** mainModules holds one main module, or every module a go.work file uses (in `use` order). */
  mainModules: MainModule[];
  /** workspace is the go.work file, in workspace mode. */
  workspace?: Workspace;
  /** source supplies the go.mod files of module versions. */
  source: ModuleSource;
  /** readLocalGoMod reads the go.mod of a directory replacement. */
  readLocalGoMod?: ReadLocalGoMod;
  /** parse turns a dependency's go.mod text into a summary; the default uses the lax go.mod parser. */
  parse?: ParseGoModSummary;
  /** rootFixup defaults to `mod`. */
  rootFixup?: RootFixup;
  /** concurrency bounds the go.mod reads in flight (default 32). */
  concurrency?: number;
}

/** GO_MOD_DIRTY is the go command's error text for an untidy go.mod under -mod=readonly. */
export const GO_MOD_DIRTY = 'updates to go.mod needed; to update it:\n\tgo mod tidy';

/**
 * loadModuleGraph loads the module graph of one main module or a workspace exactly as the go
 * command's `go list -m all` and `go mod graph` do: pruning per module by its own go line,
 * replacements and exclusions of the main modules (and go.work), go@/toolchain@ vertices, and the
 * root fix-up for untidy go.mod files. It never throws for a broken dependency: the graph carries
 * the error. It throws GraphSetupError for an unusable main-module configuration.
 * https://go.dev/ref/mod#minimal-version-selection
 */
export async function loadModuleGraph(options: LoadModuleGraphOptions): Promise<ModuleGraph> {
  const { mainModules, workspace } = options;
  checkMainModules(mainModules, workspace !== undefined);
  const replacements = new ReplacementTable(mainModules, workspace);
  const loader = new SummaryLoader({
    source: options.source,
    parse: options.parse ?? parseDependencyGoMod,
    ...(options.readLocalGoMod ? { readLocalGoMod: options.readLocalGoMod } : {}),
    replacements,
    mainModules,
    workspaceMode: workspace !== undefined,
  });
  const mainVersions = mainModules.map((m) => ({ path: m.path, version: '' }));
  const setup = initialRequirements(mainModules, workspace, loader);
  const mainModule = workspace ? undefined : mainVersions[0];
  const load = (roots: readonly ModuleVersion[]): Promise<LoadedGraph> =>
    readModGraph({ loader, pruning: setup.pruning, roots, ...(mainModule ? { mainModule } : {}), ...(options.concurrency ? { concurrency: options.concurrency } : {}) });

  const { roots, loaded, error } = await loadConsistentGraph({ setup, load, rootFixup: options.rootFixup ?? 'mod', ...(mainModule ? { mainModule } : {}) });
  return new ModuleGraph({
    graph: loaded.graph,
    pruning: setup.pruning,
    mainModules: [...mainVersions].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    roots,
    initialRoots: setup.roots,
    direct: setup.direct,
    replacements,
    loader,
    excludedRequirements: [...setup.excludedRoots, ...loader.droppedRequirements.values()],
    ...(error ? { error } : {}),
  });
}

interface ConsistentGraphInput {
  setup: InitialRequirements;
  mainModule?: ModuleVersion;
  rootFixup: RootFixup;
  load: (roots: readonly ModuleVersion[]) => Promise<LoadedGraph>;
}

/**
 * loadConsistentGraph loads the graph from the go.mod's roots and, when those are untidy (a path
 * listed twice, or a root below its selected version), fixes them up as the go command does
 * (expandGraph → updateRoots) or reports GO_MOD_DIRTY under `readonly`.
 */
async function loadConsistentGraph(input: ConsistentGraphInput): Promise<{ roots: ModuleVersion[]; loaded: LoadedGraph; error?: Error }> {
  const { setup, mainModule, load } = input;
  let roots = setup.roots;
  let error: Error | undefined;
  const deduped = mainModule && setup.pruning === 'pruned' ? dedupeRoots(roots) : roots;
  if (deduped !== roots) {
    // Roots naming a path twice are merged before anything is loaded (modload hasRedundantRoot).
    if (input.rootFixup === 'readonly' && !sameModules(deduped, withoutRepeats(roots))) error = new Error(GO_MOD_DIRTY);
    else roots = deduped;
  }
  let loaded = await load(roots);
  error ??= buildListError(loaded);
  const redundantUnpruned = setup.pruning === 'unpruned' && withoutRepeats(roots).length !== roots.length;
  const consistent = allRootsSelected(loaded.graph, roots);
  if (error || !mainModule || (!redundantUnpruned && consistent)) return { roots, loaded, ...(error ? { error } : {}) };
  if (input.rootFixup === 'readonly') return { roots, loaded, ...(consistent ? {} : { error: new Error(GO_MOD_DIRTY) }) };
  ({ roots, loaded } = await fixRoots({ loaded, roots, mainModule, pruning: setup.pruning, direct: setup.direct, load }));
  const after = buildListError(loaded);
  return { roots, loaded, ...(after ? { error: after } : {}) };
}

/** dedupeRoots keeps one root per path, at the highest version listed (returns roots itself when nothing repeats). */
function dedupeRoots(roots: ModuleVersion[]): ModuleVersion[] {
  if (withoutRepeats(roots).length === roots.length) return roots;
  const max = new Map<string, string>();
  for (const r of roots) max.set(r.path, r.version); // roots are sorted, so the last version is the highest
  return withoutRepeats(roots).map((r) => ({ path: r.path, version: max.get(r.path) as string }));
}

/** withoutRepeats keeps the first root of each path. */
function withoutRepeats(roots: readonly ModuleVersion[]): ModuleVersion[] {
  const seen = new Set<string>();
  return roots.filter((r) => !seen.has(r.path) && seen.add(r.path));
}

function sameModules(a: readonly ModuleVersion[], b: readonly ModuleVersion[]): boolean {
  return a.length === b.length && a.every((m, i) => moduleKey(m) === moduleKey(b[i] as ModuleVersion));
}

function checkMainModules(mainModules: readonly MainModule[], workspaceMode: boolean): void {
  if (mainModules.length === 0) throw new GraphSetupError('no main module');
  if (!workspaceMode && mainModules.length > 1) throw new GraphSetupError('several main modules need a go.work file');
  const seen = new Set<string>();
  for (const m of mainModules) {
    if (seen.has(m.path)) throw new GraphSetupError(`module ${m.path} appears multiple times in workspace`);
    seen.add(m.path);
  }
}

interface InitialRequirements {
  pruning: Pruning;
  roots: ModuleVersion[];
  direct: Set<string>;
  excludedRoots: GraphEdge[];
}

function initialRequirements(mainModules: readonly MainModule[], workspace: Workspace | undefined, loader: SummaryLoader): InitialRequirements {
  const direct = new Set<string>();
  if (workspace) {
    for (const m of mainModules) for (const r of m.summary.requires) if (!r.indirect) direct.add(r.path);
    const roots: ModuleVersion[] = mainModules.map((m) => ({ path: m.path, version: '' }));
    roots.push({ path: 'go', version: goWorkVersion(workspace.summary) });
    if (workspace.summary.toolchain !== '') roots.push({ path: 'toolchain', version: workspace.summary.toolchain });
    return { pruning: 'workspace', roots: sortModules(roots), direct, excludedRoots: [] };
  }
  const main = mainModules[0] as MainModule;
  const from = { path: main.path, version: '' };
  const roots: ModuleVersion[] = [];
  const excludedRoots: GraphEdge[] = [];
  for (const r of main.summary.requires) {
    const to = { path: r.path, version: r.version };
    if (loader.isExcluded(to)) {
      excludedRoots.push({ from, to });
      continue;
    }
    roots.push(to);
    if (!r.indirect) direct.add(r.path);
  }
  const goVersion = goModVersion(main.summary);
  roots.push({ path: 'go', version: goVersion });
  if (main.summary.toolchain !== '') roots.push({ path: 'toolchain', version: main.summary.toolchain });
  direct.add('go');
  return { pruning: pruningForGoVersion(goVersion), roots: sortModules(roots), direct, excludedRoots };
}

function buildListError(loaded: LoadedGraph): BuildListError | undefined {
  if (loaded.errors.size === 0) return undefined;
  const path = loaded.graph.findPath((m) => loaded.errors.has(moduleKey(m)));
  if (!path) return undefined;
  const last = path[path.length - 1] as ModuleVersion;
  return new BuildListError(loaded.errors.get(moduleKey(last)), path);
}

interface FixRootsInput {
  loaded: LoadedGraph;
  roots: ModuleVersion[];
  mainModule: ModuleVersion;
  pruning: Pruning;
  direct: ReadonlySet<string>;
  load: (roots: readonly ModuleVersion[]) => Promise<LoadedGraph>;
}

async function fixRoots(input: FixRootsInput): Promise<{ roots: ModuleVersion[]; loaded: LoadedGraph }> {
  let { loaded, roots } = input;
  if (input.pruning === 'unpruned') {
    const buildList = loaded.graph.buildList(sortModules);
    const next = minimalUnprunedRoots({ graph: loaded.graph, mainModule: input.mainModule, roots, buildList, direct: input.direct });
    return { roots: next, loaded: await input.load(next) };
  }
  const mainPaths = new Set([input.mainModule.path]);
  for (;;) {
    const step = raisePrunedRoots(loaded.graph, roots, mainPaths);
    const same = step.roots.length === roots.length && step.roots.every((r, i) => moduleKey(r) === moduleKey(roots[i] as ModuleVersion));
    if (same) return { roots, loaded };
    roots = step.roots;
    loaded = await input.load(roots);
    if (loaded.errors.size > 0 || !step.upgraded) return { roots, loaded };
  }
}
