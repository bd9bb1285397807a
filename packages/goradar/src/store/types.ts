/**
 * The goradar store: what a fleet scan records and what findings and reports read. Everything here
 * is plain data behind the Store interface, so the embedded SQLite implementation
 * (sqlite-store.ts) can be swapped for a server database without touching its users.
 *
 * Ids are surrogate integers local to one database. Natural keys (repo root, snapshot point,
 * module dir, content hash) identify rows across databases and runs; docs/store-schema.md lists
 * every table and column.
 */

import type {
  RunStatus,
  ScanRunRow,
  RepoRow,
  SnapshotRow,
  ModuleRow,
  WorkspaceRow,
  RequirementRow,
  ReplaceRow,
  ExcludeRow,
  RetractRow,
  BuildListRow,
  GraphEdgeRow,
  GoSumRow,
  FileSignalsRow,
  ModuleFileRow,
  ModuleSignalsRow,
  ModuleImportRow,
  DependencyUsageRow,
  ProblemRow,
  FindingRow,
} from './rows.js';
import type {
  GraphModule,
  GraphModuleRow,
  GoSumEntryRow,
  SumEntry,
  WorkspaceBuildListRow,
  WorkspaceGraphEdgeRow,
  WorkspaceGraphModuleRow,
  WorkspaceSumEntryRow,
} from './graph-sum-rows.js';

export type * from './rows.js';
export type * from './graph-sum-rows.js';

/** TableRows maps each store table to its row type. */
export interface TableRows {
  scan_runs: ScanRunRow;
  repos: RepoRow;
  snapshots: SnapshotRow;
  workspaces: WorkspaceRow;
  modules: ModuleRow;
  requirements: RequirementRow;
  replaces: ReplaceRow;
  excludes: ExcludeRow;
  retracts: RetractRow;
  build_lists: BuildListRow;
  graph_edges: GraphEdgeRow;
  go_sums: GoSumRow;
  go_sum_entries: GoSumEntryRow;
  graph_modules: GraphModuleRow;
  workspace_build_lists: WorkspaceBuildListRow;
  workspace_graph_edges: WorkspaceGraphEdgeRow;
  workspace_graph_modules: WorkspaceGraphModuleRow;
  workspace_sum_entries: WorkspaceSumEntryRow;
  file_signals: FileSignalsRow;
  module_files: ModuleFileRow;
  module_signals: ModuleSignalsRow;
  module_imports: ModuleImportRow;
  dependency_usage: DependencyUsageRow;
  problems: ProblemRow;
  findings: FindingRow;
}

/** TableName is the name of a store table. */
export type TableName = keyof TableRows;

/** RowFilter selects rows whose columns equal the given values (all must match). */
export type RowFilter<T extends TableName> = Partial<TableRows[T]>;

/** Without removes the store-assigned id (and other listed keys) from a row type. */
export type Without<R, K extends keyof R> = Omit<R, K>;

/** ModuleData is everything recorded for one module; ids are assigned by the store. */
export interface ModuleData {
  module: Without<ModuleRow, 'id' | 'snapshotId' | 'workspaceId'>;
  /** workspaceDir is the dir of the go.work using this module, null when none. */
  workspaceDir: string | null;
  requirements: Array<Without<RequirementRow, 'moduleId'>>;
  replaces: Array<Without<ReplaceRow, 'moduleId'>>;
  excludes: Array<Without<ExcludeRow, 'moduleId'>>;
  retracts: Array<Without<RetractRow, 'moduleId'>>;
  buildList: Array<Without<BuildListRow, 'moduleId'>>;
  graphEdges: Array<Without<GraphEdgeRow, 'moduleId'>>;
  goSum: Without<GoSumRow, 'moduleId'> | null;
  /** goSumEntries are the go.sum's lines (none without a go.sum). */
  goSumEntries?: SumEntry[];
  /** graphModules are the vertices of the module's graph (none without a graph). */
  graphModules?: GraphModule[];
  files: Array<Without<ModuleFileRow, 'moduleId'>>;
  signals: Without<ModuleSignalsRow, 'moduleId'>;
  imports: Array<Without<ModuleImportRow, 'moduleId'>>;
  usage: Array<Without<DependencyUsageRow, 'moduleId'>>;
}

