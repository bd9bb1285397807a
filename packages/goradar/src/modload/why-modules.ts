import { formatModule, type ModuleGraph, type ModuleVersion } from '@goradar/gomod';

/** WhyResult is the requirement paths from a main module to one module. */
export interface WhyResult {
  /** query is the module as asked (`path` or `path@version`). */
  query: string;
  /** paths are requirement chains, main module first, shortest first; empty when no main module needs it. */
  paths: string[][];
}

/** ModuleQuery is `path` (the selected version) or `path@version` (that exact vertex). */
export function parseModuleQuery(query: string): { path: string; version?: string } {
  const at = query.lastIndexOf('@');
  return at > 0 ? { path: query.slice(0, at), version: query.slice(at + 1) } : { path: query };
}

function targetMatcher(graph: ModuleGraph, query: string): (m: ModuleVersion) => boolean {
  const q = parseModuleQuery(query);
  const version = q.version ?? graph.selected(q.path);
  return (m) => m.path === q.path && m.version === version;
}

/** whyShortest returns one shortest requirement path from a main module to the module. */
export function whyShortest(graph: ModuleGraph, query: string): WhyResult {
  const path = graph.findPath(targetMatcher(graph, query));
  return { query, paths: path ? [path.map(formatModule)] : [] };
}

/**
 * whyAll returns every simple requirement path (no module twice) from a main module to the module,
 * shortest first, stopping after limit paths.
 */
export function whyAll(graph: ModuleGraph, query: string, limit: number): WhyResult {
  const isTarget = targetMatcher(graph, query);
  const found: string[][] = [];
  const onPath = new Set<string>();
  const stack: ModuleVersion[] = [];
  const visit = (m: ModuleVersion): void => {
    if (found.length >= limit) return;
    const key = formatModule(m);
    if (onPath.has(key)) return;
    onPath.add(key);
    stack.push(m);
    if (isTarget(m)) found.push(stack.map(formatModule));
    else for (const r of graph.requiredBy(m) ?? []) visit(r);
    stack.pop();
    onPath.delete(key);
  };
  for (const main of graph.mainModules) visit(main);
  found.sort((a, b) => a.length - b.length);
  return { query, paths: found };
}

/** formatWhy prints results as `go mod why -m` does: `# module`, then each path one module per line. */
export function formatWhy(results: readonly WhyResult[]): string {
  return results
    .map((r) => {
      const head = `# ${r.query}\n`;
      if (r.paths.length === 0) return `${head}(main module does not need module ${parseModuleQuery(r.query).path})\n`;
      return head + r.paths.map((p) => p.map((m) => `${m}\n`).join('')).join('\n');
    })
    .join('\n');
}
