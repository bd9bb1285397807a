import { semver } from '@goradar/gomod';
import type { GraphModule, ModuleRow, WorkspaceRow } from '../../store/types.js';
import type { SelectedModule } from '../go-sum-needs.js';
import type { RuleContext } from '../rule-context.js';

/** GraphFacts are the stored facts of one loaded module graph: its vertices and its build list (main modules left out). */
export interface GraphFacts {
  graphModules: GraphModule[];
  buildList: SelectedModule[];
}

/**
 * loadedGraph returns the facts of a graph that was loaded and recorded with its vertices; a graph
 * recorded before vertices were stored (a build list beyond the main modules, no vertices) counts
 * as not loaded.
 */
function loadedGraph(buildList: ReadonlyArray<SelectedModule>, graphModules: GraphModule[]): GraphFacts | undefined {
  const selected = buildList.filter((b) => b.version !== '');
  if (buildList.length === 0 || (selected.length > 0 && graphModules.length === 0)) return undefined;
  return { graphModules, buildList: selected };
}

/** graphFactsOf returns a module's own graph (as with GOWORK=off), or undefined when it was not loaded. */
export function graphFactsOf(ctx: RuleContext, module: ModuleRow): GraphFacts | undefined {
  if (module.graphError !== null) return undefined;
  return loadedGraph(ctx.index.buildListByModule.get(module.id) ?? [], ctx.index.graphModulesByModule.get(module.id) ?? []);
}

/** workspaceGraphFactsOf returns a go.work's graph (workspace mode), or undefined when it was not loaded. */
export function workspaceGraphFactsOf(ctx: RuleContext, workspace: WorkspaceRow): GraphFacts | undefined {
  if (workspace.graphError !== null || workspace.manifestError !== null) return undefined;
  return loadedGraph(ctx.index.workspaceBuildListByWorkspace.get(workspace.id) ?? [], ctx.index.workspaceGraphModulesByWorkspace.get(workspace.id) ?? []);
}

/** importPathsOf returns the non-standard-library packages the modules' files import. */
export function importPathsOf(ctx: RuleContext, modules: readonly ModuleRow[]): Set<string> {
  const out = new Set<string>();
  for (const m of modules) for (const i of ctx.index.importsByModule.get(m.id) ?? []) if (i.provider !== 'std') out.add(i.importPath);
  return out;
}

/** rootsOf maps each module path the modules' go.mod files require to the highest version required. */
export function rootsOf(ctx: RuleContext, modules: readonly ModuleRow[]): Map<string, string> {
  const roots = new Map<string, string>();
  for (const m of modules) {
    for (const r of ctx.index.requirementsByModule.get(m.id) ?? []) {
      const prev = roots.get(r.path);
      if (prev === undefined || semver.compare(r.version, prev) > 0) roots.set(r.path, r.version);
    }
  }
  return roots;
}
