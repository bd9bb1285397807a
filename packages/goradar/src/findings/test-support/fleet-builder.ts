/**
 * A compact way to write fleets into a real (in-memory) store for findings and report tests.
 * Requirement lines are numbered from 3 in the order given, replaces after them, excludes after those.
 */
import { openSqliteStore, type SqliteStore } from '../../store/sqlite-store.js';
import { readGoSumFacts } from '../../scan/module-facts.js';
import type { GraphModule, ModuleData, ProblemData, SnapshotData, WorkspaceData } from '../../store/types.js';

/** ModuleSpec describes one module of a snapshot. */
export interface ModuleSpec {
  dir?: string;
  path: string;
  go?: string | null;
  toolchain?: string | null;
  deprecated?: string | null;
  manifestError?: string | null;
  graphError?: string | null;
  /** requires: [path, version, indirect?]. */
  requires?: Array<[string, string, boolean?]>;
  /** replaces: [oldPath, oldVersion, newPath, newVersion]. */
  replaces?: Array<[string, string | null, string, string | null]>;
  excludes?: Array<[string, string]>;
  /** buildList: [path, version, replacement?] without the main module (added at position 0). */
  buildList?: Array<[string, string, string?]>;
  edges?: Array<[string, string, string, string]>;
  goSum?: { lines: number; modules: number; goModOnly?: number; parseError?: string | null } | null;
  /** sum is the go.sum text: its summary and lines are recorded as a scan records them (overrides goSum). */
  sum?: string;
  /**
   * graph lists the graph's vertices: [path, version, loaded (default true), replacement]. Without
   * it, a given build list stands for the vertices (all loaded, with their replacements).
   */
  graph?: GraphSpec;
  /** goFiles is the number of analysed non-test files (0 means none were read). */
  goFiles?: number;
  failedFiles?: number;
  /** imports are the imported package paths of the module's files. */
  imports?: string[];
  aggregate?: Record<string, unknown>;
  workspaceDir?: string | null;
}

/** GraphSpec lists graph vertices: [path, version, loaded (default true), replacement]. */
export type GraphSpec = Array<[string, string, boolean?, string?]>;

/** WorkspaceSpec describes one go.work of a snapshot, with its workspace-mode graph and go.work.sum. */
export interface WorkspaceSpec {
  dir: string;
  goVersion?: string | null;
  manifestError?: string | null;
  uses?: string[];
  graphError?: string | null;
  /** buildList: [path, version, replacement?] without the main modules. */
  buildList?: Array<[string, string, string?]>;
  graph?: GraphSpec;
  /** sum is the go.work.sum text. */
  sum?: string;
}

function graphModules(graph: GraphSpec | undefined, buildList: Array<[string, string, string?]> | undefined): GraphModule[] {
  if (graph) return graph.map(([path, version, loaded, replacement]) => ({ path, version, loaded: loaded ?? true, replacement: replacement ?? null }));
  return (buildList ?? []).map(([path, version, replacement]) => ({ path, version, loaded: true, replacement: replacement ?? null }));
}

/** SnapshotSpec describes one snapshot of a repository. */
export interface SnapshotSpec {
  point?: string;
  cutoff?: string | null;
  commit?: string | null;
  modules: ModuleSpec[];
  workspaces?: WorkspaceSpec[];
  problems?: ProblemData[];
}

/** RepoSpec describes one repository and its snapshots. */
export interface RepoSpec {
  root: string;
  snapshots: SnapshotSpec[];
}

function provider(importPath: string, paths: readonly string[]): string | null {
  let best: string | null = null;
  for (const p of paths) if ((importPath === p || importPath.startsWith(`${p}/`)) && (!best || p.length > best.length)) best = p;
  return best;
}

