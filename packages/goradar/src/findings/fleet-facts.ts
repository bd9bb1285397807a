import type {
  BuildListRow,
  DependencyUsageRow,
  ExcludeRow,
  GoSumRow,
  GraphEdgeRow,
  ModuleImportRow,
  ModuleRow,
  ModuleSignalsRow,
  ProblemRow,
  RepoRow,
  ReplaceRow,
  RequirementRow,
  SnapshotRow,
  Store,
  GoSumEntryRow,
  GraphModuleRow,
  WorkspaceBuildListRow,
  WorkspaceGraphModuleRow,
  WorkspaceRow,
  WorkspaceSumEntryRow,
} from '../store/types.js';
import { latestSnapshots } from './fact-index.js';

/**
 * FleetFacts are the stored facts the findings rules and the report read: plain rows, loaded once
 * from the store so that everything downstream is a pure function of them.
 */
export interface FleetFacts {
  repos: RepoRow[];
  snapshots: SnapshotRow[];
  workspaces: WorkspaceRow[];
  modules: ModuleRow[];
  requirements: RequirementRow[];
  replaces: ReplaceRow[];
  excludes: ExcludeRow[];
  buildLists: BuildListRow[];
  graphEdges: GraphEdgeRow[];
  goSums: GoSumRow[];
  /** goSumEntries, graphModules and the workspace rows below are loaded for the latest snapshots only (what the rules judge). */
  goSumEntries: GoSumEntryRow[];
  graphModules: GraphModuleRow[];
  workspaceBuildLists: WorkspaceBuildListRow[];
  workspaceGraphModules: WorkspaceGraphModuleRow[];
  workspaceSumEntries: WorkspaceSumEntryRow[];
  usage: DependencyUsageRow[];
  imports: ModuleImportRow[];
  moduleSignals: ModuleSignalsRow[];
  problems: ProblemRow[];
}

/** FactReader is the part of the Store that loading facts needs. */
export type FactReader = Pick<Store, 'select'>;

/**
 * loadFleetFacts reads every table the rules and the report use from store. The large per-line
 * tables (go.sum lines, graph vertices, workspace graphs) are read for the latest snapshot of each
 * repository only.
 */
export function loadFleetFacts(store: FactReader): FleetFacts {
  const snapshots = store.select('snapshots');
  const workspaces = store.select('workspaces');
  const modules = store.select('modules');
  const latest = new Set(latestSnapshots(snapshots).map((s) => s.id));
  const latestModules = modules.filter((m) => latest.has(m.snapshotId)).map((m) => ({ moduleId: m.id }));
  const latestWorkspaces = workspaces.filter((w) => latest.has(w.snapshotId)).map((w) => ({ workspaceId: w.id }));
  return {
    repos: store.select('repos'),
    snapshots,
    workspaces,
    modules,
    requirements: store.select('requirements'),
    replaces: store.select('replaces'),
    excludes: store.select('excludes'),
    buildLists: store.select('build_lists'),
    graphEdges: store.select('graph_edges'),
    goSums: store.select('go_sums'),
    goSumEntries: latestModules.flatMap((owner) => store.select('go_sum_entries', owner)),
    graphModules: latestModules.flatMap((owner) => store.select('graph_modules', owner)),
    workspaceBuildLists: latestWorkspaces.flatMap((owner) => store.select('workspace_build_lists', owner)),
    workspaceGraphModules: latestWorkspaces.flatMap((owner) => store.select('workspace_graph_modules', owner)),
    workspaceSumEntries: latestWorkspaces.flatMap((owner) => store.select('workspace_sum_entries', owner)),
    usage: store.select('dependency_usage'),
    imports: store.select('module_imports'),
    moduleSignals: store.select('module_signals'),
    problems: store.select('problems'),
  };
}

/** emptyFleetFacts returns facts with no rows (a fresh store). */
export function emptyFleetFacts(): FleetFacts {
  return {
    repos: [],
    snapshots: [],
    workspaces: [],
    modules: [],
    requirements: [],
    replaces: [],
    excludes: [],
    buildLists: [],
    graphEdges: [],
    goSums: [],
    goSumEntries: [],
    graphModules: [],
    workspaceBuildLists: [],
    workspaceGraphModules: [],
    workspaceSumEntries: [],
    usage: [],
    imports: [],
    moduleSignals: [],
    problems: [],
  };
}