/** WorkspaceData is one go.work file with its module graph (resolved in workspace mode) and go.work.sum. */
export interface WorkspaceData extends Without<WorkspaceRow, 'id' | 'snapshotId' | 'graphError'> {
  graphError?: string | null;
  buildList?: Array<Without<WorkspaceBuildListRow, 'workspaceId'>>;
  graphEdges?: Array<Without<WorkspaceGraphEdgeRow, 'workspaceId'>>;
  graphModules?: GraphModule[];
  /** sumEntries are the lines of the go.work.sum beside the go.work (none without one). */
  sumEntries?: SumEntry[];
}

/** ProblemData is a problem to record; moduleDir ties it to a module of the same snapshot. */
export interface ProblemData extends Without<ProblemRow, 'id' | 'repoId' | 'snapshotId' | 'moduleId'> {
  moduleDir: string | null;
}

/** SnapshotData is one complete snapshot, written atomically by Store.writeSnapshot. */
export interface SnapshotData {
  snapshot: Without<SnapshotRow, 'id' | 'repoId' | 'scanRunId'>;
  workspaces: WorkspaceData[];
  modules: ModuleData[];
  problems: ProblemData[];
}

/** NewFinding is a finding to insert (the store assigns its id). */
export type NewFinding = Without<FindingRow, 'id'>;

/**
 * Store is the persistence boundary of goradar. Every write method is atomic: it either happens
 * entirely or not at all, so a process killed at any point leaves the store consistent and a
 * re-run converges to the same content.
 */
export interface Store {
  /** schemaVersion is the migration level of the open store. */
  readonly schemaVersion: number;
  /** beginRun records a new scan run in status 'running' and returns its id. */
  beginRun(argsJson: string, startedAt: string): number;
  /** finishRun marks a run complete or failed with its summary counters. */
  finishRun(runId: number, status: Exclude<RunStatus, 'running'>, statsJson: string, finishedAt: string): void;
  /** upsertRepo returns the id of the repo with this root, inserting it when new. */
  upsertRepo(repo: Without<RepoRow, 'id' | 'name'>): number;
  /** findSnapshot returns the snapshot of repoId at point, if one has been written. */
  findSnapshot(repoId: number, point: string): SnapshotRow | undefined;
  /**
   * writeSnapshot replaces the snapshot (repoId, point) and everything under it (modules, their
   * rows, problems; findings attached to the old snapshot are deleted) in one transaction.
   */
  writeSnapshot(repoId: number, runId: number, data: SnapshotData): number;
  /** touchSnapshot records that runId re-confirmed an unchanged snapshot. */
  touchSnapshot(snapshotId: number, runId: number): void;
  /** recordRepoProblems replaces the snapshot-less problems of a repo (e.g. git failures). */
  recordRepoProblems(repoId: number, problems: Array<Without<ProblemData, 'moduleDir'>>): void;
  /** knownContent returns which of hashes already have analysed signals for analyzer. */
  knownContent(hashes: readonly string[], analyzer: string): Set<string>;
  /** putFileSignals stores analysed file contents (idempotent on contentHash + analyzer). */
  putFileSignals(rows: readonly FileSignalsRow[]): void;
  /** fileSignals returns the stored analyses of hashes for analyzer, keyed by content hash. */
  fileSignals(hashes: readonly string[], analyzer: string): Map<string, FileSignalsRow>;
  /** select returns the rows of table whose columns equal filter, in primary-key order. */
  select<T extends TableName>(table: T, filter?: RowFilter<T>): Array<TableRows[T]>;
  /** iterate streams the same rows as select without holding them all in memory. */
  iterate<T extends TableName>(table: T, filter?: RowFilter<T>): IterableIterator<TableRows[T]>;
  /**
   * replaceFindings deletes the findings of the given snapshots (or every finding with 'all')
   * and inserts rows, in one transaction.
   */
  replaceFindings(scope: readonly number[] | 'all', rows: readonly NewFinding[]): void;
  /** close flushes and closes the store. */
  close(): void;
}
