import * as gover from '../gover/gover.js';
import { ModuleError, type ModuleVersion } from '../module/index.js';
import { joinPath } from './dir-path.js';
import { GoModMismatchError } from './errors.js';
import { moduleKey } from './graph.js';
import { ModuleNotFoundError, type ModuleSource } from './module-source.js';
import type { MainModule, ReplacementTable } from './replacements.js';
import { GO_STRICT_VERSION, pruningForGoVersion, type GoModSummary, type Pruning } from './summary.js';

/** ParseGoModSummary turns a dependency's go.mod text into a summary (lax parsing); it throws on syntax errors. */
export type ParseGoModSummary = (file: string, text: string) => GoModSummary;

/** ReadLocalGoMod reads `<dir>/go.mod` for a directory replacement; it throws when the file cannot be read. */
export type ReadLocalGoMod = (dir: string) => Promise<string>;

/** LoadedSummary is one module's requirements as the graph uses them (after replacement and exclusion). */
export interface LoadedSummary {
  /** requires are the requirement edges, in go.mod order, plus `go@V` for go 1.21 and later. */
  requires: ModuleVersion[];
  pruning: Exclude<Pruning, 'workspace'>;
  /** goVersion is the go line of the go.mod actually read ('' when none). */
  goVersion: string;
  /** raw is the go.mod summary read (undefined for the go and toolchain pseudo-modules). */
  raw?: GoModSummary;
}

/** SummaryLoaderOptions configure a SummaryLoader. */
export interface SummaryLoaderOptions {
  source: ModuleSource;
  parse: ParseGoModSummary;
  readLocalGoMod?: ReadLocalGoMod;
  replacements: ReplacementTable;
  mainModules: readonly MainModule[];
  /** workspaceMode is true when main modules come from a go.work file. */
  workspaceMode: boolean;
}

/**
 * SummaryLoader reads and caches the go.mod summaries of module versions the way the go command's
 * goModSummary does: replacements applied, the declared module path checked, the main modules'
 * exclusions removed, `go@V` appended for go 1.21 and later.
 */
export class SummaryLoader {
  private readonly raw = new Map<string, Promise<LoadedSummary>>();
  private readonly excluded: Set<string>;
  private readonly mainByPath: Map<string, MainModule>;
  /** droppedRequirements maps `from to` to each requirement edge removed because a main module excludes its target. */
  readonly droppedRequirements = new Map<string, { from: ModuleVersion; to: ModuleVersion }>();
  /** goVersions maps each module version whose go.mod was read (by the key of what was read) to its go line. */
  readonly goVersions = new Map<string, string>();

  constructor(private readonly options: SummaryLoaderOptions) {
    this.excluded = new Set(options.mainModules.flatMap((m) => m.summary.excludes.map(moduleKey)));
    this.mainByPath = new Map(options.mainModules.map((m) => [m.path, m]));
  }

  /** isExcluded reports whether a main module excludes m. */
  isExcluded(m: ModuleVersion): boolean {
    return this.excluded.has(moduleKey(m));
  }

  /** load returns m's summary with exclusions applied; it rejects with a ModuleError when its go.mod cannot be used. */
  async load(m: ModuleVersion): Promise<LoadedSummary> {
    const summary = await this.loadRaw(m);
    if (!summary.requires.some((r) => this.isExcluded(r))) return summary;
    for (const r of summary.requires) {
      if (this.isExcluded(r)) this.droppedRequirements.set(`${moduleKey(m)} ${moduleKey(r)}`, { from: m, to: r });
    }
    return { ...summary, requires: summary.requires.filter((r) => !this.isExcluded(r)) };
  }

