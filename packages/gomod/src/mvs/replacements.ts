import { isDirectoryPath } from '../modfile/index.js';
import type { ModuleVersion } from '../module/index.js';
import { compareVersions } from './compare.js';
import { isAbsolutePath, joinPath, relativePath, resolvePath, toDirectoryPath } from './dir-path.js';
import { formatModule, moduleKey } from './graph.js';
import { GraphSetupError } from './errors.js';
import type { GoModSummary, GoWorkSummary, Replacement } from './summary.js';

/** MainModule is one main module: its path, its directory and its go.mod (strictly parsed). */
export interface MainModule {
  path: string;
  /** dir is the module root directory (absolute, slash-separated). */
  dir: string;
  /** goModFile is the go.mod file name used in messages and in `go list -json` (GoMod). */
  goModFile: string;
  summary: GoModSummary;
}

/** Workspace is a go.work file and its directory. */
export interface Workspace {
  dir: string;
  file: string;
  summary: GoWorkSummary;
}

/** ResolvedReplacement is the replacement that applies to one module version. */
export interface ResolvedReplacement {
  /** replacement is the target as the go command shows it (`go list -m`): module@version, or a directory. */
  replacement: ModuleVersion;
  /** dir is the directory to read go.mod from, for a directory replacement (absolute when the main module's dir is). */
  dir?: string;
  /** file is the go.mod or go.work file that declared the replacement. */
  file: string;
}

type ReplaceMap = Map<string, ModuleVersion>;

interface IndexedModule {
  module: MainModule;
  replace: ReplaceMap;
}

function toReplaceMap(replaces: readonly Replacement[]): ReplaceMap {
  const map: ReplaceMap = new Map();
  for (const r of replaces) {
    const key = moduleKey(r.old);
    const prev = map.get(key);
    if (prev && (prev.path !== r.new.path || prev.version !== r.new.version)) {
      throw new GraphSetupError(`conflicting replacements for ${formatModule(r.old)}:\n\t${formatModule(prev)}\n\t${formatModule(r.new)}`);
    }
    map.set(key, r.new);
  }
  return map;
}

function lookupIn(map: ReplaceMap, m: ModuleVersion): { from: string; to: ModuleVersion } | undefined {
  const exact = map.get(moduleKey(m));
  if (exact) return { from: m.version, to: exact };
  const wildcard = map.get(moduleKey({ path: m.path, version: '' }));
  return wildcard ? { from: '', to: wildcard } : undefined;
}

/**
 * ReplacementTable answers which replacement applies to a module version: in workspace mode the
 * go.work file's (exact version, then wildcard) first, then the main modules' go.mod files (exact,
 * then wildcard). Main modules themselves are never replaced.
 * https://go.dev/ref/mod#go-mod-file-replace
 */
export class ReplacementTable {
  private readonly work: ReplaceMap;
  private readonly modules: IndexedModule[];
  private readonly workspace: Workspace | undefined;
  private readonly mainPaths: Set<string>;
  /** highestReplaced maps each replaced path to its highest replaced version ('' for a wildcard). */
  readonly highestReplaced = new Map<string, string>();

  constructor(mainModules: readonly MainModule[], workspace?: Workspace) {
    this.workspace = workspace;
    this.mainPaths = new Set(mainModules.map((m) => m.path));
    this.work = toReplaceMap(workspace?.summary.replaces ?? []);
    this.modules = mainModules.map((module) => ({ module, replace: toReplaceMap(module.summary.replaces) }));
    this.checkWorkspace(mainModules);
    for (const r of [...(workspace?.summary.replaces ?? []), ...mainModules.flatMap((m) => m.summary.replaces)]) {
      const v = this.highestReplaced.get(r.old.path);
      if (v === undefined || compareVersions(r.old.path, r.old.version, v) > 0) this.highestReplaced.set(r.old.path, r.old.version);
    }
  }

  /** lookup returns the replacement for m, or undefined when m is not replaced. */
  lookup(m: ModuleVersion): ResolvedReplacement | undefined {
    if (m.version === '' && this.mainPaths.has(m.path)) return undefined;
    const fromWork = lookupIn(this.work, m);
    if (fromWork && this.workspace) return this.resolve(fromWork.to, this.workspace.dir, this.workspace.file, false);
    let found: { to: ModuleVersion; module: MainModule } | undefined;
    for (const { module, replace } of this.modules) {
      const hit = lookupIn(replace, m);
      if (!hit) continue;
      // The go command compares against an empty "from" here (its foundFrom is never updated), so
      // only a later exact-version replacement that disagrees is a conflict; otherwise the last wins.
      if (found && hit.from !== '' && (found.to.path !== hit.to.path || found.to.version !== hit.to.version)) {
        throw new GraphSetupError(
          `conflicting replacements found for ${formatModule(m)} in workspace modules defined by ${found.module.goModFile} and ${module.goModFile}`,
        );
      }
      found = { to: hit.to, module };
    }
    if (!found) return undefined;
    return this.resolve(found.to, found.module.dir, found.module.goModFile, this.workspace !== undefined);
  }

  private resolve(to: ModuleVersion, baseDir: string, file: string, relativeToWork: boolean): ResolvedReplacement {
    if (to.version !== '') return { replacement: to, file };
    let shown = to;
    if (relativeToWork && this.workspace && !isAbsolutePath(to.path)) {
      const abs = joinPath(baseDir, to.path);
      const rel = relativePath(this.workspace.dir, abs);
      shown = { path: toDirectoryPath(rel ?? abs, isDirectoryPath), version: '' };
    }
    const base = this.workspace ? this.workspace.dir : baseDir;
    return { replacement: shown, dir: resolvePath(base, shown.path), file };
  }

  private checkWorkspace(mainModules: readonly MainModule[]): void {
    if (!this.workspace) return;
    for (const r of this.workspace.summary.replaces) {
      if (this.mainPaths.has(r.old.path) && r.old.version === '') {
        throw new GraphSetupError(
          `workspace module ${r.old.path} is replaced at all versions in the go.work file. To fix, remove the replacement from the go.work file or specify the version at which to replace the module.`,
        );
      }
    }
    const replacedByWork = new Set(this.workspace.summary.replaces.map((r) => r.old.path));
    const seen = new Map<string, ModuleVersion>();
    for (const m of mainModules) {
      const own = new Set<string>();
      for (const r of m.summary.replaces) {
        if (replacedByWork.has(r.old.path)) continue;
        const target = r.new.version === '' && !isAbsolutePath(r.new.path) ? { path: joinPath(m.dir, r.new.path), version: '' } : r.new;
        const key = moduleKey(r.old);
        const prev = seen.get(key);
        if (prev && !own.has(key) && (prev.path !== target.path || prev.version !== target.version)) {
          const old = formatModule(r.old);
          throw new GraphSetupError(
            `conflicting replacements for ${old}:\n\t${formatModule(prev)}\n\t${formatModule(target)}\nuse "go work edit -replace ${old}=[override]" to resolve`,
          );
        }
        own.add(key);
        seen.set(key, target);
      }
    }
  }
}
