import { formatModule, type ModuleGraph } from '@goradar/gomod';
import { parseModuleQuery } from './why-modules.js';

/** Dependent is one reverse edge: `module` requires `requires`. */
export interface Dependent {
  module: string;
  requires: string;
  /** selected is true when the required version is the one the build list selects. */
  selected: boolean;
}

/**
 * findDependents returns every graph vertex that requires the module (any version, or exactly
 * `path@version`), in `go mod graph` order.
 */
export function findDependents(graph: ModuleGraph, query: string): Dependent[] {
  const q = parseModuleQuery(query);
  return graph
    .edges()
    .filter((e) => e.to.path === q.path && (q.version === undefined || e.to.version === q.version))
    .map((e) => ({ module: formatModule(e.from), requires: formatModule(e.to), selected: graph.selected(e.to.path) === e.to.version }));
}

/** formatDependents prints one `module requires` line per dependent (like `go mod graph` lines), or a note when none. */
export function formatDependents(query: string, list: readonly Dependent[]): string {
  if (list.length === 0) return `(no module in the graph requires ${query})\n`;
  return list.map((d) => `${d.module} ${d.requires}${d.selected ? '' : ' (not selected)'}\n`).join('');
}
