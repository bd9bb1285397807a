import { formatModule, gover, isPseudoVersion, retractionsOf, semver, splitPathVersion, type ModuleGraph, type ModuleVersion, type Retraction } from '@goradar/gomod';
import type { DirGraph } from './load-graph-for-dir.js';
import { retractionsFor } from './latest-retractions.js';

/** GraphFindingKind names one kind of `goradar graph --check` finding. */
export type GraphFindingKind = 'multiple-majors' | 'raised-version' | 'retracted' | 'excluded-requirement' | 'replaced' | 'pseudo-version';

/** GraphFinding is one observation about a module graph. */
export interface GraphFinding {
  kind: GraphFindingKind;
  /** module is the module path the finding is about. */
  module: string;
  message: string;
}

function dependencies(graph: ModuleGraph): ModuleVersion[] {
  return graph.modules().filter((m) => !graph.isMainModule(m));
}

/** findMultipleMajors reports module paths present in the build list at several major versions. */
export function findMultipleMajors(graph: ModuleGraph): GraphFinding[] {
  const byPrefix = new Map<string, ModuleVersion[]>();
  for (const m of dependencies(graph)) {
    const prefix = splitPathVersion(m.path)?.prefix ?? m.path;
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), m]);
  }
  return [...byPrefix]
    .filter(([, list]) => new Set(list.map((m) => m.path)).size > 1)
    .map(([prefix, list]) => ({
      kind: 'multiple-majors' as const,
      module: prefix,
      message: `${list.length} major versions in the build list: ${list.map((m) => `${m.path} ${m.version}`).join(', ')}`,
    }));
}

/** findRaisedVersions reports modules whose selected version is higher than some requirement on them (diamonds). */
export function findRaisedVersions(graph: ModuleGraph): GraphFinding[] {
  const lower = new Map<string, string[]>();
  for (const e of graph.edges()) {
    if (gover.isToolchainModule(e.to.path) || graph.isMainModule({ path: e.to.path, version: '' })) continue;
    if (e.to.version === graph.selected(e.to.path)) continue;
    lower.set(e.to.path, [...(lower.get(e.to.path) ?? []), `${formatModule(e.from)} requires ${e.to.version}`]);
  }
  return [...lower].map(([path, reasons]) => ({
    kind: 'raised-version' as const,
    module: path,
    message: `selected ${graph.selected(path)}, raised above: ${reasons.join('; ')}`,
  }));
}

/** findReplacedAndPseudo reports replaced modules and modules selected at pseudo-versions. */
export function findReplacedAndPseudo(graph: ModuleGraph): GraphFinding[] {
  const out: GraphFinding[] = [];
  for (const m of dependencies(graph)) {
    const r = graph.replacement(m);
    if (r) out.push({ kind: 'replaced', module: m.path, message: `${m.path} ${m.version} => ${formatModule(r.replacement).replace('@', ' ')} (${r.file})` });
    if (isPseudoVersion(m.version)) out.push({ kind: 'pseudo-version', module: m.path, message: `selected at pseudo-version ${m.version}` });
  }
  return out;
}

/** findExcludedRequirements reports requirements dropped because a main module excludes their version. */
export function findExcludedRequirements(graph: ModuleGraph): GraphFinding[] {
  return graph.excludedRequirements.map((e) => ({
    kind: 'excluded-requirement' as const,
    module: e.to.path,
    message: `${formatModule(e.from)} requires excluded ${formatModule(e.to)} (requirement dropped)`,
  }));
}

function retractionText(r: Retraction[]): string {
  const reasons = r.map((x) => x.rationale).filter((x) => x !== '');
  return reasons.length > 0 ? `: ${reasons.join('; ')}` : '';
}

/** findRetracted reports selected versions and requirements that the module's latest go.mod retracts. */
export async function findRetracted(loaded: DirGraph): Promise<GraphFinding[]> {
  const { graph } = loaded;
  const out: GraphFinding[] = [];
  const targets = new Map<string, Set<string>>();
  for (const e of graph.edges()) {
    if (gover.isToolchainModule(e.to.path) || e.to.version === '' || !semver.isValid(e.to.version)) continue;
    if (graph.replacement({ path: e.to.path, version: '' })) continue;
    targets.set(e.to.path, (targets.get(e.to.path) ?? new Set()).add(e.to.version));
  }
  for (const [path, versions] of targets) {
    const retracts = await retractionsFor(loaded, path);
    const selected = graph.selected(path);
    for (const v of semver.sort([...versions])) {
      const hit = retractionsOf(v, retracts);
      if (hit.length === 0) continue;
      const what = v === selected ? `selected version ${v} is retracted` : `required version ${v} is retracted`;
      out.push({ kind: 'retracted', module: path, message: `${what}${retractionText(hit)}` });
    }
  }
  return out;
}

/** checkGraph returns every finding about a loaded graph, grouped by kind. */
export async function checkGraph(loaded: DirGraph): Promise<GraphFinding[]> {
  const { graph } = loaded;
  return [
    ...findMultipleMajors(graph),
    ...findRaisedVersions(graph),
    ...(await findRetracted(loaded)),
    ...findExcludedRequirements(graph),
    ...findReplacedAndPseudo(graph),
  ];
}

/** formatFindings prints findings one per line: `kind: module: message`, or a line saying there are none. */
export function formatFindings(findings: readonly GraphFinding[]): string {
  if (findings.length === 0) return 'no findings\n';
  return findings.map((f) => `${f.kind}: ${f.module}: ${f.message}\n`).join('');
}
