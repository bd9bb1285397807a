import type { GraphModule } from '../store/types.js';

/** GraphRequest asks for one main module's build list and requirement graph. */
export interface GraphRequest {
  /** dir is the module's absolute directory on disk (for directory replacements), when it has one. */
  dir: string | undefined;
  modulePath: string;
  goModText: string;
  /** readLocalGoMod reads the go.mod of a directory replacement (absolute dir), from disk or a commit. */
  readLocalGoMod?: (dir: string) => Promise<string>;
}

/** WorkspaceGraphRequest asks for the module graph of a go.work workspace, resolved in workspace mode. */
export interface WorkspaceGraphRequest {
  /** dir is the absolute directory of the go.work file (on disk for working trees, as it would be for commits). */
  dir: string;
  goWorkText: string;
  /** readGoMod reads the go.mod in an absolute directory (a `use` module or a directory replacement) from the same tree. */
  readGoMod: (dir: string) => Promise<string>;
}

/** LoadedGraph is a main module's (or workspace's) build list (`go list -m all` order), graph (`go mod graph`) and graph vertices. */
export interface LoadedGraph {
  buildList: Array<{ path: string; version: string; replacement: string | null }>;
  edges: Array<{ fromPath: string; fromVersion: string; toPath: string; toVersion: string }>;
  modules: GraphModule[];
}

/**
 * GraphLoader resolves module graphs (offline from the module cache or a file:// proxy, or online).
 * load rejects with the reason when a graph cannot be resolved; the scan records the reason.
 */
export interface GraphLoader {
  load(request: GraphRequest): Promise<LoadedGraph>;
  /** loadWorkspace resolves a go.work workspace as the go command does in workspace mode. */
  loadWorkspace?(request: WorkspaceGraphRequest): Promise<LoadedGraph>;
}

/** GraphUnavailableError says no graph loader was configured: recorded on modules, not as a problem. */
export class GraphUnavailableError extends Error {
  constructor() {
    super('module graph loading is unavailable in this build');
    this.name = 'GraphUnavailableError';
  }
}

/** unavailableGraphLoader is used when no graph loader is configured: every module says so. */
export const unavailableGraphLoader: GraphLoader = {
  load: () => Promise.reject(new GraphUnavailableError()),
};
