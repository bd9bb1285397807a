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
  WorkspaceRow,
} from '../store/types.js';

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
  usage: DependencyUsageRow[];
  imports: ModuleImportRow[];
  moduleSignals: ModuleSignalsRow[];
  problems: ProblemRow[];
}

/** FactReader is the part of the Store that loading facts needs. */
export type FactReader = Pick<Store, 'select'>;

/** loadFleetFacts reads every table the rules and the report use from store. */
export function loadFleetFacts(store: FactReader): FleetFacts {
  return {
    repos: store.select('repos'),
    snapshots: store.select('snapshots'),
    workspaces: store.select('workspaces'),
    modules: store.select('modules'),
    requirements: store.select('requirements'),
    replaces: store.select('replaces'),
    excludes: store.select('excludes'),
    buildLists: store.select('build_lists'),
    graphEdges: store.select('graph_edges'),
    goSums: store.select('go_sums'),
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
    usage: [],
    imports: [],
    moduleSignals: [],
    problems: [],
  };
}