  /** loadRaw returns m's summary (replacement applied, exclusions not). */
  loadRaw(m: ModuleVersion): Promise<LoadedSummary> {
    if (gover.isToolchainModule(m.path)) return Promise.resolve(toolchainSummary(m));
    const main = m.version === '' && this.options.workspaceMode ? this.mainByPath.get(m.path) : undefined;
    if (main) return Promise.resolve(this.fromSummary(m, main.summary));
    const replaced = this.options.replacements.lookup(m);
    const actual = replaced?.replacement ?? m;
    return this.loadActual(actual, replaced?.dir).then((s) => {
      if (actual.version !== '') checkModulePath(m, actual, s.raw as GoModSummary);
      return s;
    });
  }

  /**
   * loadActual reads the go.mod of actual itself (no replacement applied), or of the directory dir
   * for a directory replacement; results are cached.
   */
  loadActual(actual: ModuleVersion, dir?: string): Promise<LoadedSummary> {
    const key = dir !== undefined ? `dir:${dir}` : moduleKey(actual);
    let pending = this.raw.get(key);
    if (!pending) {
      pending = this.read(actual, dir);
      this.raw.set(key, pending);
    }
    return pending;
  }

  private async read(actual: ModuleVersion, dir: string | undefined): Promise<LoadedSummary> {
    if (dir === undefined) {
      const known = await this.options.source.readGoModSummary?.(actual.path, actual.version);
      if (known) return this.remember(actual, known);
    }
    let file = 'go.mod';
    let text: string;
    try {
      if (dir !== undefined) {
        file = joinPath(dir, 'go.mod');
        if (!this.options.readLocalGoMod) throw new Error('directory replacements cannot be read here');
        text = await this.options.readLocalGoMod(dir);
      } else {
        text = await this.options.source.readGoMod(actual.path, actual.version);
      }
    } catch (err) {
      const reason = dir !== undefined ? `reading ${file}: ${errorText(err)}` : errorText(err);
      throw err instanceof ModuleError ? err : new ModuleError(actual.path, actual.version, new Error(reason, { cause: err }));
    }
    let summary: GoModSummary;
    try {
      summary = this.options.parse(file, text);
    } catch (err) {
      throw new ModuleError(actual.path, actual.version, new Error(`parsing ${file}: ${errorText(err)}`, { cause: err }));
    }
    if (dir === undefined) this.options.source.storeGoModSummary?.(actual.path, actual.version, summary);
    return this.remember(actual, summary);
  }

  private remember(actual: ModuleVersion, summary: GoModSummary): LoadedSummary {
    if (summary.goVersion !== '') this.goVersions.set(moduleKey(actual), summary.goVersion);
    return this.fromSummary(actual, summary);
  }

  private fromSummary(m: ModuleVersion, summary: GoModSummary): LoadedSummary {
    const requires: ModuleVersion[] = summary.requires.map((r) => ({ path: r.path, version: r.version }));
    if (summary.goVersion !== '' && gover.compare(summary.goVersion, GO_STRICT_VERSION) >= 0) {
      requires.push({ path: 'go', version: summary.goVersion });
    }
    if (m.version === '' && summary.goVersion !== '') this.goVersions.set(moduleKey(m), summary.goVersion);
    return { requires, pruning: pruningForGoVersion(summary.goVersion), goVersion: summary.goVersion, raw: summary };
  }
}

function toolchainSummary(m: ModuleVersion): LoadedSummary {
  const requires =
    m.path === 'go' && gover.compare(m.version, GO_STRICT_VERSION) >= 0 ? [{ path: 'toolchain', version: `go${m.version}` }] : [];
  return { requires, pruning: 'pruned', goVersion: '' };
}

function checkModulePath(m: ModuleVersion, actual: ModuleVersion, summary: GoModSummary): void {
  if (summary.module === '') throw new ModuleError(actual.path, actual.version, new Error('parsing go.mod: missing module line'));
  if (summary.module !== m.path && summary.module !== actual.path) {
    throw new ModuleError(actual.path, actual.version, new GoModMismatchError(summary.module, m.path));
  }
}

function errorText(err: unknown): string {
  if (err instanceof ModuleNotFoundError) {
    const prefix = `${err.path}@${err.version}: `;
    return err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
