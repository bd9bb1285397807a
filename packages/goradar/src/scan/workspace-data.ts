import { join } from 'node:path';
import { joinPath, resolvePath } from '@goradar/gomod';
import type { ProblemData, WorkspaceData } from '../store/types.js';
import { GraphUnavailableError, type LoadedGraph } from './graph-loader.js';
import { dedupeEdges, goSumFactsOf } from './module-data.js';
import type { WorkspaceLayout } from './module-layout.js';
import type { SnapshotScanContext } from './snapshot-scanner.js';

/** WorkspaceInput is one go.work of a tree, with its texts already read. */
export interface WorkspaceInput {
  ctx: SnapshotScanContext;
  layout: WorkspaceLayout;
  goWorkText: string | Error;
  goWorkSumText: string | Error | undefined;
  /** repoRoot is the repository's absolute directory (the go.work's directory is resolved under it). */
  repoRoot: string;
  /** readGoMod reads the go.mod in an absolute directory from the same tree. */
  readGoMod: (dir: string) => Promise<string>;
  problems: ProblemData[];
}

/** WorkspaceOutcome is a workspace's rows and the module directories (relative to the tree) it uses. */
export interface WorkspaceOutcome {
  data: WorkspaceData;
  uses: string[];
}

/**
 * buildWorkspaceData records one go.work: its directives, its module graph resolved in workspace
 * mode (as the go command resolves it when the go.work applies), and the lines of its go.work.sum.
 * Problems (a go.work that does not parse, a graph that cannot be loaded) are data, never thrown.
 */
export async function buildWorkspaceData(input: WorkspaceInput): Promise<WorkspaceOutcome> {
  const { ctx, layout } = input;
  const file = layout.goWork.path;
  const text = input.goWorkText;
  const parsed = text instanceof Error ? { ok: false as const, error: `${file}: ${text.message}` } : ctx.parsers.parseGoWork(file, text);
  const problem = (kind: ProblemData['kind'], at: string, message: string): void => void input.problems.push({ kind, file: at, line: null, message, moduleDir: null });
  if (!parsed.ok) problem('manifest', file, parsed.error);
  const uses = parsed.ok ? parsed.value.use.map((u) => u.path) : [];
  const sumFile = joinPath(layout.dir, 'go.work.sum');
  const sums = goSumFactsOf(sumFile, input.goWorkSumText);
  if (sums?.summary.parseError) problem('manifest', sumFile, sums.summary.parseError);
  const data: WorkspaceData = {
    dir: layout.dir,
    goVersion: parsed.ok ? (parsed.value.go?.version ?? null) : null,
    toolchain: parsed.ok ? (parsed.value.toolchain?.name ?? null) : null,
    usesJson: JSON.stringify(uses),
    manifestError: parsed.ok ? null : parsed.error,
    graphError: null,
    sumEntries: sums?.entries ?? [],
  };
  if (parsed.ok && typeof text === 'string') Object.assign(data, await workspaceGraph(input, text, problem));
  return { data, uses: uses.map((u) => resolvePath(layout.dir, u)) };
}

async function workspaceGraph(input: WorkspaceInput, goWorkText: string, problem: (kind: ProblemData['kind'], at: string, message: string) => void): Promise<Partial<WorkspaceData>> {
  const load = input.ctx.graphs.loadWorkspace;
  if (!load) return {};
  let graph: LoadedGraph;
  try {
    graph = await load({ dir: join(input.repoRoot, input.layout.dir), goWorkText, readGoMod: input.readGoMod });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!(err instanceof GraphUnavailableError)) problem('graph', input.layout.goWork.path, message);
    return { graphError: message };
  }
  return {
    buildList: graph.buildList.map((m, position) => ({ position, ...m })),
    graphEdges: dedupeEdges(graph.edges),
    graphModules: graph.modules,
  };
}
