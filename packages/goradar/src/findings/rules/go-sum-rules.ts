import { gover } from '@goradar/gomod';
import type { GoSumRow, ModuleRow, NewFinding, SumEntry } from '../../store/types.js';
import { siblingFile } from '../fact-index.js';
import { missingSums, neededSums, staleEntries, sumKeyText, type NeededSum } from '../go-sum-needs.js';
import type { FindingSpec, Rule, RuleContext, ScopedModule } from '../rule-context.js';
import { isParsed, moduleFinding, scopedModules } from '../rule-context.js';
import { graphFactsOf, importPathsOf, rootsOf, type GraphFacts } from './graph-facts.js';

/** LISTED is how many checksums a finding's message names before "and N more" (the evidence lists them all). */
const LISTED = 5;

function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, LISTED).join(', ');
  return keys.length > LISTED ? `${shown} and ${keys.length - LISTED} more` : shown;
}

/** missingSpec describes checksums the build needs that the go.sum (or go.work.sum) file lacks. */
export function missingSpec(file: string, missing: readonly NeededSum[], absent: boolean): FindingSpec {
  const keys = missing.map((m) => (m.reason === 'graph' ? sumKeyText(m) : `${sumKeyText(m)} (provides ${m.reason})`));
  const count = `${missing.length} checksum${missing.length === 1 ? '' : 's'}`;
  const message = absent ? `${file} is missing: the build needs ${count}: ${listKeys(keys)}` : `${file} lacks ${count} the build needs: ${listKeys(keys)}`;
  return { kind: 'go-sum-missing', severity: 'medium', line: null, file, message, evidence: { missing: keys, absent } };
}

function staleSpec(file: string, stale: readonly SumEntry[]): FindingSpec {
  const keys = stale.map((e) => `${file}:${e.line}: ${sumKeyText(e)}`);
  const message = `${file} has ${stale.length} line${stale.length === 1 ? '' : 's'} for module versions outside the module graph (go mod tidy removes them): ${listKeys(keys)}`;
  return { kind: 'go-sum-stale', severity: 'low', line: stale[0]?.line ?? null, file, message, evidence: { stale: stale.map((e) => ({ line: e.line, entry: sumKeyText(e) })) } };
}

/** atLeast reports whether a go line is at least version (no go line reads as 1.16, below every version asked). */
export function atLeast(goVersion: string | null, version: string): boolean {
  return goVersion !== null && gover.compare(goVersion, version) >= 0;
}

/** isPrunedGo reports whether a main module's go line prunes its graph (go ≥ 1.17). */
function isPrunedGo(module: ModuleRow): boolean {
  return atLeast(module.goVersion, '1.17');
}

/**
 * requirementsNeedingSums stands in when no graph was loaded: every required version not replaced
 * by a directory needs the go.mod hash of itself or its replacement, so an absent go.sum is
 * certainly missing something (which hashes exactly, only the graph tells).
 */
function requirementsNeedingSums(ctx: RuleContext, module: ModuleRow): string[] {
  const dirReplaced = new Set((ctx.index.replacesByModule.get(module.id) ?? []).filter((r) => r.newVersion === null).map((r) => r.oldPath));
  const reqs = (ctx.index.requirementsByModule.get(module.id) ?? []).filter((r) => !dirReplaced.has(r.path));
  return [...new Set(reqs.map((r) => `${r.path}@${r.version}`))].sort();
}

function absentWithoutGraphSpec(file: string, required: readonly string[]): FindingSpec {
  const message = `${file} is missing: ${required.length} required module version${required.length === 1 ? ' needs' : 's need'} checksums (${listKeys(required)})`;
  return { kind: 'go-sum-missing', severity: 'medium', line: null, file, message, evidence: { requirements: required, absent: true } };
}

function neededFor(ctx: RuleContext, module: ModuleRow, graph: GraphFacts): NeededSum[] {
  return neededSums({ ...graph, importPaths: importPathsOf(ctx, [module]), roots: rootsOf(ctx, [module]), pruned: isPrunedGo(module), goModForZips: atLeast(module.goVersion, '1.21') });
}

function moduleSumFindings(ctx: RuleContext, scope: ScopedModule): NewFinding[] {
  const { module } = scope;
  if (!isParsed(module)) return [];
  const sum: GoSumRow | undefined = ctx.index.goSumByModule.get(module.id);
  const entries = ctx.index.goSumEntriesByModule.get(module.id) ?? [];
  // A go.sum with lines but none stored was recorded before go.sum lines were kept: a rescan judges it.
  if (sum?.parseError || (sum && sum.lines > 0 && entries.length === 0)) return [];
  const file = siblingFile(module.dir, 'go.sum');
  const graph = graphFactsOf(ctx, module);
  if (!sum) {
    if (module.workspaceId !== null) return [];
    if (!graph) {
      const required = requirementsNeedingSums(ctx, module);
      return required.length > 0 ? [moduleFinding(scope, absentWithoutGraphSpec(file, required))] : [];
    }
    const needed = neededFor(ctx, module, graph);
    return needed.length > 0 ? [moduleFinding(scope, missingSpec(file, needed, true))] : [];
  }
  if (!graph) return [];
  const out: NewFinding[] = [];
  const missing = missingSums(neededFor(ctx, module, graph), entries);
  if (missing.length > 0) out.push(moduleFinding(scope, missingSpec(file, missing, false)));
  const tidyKeepsOnlyGraph = module.workspaceId === null && atLeast(module.goVersion, '1.18');
  const stale = tidyKeepsOnlyGraph ? staleEntries(entries, graph.graphModules) : [];
  if (stale.length > 0) out.push(moduleFinding(scope, staleSpec(file, stale)));
  return out;
}

/**
 * goSumRule compares each module's go.sum line by line with what its build needs (go-sum-missing:
 * the go.mod hash of every module version whose go.mod the graph read, the zip hash of every module
 * that provides an imported package; an absent go.sum outside a workspace) and with its module graph
 * (go-sum-stale: lines for module versions outside the graph, for go ≥ 1.18 modules outside a
 * workspace, where `go mod tidy` keeps no others). https://go.dev/ref/mod#go-sum-files
 */
export const goSumRule: Rule = (ctx) => scopedModules(ctx.index).flatMap((scope) => moduleSumFindings(ctx, scope));
