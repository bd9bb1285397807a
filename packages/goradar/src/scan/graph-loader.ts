/** GraphRequest asks for one main module's build list and requirement graph. */
export interface GraphRequest {
  /** dir is the module's absolute directory on disk (for directory replacements), when it has one. */
  dir: string | undefined;
  modulePath: string;
  goModText: string;
  /** readLocalGoMod reads the go.mod of a directory replacement (absolute dir), from disk or a commit. */
  readLocalGoMod?: (dir: string) => Promise<string>;
}

/** LoadedGraph is a main module's build list (`go list -m all` order) and graph (`go mod graph`). */
export interface LoadedGraph {
  buildList: Array<{ path: string; version: string; replacement: string | null }>;
  edges: Array<{ fromPath: string; fromVersion: string; toPath: string; toVersion: string }>;
}

/**
 * GraphLoader resolves module graphs (offline from the module cache or a file:// proxy, or online).
 * load rejects with the reason when a graph cannot be resolved; the scan records the reason.
 */
export interface GraphLoader {
  load(request: GraphRequest): Promise<LoadedGraph>;
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
