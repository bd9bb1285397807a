import { joinPath } from '@goradar/gomod';
import type { ModuleData, ProblemData } from '../store/types.js';
import { signalProblem } from './analyzer.js';
import type { AnalysedFile } from './file-analysis.js';
import { GraphUnavailableError, type LoadedGraph } from './graph-loader.js';
import { attributeImports, dependencyUsage, importPathsOf, type ImportUse } from './import-attribution.js';
import { goModFacts, readGoSumFacts, type GoSumFacts } from './module-facts.js';
import type { ModuleLayout } from './module-layout.js';
import { addSignals, sortedJson, type Aggregate } from './signal-aggregate.js';
import type { SnapshotScanContext } from './snapshot-scanner.js';

/** ModuleInput is one module's layout, manifest texts and analysed files. */
export interface ModuleInput {
  ctx: SnapshotScanContext;
  layout: ModuleLayout;
  goModText: string | Error;
  goSumText: string | Error | undefined;
  /** absDir is the module's absolute directory (on disk for working trees, as it would be for commits). */
  absDir: string;
  /** readLocalGoMod reads a directory replacement's go.mod from the same tree. */
  readLocalGoMod: (dir: string) => Promise<string>;
  /** analysed is parallel to layout.goFiles. */
  analysed: AnalysedFile[];
  /** problems collects the module's problems (with moduleDir set). */
  problems: ProblemData[];
}

/** buildModuleData assembles every row of one module: manifest facts, graph, files, signals, imports. */
export async function buildModuleData(input: ModuleInput): Promise<ModuleData> {
  const { ctx, layout } = input;
  const goModPath = input.layout.goMod.path;
  const text = input.goModText;
  const facts = goModFacts(text instanceof Error ? { ok: false, error: `${goModPath}: ${text.message}` } : ctx.parsers.parseGoMod(goModPath, text));
  const problem = (kind: ProblemData['kind'], file: string, message: string, line: number | null = null): void => {
    input.problems.push({ kind, file, line, message, moduleDir: layout.dir });
  };
  if (facts.module.manifestError) problem('manifest', goModPath, facts.module.manifestError);
  const goSum = goSumFactsOf(joinPath(layout.dir, 'go.sum'), input.goSumText);
  if (goSum?.summary.parseError) problem('manifest', joinPath(layout.dir, 'go.sum'), goSum.summary.parseError);
  let graph: LoadedGraph = { buildList: [], edges: [], modules: [] };
  let graphError: string | null = null;
  if (facts.module.manifestError === null && typeof text === 'string') {
    try {
      graph = await ctx.graphs.load({ dir: input.absDir, modulePath: facts.module.path, goModText: text, readLocalGoMod: input.readLocalGoMod });
    } catch (err) {
      graphError = err instanceof Error ? err.message : String(err);
      if (!(err instanceof GraphUnavailableError)) problem('graph', goModPath, graphError);
    }
  }
  const signals = collectSignals(input, problem);
  const knownModules = graph.buildList.length ? graph.buildList.map((m) => m.path) : facts.requirements.map((r) => r.path);
  const imports = attributeImports(signals.imports, facts.module.path, knownModules);
  return {
    module: { ...facts.module, dir: layout.dir, graphError },
    workspaceDir: null,
    requirements: facts.requirements,
    replaces: facts.replaces,
    excludes: facts.excludes,
    retracts: facts.retracts,
    buildList: graph.buildList.map((m, position) => ({ position, ...m })),
    graphEdges: dedupeEdges(graph.edges),
    graphModules: graph.modules,
    goSum: goSum?.summary ?? null,
    goSumEntries: goSum?.entries ?? [],
    files: signals.files,
    signals: signals.summary,
    imports,
    usage: dependencyUsage(facts.requirements, imports),
  };
}

/** goSumFactsOf reads a go.sum's (or go.work.sum's) facts; one that could not be read is recorded as a parse error. */
export function goSumFactsOf(file: string, text: string | Error | undefined): GoSumFacts | undefined {
  if (text === undefined) return undefined;
  if (text instanceof Error) return { summary: { lines: 0, modules: 0, goModOnly: 0, parseError: text.message }, entries: [] };
  return readGoSumFacts(file, text);
}

type RecordProblem = (kind: ProblemData['kind'], file: string, message: string, line?: number | null) => void;

function collectSignals(input: ModuleInput, problem: RecordProblem) {
  const { ctx, layout } = input;
  const hashes = input.analysed.flatMap((a) => ('hash' in a ? [a.hash] : []));
  const stored = ctx.store.fileSignals(hashes, ctx.pool.analyzerId);
  const total: Aggregate = {};
  const imports = new Map<string, ImportUse>();
  const files: ModuleData['files'] = [];
  const summary = { files: 0, testFiles: 0, bytes: 0, failedFiles: 0, aggregateJson: '{}' };
  layout.goFiles.forEach((file, i) => {
    const result = input.analysed[i] as AnalysedFile;
    summary.files++;
    if (file.isTest) summary.testFiles++;
    if ('problem' in result) {
      summary.failedFiles++;
      return problem(result.problem.kind, file.path, result.problem.message);
    }
    files.push({ relPath: file.relPath, contentHash: result.hash, isTest: file.isTest });
    const row = stored.get(result.hash);
    summary.bytes += row?.size ?? 0;
    if (!row || row.signalsJson === null) {
      summary.failedFiles++;
      return problem('analysis', file.path, row?.error ?? 'analysis result missing');
    }
    const parsed: unknown = JSON.parse(row.signalsJson);
    const unreadable = signalProblem(parsed);
    if (unreadable) {
      summary.failedFiles++;
      problem(unreadable.kind, file.path, unreadable.message, unreadable.line);
    }
    addSignals(total, parsed);
    for (const path of new Set(importPathsOf(parsed))) {
      const use = imports.get(path) ?? { files: 0, testFiles: 0 };
      if (file.isTest) use.testFiles++;
      else use.files++;
      imports.set(path, use);
    }
  });
  summary.aggregateJson = sortedJson(total);
  return { files, summary, imports };
}

/** dedupeEdges drops repeated edges (a go.mod may require one module version twice). */
export function dedupeEdges(edges: LoadedGraph['edges']): LoadedGraph['edges'] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.fromPath}@${e.fromVersion} ${e.toPath}@${e.toVersion}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
