import type { ModuleVersion } from '../module/index.js';
import { compareVersions } from './compare.js';
import { moduleKey, RequirementGraph } from './graph.js';
import type { SummaryLoader } from './summary-loader.js';
import type { Pruning } from './summary.js';
import { WorkQueue } from './work-queue.js';

/** LoadedGraph is a requirement graph together with the modules whose go.mod could not be used. */
export interface LoadedGraph {
  graph: RequirementGraph;
  /** errors maps the key of each module version that failed to load to its error. */
  errors: Map<string, unknown>;
}

/** ReadModGraphOptions describe one graph load. */
export interface ReadModGraphOptions {
  loader: SummaryLoader;
  pruning: Pruning;
  /** roots are the main module's requirements (single module) or the workspace modules plus go/toolchain. */
  roots: readonly ModuleVersion[];
  /** mainModule is the single main module (absent in workspace mode). */
  mainModule?: ModuleVersion;
  concurrency?: number;
}

/**
 * readModGraph loads the module graph from roots (modload.readModGraph): every root's go.mod is read;
 * below a pruned module (go 1.17 and later) its requirements are vertices but their go.mod files
 * are not read, while everything below an unpruned module is loaded transitively. In workspace mode,
 * dependencies of the workspace modules are re-read at their selected versions until nothing changes.
 * https://go.dev/ref/mod#graph-pruning
 */
export async function readModGraph(options: ReadModGraphOptions): Promise<LoadedGraph> {
  const { loader, pruning, roots, mainModule } = options;
  const graphRoots = mainModule ? [mainModule] : roots;
  const graph = new RequirementGraph(compareVersions, graphRoots);
  if (mainModule) graph.require(mainModule, roots);
  const errors = new Map<string, unknown>();
  const queue = new WorkQueue(options.concurrency ?? 32);
  const loading = new Set<string>();
  const loaded = new Map<string, Promise<Awaited<ReturnType<SummaryLoader['load']>> | undefined>>();

  const loadOne = (m: ModuleVersion) => {
    let pending = loaded.get(moduleKey(m));
    if (!pending) {
      pending = loader.load(m).then(
        (summary) => {
          graph.require(m, summary.requires);
          return summary;
        },
        (err: unknown) => {
          errors.set(moduleKey(m), err);
          return undefined;
        },
      );
      loaded.set(moduleKey(m), pending);
    }
    return pending;
  };

  const enqueue = (m: ModuleVersion, mode: Pruning): void => {
    if (m.version === 'none') return;
    const dedupKey = `${moduleKey(m)} ${mode}`;
    if (loading.has(dedupKey)) return;
    loading.add(dedupKey);
    queue.add(async () => {
      const summary = await loadOne(m);
      if (!summary) return;
      const next = mode === 'unpruned' ? 'unpruned' : summary.pruning;
      for (const r of summary.requires) {
        if (mode !== 'pruned' || summary.pruning === 'unpruned') enqueue(r, next);
      }
    });
  };

  for (const r of roots) enqueue(r, pruning);
  await queue.idle();
  if (pruning === 'workspace') await reloadAtSelectedVersions(graph, roots, enqueue, queue);
  return { graph, errors };
}

async function reloadAtSelectedVersions(
  graph: RequirementGraph,
  roots: readonly ModuleVersion[],
  enqueue: (m: ModuleVersion, mode: Pruning) => void,
  queue: WorkQueue,
): Promise<void> {
  const hasDepsInAll = new Set(roots.map((m) => m.path));
  const seen = new Set<string>();
  for (;;) {
    const needed = new Map<string, ModuleVersion>();
    for (const path of hasDepsInAll) {
      const m = { path, version: graph.selected(path) };
      if (!seen.has(moduleKey(m))) {
        needed.set(moduleKey(m), m);
        continue;
      }
      for (const r of graph.requiredBy(m) ?? []) {
        const s = { path: r.path, version: graph.selected(r.path) };
        if (compareVersions(r.path, s.version, r.version) > 0 && !seen.has(moduleKey(s))) needed.set(moduleKey(s), s);
      }
    }
    if (needed.size === 0) return;
    for (const m of needed.values()) {
      enqueue(m, 'workspace');
      seen.add(moduleKey(m));
      hasDepsInAll.add(m.path);
    }
    await queue.idle();
  }
}