function moduleData(spec: ModuleSpec): ModuleData {
  const requires = spec.requires ?? [];
  const replaces = spec.replaces ?? [];
  const imports = spec.imports ?? [];
  const reqPaths = requires.map(([p]) => p);
  const importRows = imports.map((importPath) => {
    const prov = provider(importPath, reqPaths);
    const std = !importPath.split('/')[0]?.includes('.');
    return { importPath, provider: prov ? ('dependency' as const) : std ? ('std' as const) : ('unknown' as const), providerPath: prov, files: 1, testFiles: 0 };
  });
  const usage = requires.map(([path, version, indirect]) => ({
    path,
    requirement: indirect ? ('indirect' as const) : ('direct' as const),
    version,
    importedFiles: importRows.filter((i) => i.providerPath === path).length,
    importedTestFiles: 0,
  }));
  const goFiles = spec.goFiles ?? 0;
  const sum = spec.sum === undefined ? undefined : readGoSumFacts('go.sum', spec.sum);
  return {
    module: { dir: spec.dir ?? '.', path: spec.path, goVersion: spec.go === undefined ? '1.22' : spec.go, toolchain: spec.toolchain ?? null, deprecated: spec.deprecated ?? null, manifestError: spec.manifestError ?? null, graphError: spec.graphError ?? null },
    workspaceDir: spec.workspaceDir ?? null,
    requirements: requires.map(([path, version, indirect], i) => ({ path, version, indirect: Boolean(indirect), line: 3 + i })),
    replaces: replaces.map(([oldPath, oldVersion, newPath, newVersion], i) => ({ oldPath, oldVersion, newPath, newVersion, line: 3 + requires.length + i })),
    excludes: (spec.excludes ?? []).map(([path, version], i) => ({ path, version, line: 3 + requires.length + replaces.length + i })),
    retracts: [],
    buildList: spec.buildList ? [{ position: 0, path: spec.path, version: '', replacement: null }, ...spec.buildList.map(([path, version, replacement], i) => ({ position: i + 1, path, version, replacement: replacement ?? null }))] : [],
    graphEdges: (spec.edges ?? []).map(([fromPath, fromVersion, toPath, toVersion]) => ({ fromPath, fromVersion, toPath, toVersion })),
    goSum: sum ? sum.summary : spec.goSum ? { lines: spec.goSum.lines, modules: spec.goSum.modules, goModOnly: spec.goSum.goModOnly ?? 0, parseError: spec.goSum.parseError ?? null } : null,
    goSumEntries: sum?.entries ?? [],
    graphModules: spec.buildList || spec.graph ? graphModules(spec.graph, spec.buildList) : [],
    files: [],
    signals: { files: goFiles, testFiles: 0, bytes: goFiles * 100, failedFiles: spec.failedFiles ?? 0, aggregateJson: JSON.stringify(spec.aggregate ?? {}) },
    imports: importRows,
    usage,
  };
}

function workspaceData(w: WorkspaceSpec): WorkspaceData {
  const main = { position: 0, path: 'workspace', version: '', replacement: null };
  return {
    dir: w.dir,
    goVersion: w.goVersion === undefined ? '1.22' : w.goVersion,
    toolchain: null,
    usesJson: JSON.stringify(w.uses ?? []),
    manifestError: w.manifestError ?? null,
    graphError: w.graphError ?? null,
    buildList: w.buildList ? [main, ...w.buildList.map(([path, version, replacement], i) => ({ position: i + 1, path, version, replacement: replacement ?? null }))] : [],
    graphEdges: [],
    graphModules: w.buildList || w.graph ? graphModules(w.graph, w.buildList) : [],
    sumEntries: w.sum === undefined ? [] : readGoSumFacts('go.work.sum', w.sum).entries,
  };
}

/** impliedWorkspaces adds a go.work for every workspaceDir a module names that the spec does not list. */
function impliedWorkspaces(spec: SnapshotSpec): NonNullable<SnapshotSpec['workspaces']> {
  const listed = new Set((spec.workspaces ?? []).map((w) => w.dir));
  const named = spec.modules.map((m) => m.workspaceDir).filter((d): d is string => typeof d === 'string' && !listed.has(d));
  return [...new Set(named)].map((dir) => ({ dir }));
}

function snapshotData(spec: SnapshotSpec): SnapshotData {
  const point = spec.point ?? 'current';
  return {
    snapshot: { point, cutoff: spec.cutoff ?? null, source: point === 'current' ? 'worktree' : 'commit', commit: spec.commit ?? null, commitTime: null },
    workspaces: [...(spec.workspaces ?? []), ...impliedWorkspaces(spec)].map(workspaceData),
    modules: spec.modules.map(moduleData),
    problems: spec.problems ?? [],
  };
}

/** buildFleetStore writes repos into a fresh store (in memory unless file is given) and returns it. */
export function buildFleetStore(repos: readonly RepoSpec[], file = ':memory:'): SqliteStore {
  const store = openSqliteStore(file);
  const runId = store.beginRun('{}', '2026-01-01T00:00:00.000Z');
  for (const repo of repos) {
    const repoId = store.upsertRepo({ root: repo.root, kind: 'git' });
    for (const snapshot of repo.snapshots) store.writeSnapshot(repoId, runId, snapshotData(snapshot));
  }
  store.finishRun(runId, 'complete', '{}', '2026-01-01T00:00:01.000Z');
  return store;
}
