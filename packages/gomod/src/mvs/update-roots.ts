import type { ModuleVersion } from '../module/index.js';
import { compareVersions, sortModules } from './compare.js';
import { moduleKey, type RequirementGraph } from './graph.js';
import { req } from './mvs.js';

/** allRootsSelected reports whether every root is at the version the graph selects for its path. */
export function allRootsSelected(graph: RequirementGraph, roots: readonly ModuleVersion[]): boolean {
  return roots.every((m) => graph.selected(m.path) === m.version);
}

/**
 * raisePrunedRoots returns the roots of a pruned main module moved to their selected versions, once
 * per path and without the main module's own path (one step of modload.updatePrunedRoots).
 */
export function raisePrunedRoots(
  graph: RequirementGraph,
  roots: readonly ModuleVersion[],
  mainPaths: ReadonlySet<string>,
): { roots: ModuleVersion[]; upgraded: boolean } {
  const inRootPaths = new Set(mainPaths);
  const out: ModuleVersion[] = [];
  let upgraded = false;
  for (const m of roots) {
    if (inRootPaths.has(m.path)) continue;
    const v = graph.selected(m.path);
    out.push({ path: m.path, version: v });
    inRootPaths.add(m.path);
    if (v !== m.version) upgraded = true;
  }
  return { roots: out, upgraded };
}

/**
 * minimalUnprunedRoots recomputes the roots of an unpruned main module whose go.mod lists versions
 * the graph does not select (modload.updateUnprunedRoots): roots already at their selected version
 * stay, every direct dependency becomes a root, and mvs.Req adds whatever else keeps the build list.
 */
export function minimalUnprunedRoots(options: {
  graph: RequirementGraph;
  mainModule: ModuleVersion;
  roots: readonly ModuleVersion[];
  buildList: readonly ModuleVersion[];
  direct: ReadonlySet<string>;
}): ModuleVersion[] {
  const { graph, mainModule, roots, direct } = options;
  const rootPaths: string[] = [];
  const inRootPaths = new Set<string>();
  for (const root of roots) {
    if (!inRootPaths.has(root.path) && graph.selected(root.path) === root.version) {
      rootPaths.push(root.path);
      inRootPaths.add(root.path);
    }
  }
  const keep = options.buildList.filter((m) => !(m.path === mainModule.path && m.version === ''));
  for (const m of keep) {
    if (direct.has(m.path) && !inRootPaths.has(m.path)) {
      rootPaths.push(m.path);
      inRootPaths.add(m.path);
    }
  }
  const mainKey = moduleKey(mainModule);
  const reqs = {
    required: (m: ModuleVersion) => (moduleKey(m) === mainKey ? keep : m.version === 'none' ? [] : (graph.requiredBy(m) ?? [])),
    max: (path: string, v1: string, v2: string) => (compareVersions(path, v1, v2) < 0 ? v2 : v1),
  };
  return sortModules(req(mainModule, rootPaths, reqs));
}
