import type { ModuleData, SnapshotData, TableName, WorkspaceData } from './types.js';

/** SnapshotWrite is what writeSnapshotRows records: one snapshot of one repo by one run. */
export interface SnapshotWrite {
  repoId: number;
  runId: number;
  data: SnapshotData;
}

type Insert = (table: TableName, row: object) => number;

/**
 * writeSnapshotRows inserts a snapshot and every row under it through insert, resolving the
 * directory references (workspaceDir, moduleDir) to the ids just assigned. The caller provides the
 * transaction and removes any previous snapshot at the same point first.
 */
export function writeSnapshotRows(insert: Insert, write: SnapshotWrite): number {
  const { repoId, runId, data } = write;
  const snapshotId = insert('snapshots', { ...data.snapshot, repoId, scanRunId: runId });
  const workspaceIds = new Map<string, number>();
  for (const ws of data.workspaces) workspaceIds.set(ws.dir, insertWorkspace(insert, snapshotId, ws));
  const moduleIds = new Map<string, number>();
  for (const mod of data.modules) {
    const workspaceId = mod.workspaceDir === null ? null : (workspaceIds.get(mod.workspaceDir) ?? null);
    const moduleId = insert('modules', { ...mod.module, snapshotId, workspaceId });
    moduleIds.set(mod.module.dir, moduleId);
    insertModuleRows(insert, moduleId, mod);
  }
  for (const { moduleDir, ...problem } of data.problems) {
    const moduleId = moduleDir === null ? null : (moduleIds.get(moduleDir) ?? null);
    insert('problems', { ...problem, repoId, snapshotId, moduleId });
  }
  return snapshotId;
}

function insertAll(insert: Insert, lists: Array<[TableName, readonly object[] | undefined]>, owner: object): void {
  for (const [table, rows] of lists) for (const row of rows ?? []) insert(table, { ...row, ...owner });
}

function insertWorkspace(insert: Insert, snapshotId: number, ws: WorkspaceData): number {
  const { buildList, graphEdges, graphModules, sumEntries, graphError, ...row } = ws;
  const workspaceId = insert('workspaces', { ...row, graphError: graphError ?? null, snapshotId });
  insertAll(
    insert,
    [
      ['workspace_build_lists', buildList],
      ['workspace_graph_edges', graphEdges],
      ['workspace_graph_modules', graphModules],
      ['workspace_sum_entries', sumEntries],
    ],
    { workspaceId },
  );
  return workspaceId;
}

function insertModuleRows(insert: Insert, moduleId: number, mod: ModuleData): void {
  insertAll(
    insert,
    [
      ['requirements', mod.requirements],
      ['replaces', mod.replaces],
      ['excludes', mod.excludes],
      ['retracts', mod.retracts],
      ['build_lists', mod.buildList],
      ['graph_edges', mod.graphEdges],
      ['graph_modules', mod.graphModules],
      ['module_files', mod.files],
      ['module_imports', mod.imports],
      ['dependency_usage', mod.usage],
      ['go_sum_entries', mod.goSumEntries],
    ],
    { moduleId },
  );
  if (mod.goSum) insert('go_sums', { ...mod.goSum, moduleId });
  insert('module_signals', { ...mod.signals, moduleId });
}
