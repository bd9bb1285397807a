import type { ModuleRow, SnapshotRow, Store, TableName } from './types.js';

type Plain = Record<string, unknown>;

const workspaceChildTables: readonly TableName[] = ['workspace_build_lists', 'workspace_graph_edges', 'workspace_graph_modules', 'workspace_sum_entries'];

const moduleChildTables: readonly TableName[] = [
  'requirements',
  'replaces',
  'excludes',
  'retracts',
  'build_lists',
  'graph_edges',
  'go_sums',
  'go_sum_entries',
  'graph_modules',
  'module_files',
  'module_signals',
  'module_imports',
  'dependency_usage',
];

/**
 * canonicalDump renders the store's content as JSON text in which rows are identified by natural
 * keys (repo root, snapshot point, module dir, content hash) instead of ids, and from which scan
 * runs, run ids and timestamps are left out. Two stores holding the same facts dump identically,
 * whatever order or how many runs wrote them.
 */
export function canonicalDump(store: Store): string {
  const repos = store.select('repos').sort((a, b) => compare(a.root, b.root));
  const out = repos.map((repo) => ({
    root: repo.root,
    name: repo.name,
    kind: repo.kind,
    problems: problemsOf(store, { repoId: repo.id, snapshotId: null }),
    snapshots: store
      .select('snapshots', { repoId: repo.id })
      .sort((a, b) => compare(a.point, b.point))
      .map((s) => dumpSnapshot(store, s)),
  }));
  const signals = store
    .select('file_signals')
    .map((row) => ({ ...row }))
    .sort((a, b) => compare(`${a.contentHash} ${a.analyzer}`, `${b.contentHash} ${b.analyzer}`));
  return `${JSON.stringify({ repos: out, fileSignals: signals }, null, 1)}\n`;
}

function dumpSnapshot(store: Store, snapshot: SnapshotRow): Plain {
  const { id, repoId: _repo, scanRunId: _run, ...rest } = snapshot;
  const workspaces = store.select('workspaces', { snapshotId: id });
  const wsDir = new Map(workspaces.map((w) => [w.id, w.dir]));
  const modules = store.select('modules', { snapshotId: id }).sort((a, b) => compare(a.dir, b.dir));
  const moduleDirs = new Map(modules.map((m) => [m.id, m.dir]));
  return {
    ...rest,
    workspaces: workspaces.map(({ id: wsId, snapshotId: _s, ...w }) => ({ ...w, ...childRows(store, workspaceChildTables, { workspaceId: wsId }) })).sort((a, b) => compare(a.dir, b.dir)),
    modules: modules.map((m) => dumpModule(store, m, wsDir)),
    problems: problemsOf(store, { snapshotId: id }, moduleDirs),
    findings: store
      .select('findings', { snapshotId: id })
      .map(({ id: _id, repoId: _r, snapshotId: _s, moduleId, ...f }) => ({ ...f, module: moduleId === null ? null : (moduleDirs.get(moduleId) ?? null) }))
      .sort((a, b) => compare(JSON.stringify(a), JSON.stringify(b))),
  };
}

function dumpModule(store: Store, mod: ModuleRow, wsDir: Map<number, string>): Plain {
  const { id, snapshotId: _s, workspaceId, ...rest } = mod;
  return { ...rest, workspace: workspaceId === null ? null : (wsDir.get(workspaceId) ?? null), ...childRows(store, moduleChildTables, { moduleId: id }) };
}

/** childRows selects the rows of each table owned by one module or workspace, without the owner's id. */
function childRows(store: Store, tables: readonly TableName[], owner: { moduleId: number } | { workspaceId: number }): Plain {
  const children: Plain = {};
  const [key] = Object.keys(owner);
  for (const table of tables) {
    children[table] = store.select(table, owner as never).map((row) => {
      const data = { ...(row as unknown as Plain) };
      delete data[key as string];
      return data;
    });
  }
  return children;
}

function problemsOf(store: Store, filter: { repoId?: number; snapshotId: number | null }, moduleDirs = new Map<number, string>()): Plain[] {
  return store
    .select('problems', filter)
    .map(({ id: _id, repoId: _r, snapshotId: _s, moduleId, ...p }) => ({ ...p, module: moduleId === null ? null : (moduleDirs.get(moduleId) ?? null) }))
    .sort((a, b) => compare(JSON.stringify(a), JSON.stringify(b)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
