import * as gover from '../gover/gover.js';
import type { ModuleVersion } from '../module/index.js';
import type { BuildListError } from './build-list-error.js';
import { sortModules } from './compare.js';
import { formatModule, moduleKey, type RequirementGraph } from './graph.js';
import type { ReplacementTable, ResolvedReplacement } from './replacements.js';
import type { LoadedSummary, SummaryLoader } from './summary-loader.js';
import type { Pruning } from './summary.js';

/** GraphEdge is one requirement edge: `from` requires `to`. */
export interface GraphEdge {
  from: ModuleVersion;
  to: ModuleVersion;
}

/** ModuleGraphInit is everything a ModuleGraph is made of. */
export interface ModuleGraphInit {
  graph: RequirementGraph;
  pruning: Pruning;
  mainModules: readonly ModuleVersion[];
  roots: readonly ModuleVersion[];
  initialRoots: readonly ModuleVersion[];
  direct: ReadonlySet<string>;
  replacements: ReplacementTable;
  loader: SummaryLoader;
  excludedRequirements: readonly GraphEdge[];
  error?: BuildListError | Error;
}

/**
 * ModuleGraph is a loaded module graph: the requirement edges as `go mod graph` prints them, the
 * selected version of every path, and the build list as `go list -m all` lists it.
 * https://go.dev/ref/mod#minimal-version-selection
 */
export class ModuleGraph {
  /** pruning is the mode the graph was loaded in (decided by the main module's go line, or the workspace). */
  readonly pruning: Pruning;
  /** mainModules are the main modules (version ''), in the order the go command lists them. */
  readonly mainModules: readonly ModuleVersion[];
  /** roots are the main module's requirements after the go command's fix-up of untidy go.mod files. */
  readonly roots: readonly ModuleVersion[];
  /** initialRoots are the requirements as the go.mod (or go.work) file states them. */
  readonly initialRoots: readonly ModuleVersion[];
  /** direct holds the paths required without `// indirect` by a main module. */
  readonly direct: ReadonlySet<string>;
  /** excludedRequirements are the requirement edges dropped because a main module excludes their target. */
  readonly excludedRequirements: readonly GraphEdge[];
  /** error is the first module whose go.mod could not be used (with its requirement path), if any. */
  readonly error: BuildListError | Error | undefined;
  private readonly graph: RequirementGraph;
  private readonly replacements: ReplacementTable;
  private readonly loader: SummaryLoader;
  private cachedBuildList: ModuleVersion[] | undefined;

  constructor(init: ModuleGraphInit) {
    this.graph = init.graph;
    this.pruning = init.pruning;
    this.mainModules = init.mainModules;
    this.roots = init.roots;
    this.initialRoots = init.initialRoots;
    this.direct = init.direct;
    this.replacements = init.replacements;
    this.loader = init.loader;
    this.excludedRequirements = init.excludedRequirements;
    this.error = init.error;
  }

  /** rootsUpdated reports whether the go.mod was untidy and its roots had to be raised or recomputed. */
  get rootsUpdated(): boolean {
    return this.roots.length !== this.initialRoots.length || this.roots.some((r, i) => moduleKey(r) !== moduleKey(this.initialRoots[i] as ModuleVersion));
  }

  /** selected returns the selected version of path ('' for a main module, 'none' when absent). */
  selected(path: string): string {
    return this.graph.selected(path);
  }

  /** requiredBy returns m's requirement edges, or undefined when m's go.mod was not read (pruned out). */
  requiredBy(m: ModuleVersion): readonly ModuleVersion[] | undefined {
    return this.graph.requiredBy(m);
  }

  /** isVertex reports whether m (at this exact version) appears in the graph. */
  isVertex(m: ModuleVersion): boolean {
    return this.graph.isReachable(m);
  }

  /** vertices returns every module version in the graph. */
  vertices(): ModuleVersion[] {
    return this.graph.vertices();
  }

  /** prunedVertices returns the module vertices whose go.mod was not read (graph pruning), so they have no outgoing edges. */
  prunedVertices(): ModuleVersion[] {
    return this.graph.vertices().filter((m) => m.version !== 'none' && !gover.isToolchainModule(m.path) && this.graph.requiredBy(m) === undefined);
  }

  /** buildList returns the main modules, then every selected module sorted by path, `go` and `toolchain` included. */
  buildList(): ModuleVersion[] {
    this.cachedBuildList ??= this.graph.buildList(sortModules);
    return this.cachedBuildList;
  }

  /** modules returns the build list without the `go` and `toolchain` pseudo-modules: what `go list -m all` lists. */
  modules(): ModuleVersion[] {
    return this.buildList().filter((m) => !gover.isToolchainModule(m.path));
  }

  /** edges returns every edge breadth first from the main modules, in `go mod graph` order. */
  edges(): GraphEdge[] {
    const out: GraphEdge[] = [];
    this.graph.walkBreadthFirst((from) => {
      for (const to of this.graph.requiredBy(from) ?? []) out.push({ from, to });
    });
    return out;
  }

  /** formatGraph returns exactly what `go mod graph` prints. */
  formatGraph(): string {
    return this.edges()
      .map((e) => `${formatModule(e.from)} ${formatModule(e.to)}\n`)
      .join('');
  }

  /** findPath returns the shortest requirement path from a main module to a vertex matching match. */
  findPath(match: (m: ModuleVersion) => boolean): ModuleVersion[] | undefined {
    return this.graph.findPath(match);
  }

  /** replacement returns the replacement that applies to m, if any. */
  replacement(m: ModuleVersion): ResolvedReplacement | undefined {
    return this.replacements.lookup(m);
  }

  /** isMainModule reports whether m is one of the main modules. */
  isMainModule(m: ModuleVersion): boolean {
    return m.version === '' && this.mainModules.some((mm) => mm.path === m.path);
  }

  /** isExcluded reports whether a main module excludes m. */
  isExcluded(m: ModuleVersion): boolean {
    return this.loader.isExcluded(m);
  }

  /**
   * summaryOf reads the go.mod actually used for m (its replacement's, if replaced), loading it if
   * the graph did not (pruned-out modules). It rejects when that go.mod cannot be used.
   */
  summaryOf(m: ModuleVersion): Promise<LoadedSummary> {
    return this.loader.loadRaw(m);
  }

  /**
   * ownSummaryOf reads m's own go.mod (no replacement, no check of its module line), as the go
   * command does to report a module's GoVersion.
   */
  ownSummaryOf(m: ModuleVersion): Promise<LoadedSummary> {
    return this.loader.loadActual(m);
  }

  /**
   * recordedGoVersion returns the go line of m's own go.mod if it has been read so far (as a graph
   * vertex or as some module's replacement), as the go command's rawGoVersion cache does.
   */
  recordedGoVersion(m: ModuleVersion): string | undefined {
    return this.loader.goVersions.get(moduleKey(m));
  }

  /** replacementSummary reads the go.mod of a replacement target itself. */
  replacementSummary(r: ResolvedReplacement): Promise<LoadedSummary> {
    return this.loader.loadActual(r.replacement, r.dir);
  }
}
