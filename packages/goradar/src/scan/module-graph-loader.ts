import { join } from 'node:path';
import { gover, loadModuleGraph, type ModuleGraph, type ModuleVersion } from '@goradar/gomod';
import type { GoEnv } from '../modfetch/go-env.js';
import { offlineSource } from '../modload/default-source.js';
import { mainModuleFromText, workspaceFromText } from '../modload/find-main-modules.js';
import type { RequirementSource } from '../modload/requirement-source.js';
import type { GraphLoader, GraphRequest, LoadedGraph, WorkspaceGraphRequest } from './graph-loader.js';

/**
 * sourceGraphLoader resolves graphs from a requirement source, as the go command would with
 * GOFLAGS=-mod=mod: each main module on its own (GOWORK=off), and each go.work workspace in
 * workspace mode. Main go.mod versions are checked as go checks them (major version suffixes). A
 * graph that cannot be resolved makes load reject with the go command's error, which the scan
 * records.
 */
export function sourceGraphLoader(source: RequirementSource): GraphLoader {
  return { load: (request) => loadGraph(source, request), loadWorkspace: (request) => loadWorkspaceGraph(source, request) };
}

/**
 * offlineGraphLoader resolves graphs without the network: from the module cache (GOMODCACHE
 * semantics), then each file:// GOPROXY entry.
 */
export function offlineGraphLoader(goEnv: GoEnv): GraphLoader {
  return sourceGraphLoader(offlineSource(goEnv, { offlineReason: 'a scan without --online' }));
}

async function loadGraph(source: RequirementSource, request: GraphRequest): Promise<LoadedGraph> {
  const dir = request.dir ?? `/nonexistent/${request.modulePath}`;
  const main = mainModuleFromText(dir, join(dir, 'go.mod'), request.goModText);
  const graph = await loadModuleGraph({
    mainModules: [main],
    source,
    ...(request.readLocalGoMod ? { readLocalGoMod: request.readLocalGoMod } : {}),
    rootFixup: 'mod',
  });
  return toLoadedGraph(graph);
}

async function loadWorkspaceGraph(source: RequirementSource, request: WorkspaceGraphRequest): Promise<LoadedGraph> {
  const set = await workspaceFromText(join(request.dir, 'go.work'), request.goWorkText, request.readGoMod);
  const graph = await loadModuleGraph({ mainModules: set.mainModules, ...(set.workspace ? { workspace: set.workspace } : {}), source, readLocalGoMod: request.readGoMod });
  return toLoadedGraph(graph);
}

/**
 * toLoadedGraph turns a module graph into store rows: `go list -m all`, `go mod graph` and the graph's
 * vertices; it throws the graph's error when the graph could not be loaded.
 */
export function toLoadedGraph(graph: ModuleGraph): LoadedGraph {
  if (graph.error) throw new Error(graph.error.message);
  const buildList = graph.modules().map((m) => ({ path: m.path, version: m.version, replacement: replacementOf(graph, m) }));
  const edges = graph.edges().map((e) => ({ fromPath: e.from.path, fromVersion: e.from.version, toPath: e.to.path, toVersion: e.to.version }));
  const modules = graph
    .vertices()
    .filter((m) => !graph.isMainModule(m) && !gover.isToolchainModule(m.path) && m.version !== 'none')
    .map((m) => ({ path: m.path, version: m.version, loaded: graph.requiredBy(m) !== undefined, replacement: replacementOf(graph, m) }));
  return { buildList, edges, modules };
}

function replacementOf(graph: ModuleGraph, m: ModuleVersion): string | null {
  if (graph.isMainModule(m)) return null;
  const r = graph.replacement(m)?.replacement;
  if (!r) return null;
  return r.version === '' ? r.path : `${r.path}@${r.version}`;
}
