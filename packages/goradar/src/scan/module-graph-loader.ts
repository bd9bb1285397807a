import { homedir } from 'node:os';
import { loadModuleGraph, parseGoMod, summaryFromGoMod, type ModuleGraph, type ModuleVersion } from '@goradar/gomod';
import { offlineSource } from '../modload/default-source.js';
import { readGoEnv } from '../modload/go-env.js';
import type { RequirementSource } from '../modload/requirement-source.js';
import type { GraphLoader, GraphRequest, LoadedGraph } from './graph-loader.js';

/**
 * offlineGraphLoader resolves each main module's graph without the network, as the go command
 * would with GOFLAGS=-mod=mod and GOWORK=off: from the module cache (GOMODCACHE semantics), then
 * each file:// GOPROXY entry. A go.mod missing from those sources makes load reject with the
 * go command's error, which the scan records on the module.
 */
export function offlineGraphLoader(env: Readonly<Record<string, string | undefined>>, source?: RequirementSource): GraphLoader {
  const requirements = source ?? offlineSource(readGoEnv(env, homedir()));
  return { load: (request) => loadGraph(requirements, request) };
}

async function loadGraph(source: RequirementSource, request: GraphRequest): Promise<LoadedGraph> {
  const parsed = parseGoMod('go.mod', request.goModText);
  if (!parsed.ok) throw new Error(parsed.errors.message);
  const summary = summaryFromGoMod(parsed.value);
  const dir = request.dir ?? `/nonexistent/${request.modulePath}`;
  const graph = await loadModuleGraph({
    mainModules: [{ path: summary.module, dir, goModFile: `${dir}/go.mod`, summary }],
    source,
    ...(request.readLocalGoMod ? { readLocalGoMod: request.readLocalGoMod } : {}),
    rootFixup: 'mod',
  });
  if (graph.error) throw new Error(graph.error.message);
  return toLoadedGraph(graph);
}

/** toLoadedGraph turns a module graph into store rows: `go list -m all` and `go mod graph`. */
export function toLoadedGraph(graph: ModuleGraph): LoadedGraph {
  const buildList = graph.modules().map((m) => ({ path: m.path, version: m.version, replacement: replacementOf(graph, m) }));
  const edges = graph.edges().map((e) => ({ fromPath: e.from.path, fromVersion: e.from.version, toPath: e.to.path, toVersion: e.to.version }));
  return { buildList, edges };
}

function replacementOf(graph: ModuleGraph, m: ModuleVersion): string | null {
  if (graph.isMainModule(m)) return null;
  const r = graph.replacement(m)?.replacement;
  if (!r) return null;
  return r.version === '' ? r.path : `${r.path}@${r.version}`;
}
