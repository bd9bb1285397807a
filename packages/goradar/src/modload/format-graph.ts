import { formatModule, type GraphEdge, type ModuleGraph } from '@goradar/gomod';

/** GraphFormat is an output format of `goradar graph`. */
export type GraphFormat = 'text' | 'json' | 'dot' | 'mermaid';

/** GRAPH_FORMATS lists every GraphFormat. */
export const GRAPH_FORMATS: readonly GraphFormat[] = ['text', 'json', 'dot', 'mermaid'];

/** GraphJson is the JSON form of a module graph. */
export interface GraphJson {
  mainModules: string[];
  pruning: string;
  /** edges in `go mod graph` order, as [from, to] pairs of `path@version` (main modules: `path`). */
  edges: Array<[string, string]>;
  /** buildList is what `go list -m all` lists, as `path@version` (main modules: `path`). */
  buildList: string[];
  /** pruned are vertices whose go.mod was not read (graph pruning). */
  pruned: string[];
  /** rootsUpdated is true when the go.mod was untidy and its roots were recomputed. */
  rootsUpdated: boolean;
  error?: string;
}

/** toGraphJson returns the JSON form of graph. */
export function toGraphJson(graph: ModuleGraph): GraphJson {
  const out: GraphJson = {
    mainModules: graph.mainModules.map(formatModule),
    pruning: graph.pruning,
    edges: graph.edges().map((e) => [formatModule(e.from), formatModule(e.to)]),
    buildList: graph.modules().map(formatModule),
    pruned: graph.prunedVertices().map(formatModule),
    rootsUpdated: graph.rootsUpdated,
  };
  if (graph.error) out.error = graph.error.message;
  return out;
}

function quoteDot(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** toDot returns the graph in Graphviz dot; selected versions are drawn bold, pruned vertices dashed. */
export function toDot(graph: ModuleGraph): string {
  const lines = ['digraph modules {', '  rankdir=LR;', '  node [shape=box, fontname="monospace"];'];
  for (const m of vertexList(graph)) {
    const attrs: string[] = [];
    if (graph.isMainModule(m)) attrs.push('shape=doubleoctagon');
    else if (graph.selected(m.path) === m.version) attrs.push('style=bold');
    if (!graph.isMainModule(m) && graph.requiredBy(m) === undefined) attrs.push('style=dashed');
    lines.push(`  ${quoteDot(formatModule(m))}${attrs.length > 0 ? ` [${attrs.join(', ')}]` : ''};`);
  }
  for (const e of graph.edges()) lines.push(`  ${quoteDot(formatModule(e.from))} -> ${quoteDot(formatModule(e.to))};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** toMermaid returns the graph as a Mermaid flowchart. */
export function toMermaid(graph: ModuleGraph): string {
  const ids = new Map<string, string>();
  const id = (m: string): string => {
    let v = ids.get(m);
    if (!v) {
      v = `n${ids.size}`;
      ids.set(m, v);
    }
    return v;
  };
  const label = (m: string): string => `${id(m)}["${m.replace(/"/g, '#quot;')}"]`;
  const lines = ['flowchart LR'];
  const declared = new Set<string>();
  const node = (m: string): string => {
    if (declared.has(m)) return id(m);
    declared.add(m);
    return label(m);
  };
  for (const e of graph.edges()) lines.push(`  ${node(formatModule(e.from))} --> ${node(formatModule(e.to))}`);
  for (const m of graph.mainModules) if (!declared.has(formatModule(m))) lines.push(`  ${node(formatModule(m))}`);
  return `${lines.join('\n')}\n`;
}

function vertexList(graph: ModuleGraph): Array<GraphEdge['from']> {
  const seen = new Set<string>();
  const out: Array<GraphEdge['from']> = [];
  const add = (m: GraphEdge['from']): void => {
    const k = formatModule(m);
    if (seen.has(k)) return;
    seen.add(k);
    out.push(m);
  };
  for (const m of graph.mainModules) add(m);
  for (const e of graph.edges()) {
    add(e.from);
    add(e.to);
  }
  return out;
}

/** formatGraph renders graph in the given format (`text` is exactly `go mod graph`). */
export function formatGraph(graph: ModuleGraph, format: GraphFormat): string {
  switch (format) {
    case 'text':
      return graph.formatGraph();
    case 'json':
      return `${JSON.stringify(toGraphJson(graph), null, 2)}\n`;
    case 'dot':
      return toDot(graph);
    case 'mermaid':
      return toMermaid(graph);
  }
}
