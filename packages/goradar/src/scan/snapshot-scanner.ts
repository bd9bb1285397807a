import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { cleanPath, joinPath } from '@goradar/gomod';
import type { ModuleData, ProblemData, SnapshotData, SnapshotRow, Without, WorkspaceData } from '../store/types.js';
import { analyseFiles, type AnalysedFile, type AnalysisContext } from './file-analysis.js';
import type { GraphLoader } from './graph-loader.js';
import type { ManifestParsers } from './manifest-parsers.js';
import { buildModuleData } from './module-data.js';
import { layoutTree, type ModuleLayout, type TreeLayout } from './module-layout.js';
import type { TreeFile, TreeReader } from './tree-reader.js';
import { buildWorkspaceData } from './workspace-data.js';
import { errorMessage } from './worktree-reader.js';

/** SnapshotScanContext is everything a snapshot scan uses besides the tree itself. */
export interface SnapshotScanContext extends AnalysisContext {
  parsers: ManifestParsers;
  graphs: GraphLoader;
}

/** SnapshotTarget is one tree to read and how to label it. */
export interface SnapshotTarget {
  repoRoot: string;
  reader: TreeReader;
  meta: Without<SnapshotRow, 'id' | 'repoId' | 'scanRunId'>;
}

/**
 * scanSnapshot reads one tree completely — layout, manifests, graphs, file signals — and returns
 * the snapshot's data, ready to be written in one transaction. Problems are data, never thrown.
 */
export async function scanSnapshot(ctx: SnapshotScanContext, target: SnapshotTarget): Promise<SnapshotData> {
  const listing = await target.reader.list();
  const layout = layoutTree(listing.files);
  const problems: ProblemData[] = listing.problems.map((p) => ({ kind: p.kind, file: p.path, line: null, message: p.message, moduleDir: null }));
  const goFiles = layout.modules.flatMap((m) => m.goFiles);
  const analysed = await analyseFiles(ctx, target.reader, goFiles);
  const byPath = new Map(analysed.map((a) => [a.path, a]));
  const workspaces = await readWorkspaces(ctx, target, layout, problems);
  const modules: ModuleData[] = [];
  for (const mod of layout.modules) {
    const goMod = await readText(target.reader, mod.goMod);
    const goSum = mod.goSum ? await readText(target.reader, mod.goSum) : undefined;
    const data = await buildModuleData({
      ctx,
      layout: mod,
      goModText: goMod,
      goSumText: goSum,
      absDir: join(target.repoRoot, mod.dir),
      readLocalGoMod: (dir) => readLocalGoMod(target, dir),
      analysed: mod.goFiles.map((f) => byPath.get(f.path) as AnalysedFile),
      problems,
    });
    data.workspaceDir = workspaceOf(mod, workspaces.uses);
    modules.push(data);
    ctx.stats.modules++;
  }
  ctx.stats.problems += problems.length;
  return { snapshot: target.meta, workspaces: workspaces.rows, modules, problems };
}

/**
 * readLocalGoMod reads the go.mod of a directory replacement from the tree being scanned (for a
 * commit, from the same commit); a working tree may also point outside the repository.
 */
async function readLocalGoMod(target: SnapshotTarget, dir: string): Promise<string> {
  const rel = cleanPath(relative(target.repoRoot, dir).split(sep).join('/'));
  if (rel === '..' || rel.startsWith('../')) {
    if (target.meta.source === 'worktree') return readFile(join(dir, 'go.mod'), 'utf8');
    throw new Error(`${dir}: replacement directory outside the repository`);
  }
  const bytes = await target.reader.read({ path: joinPath(rel, 'go.mod'), size: 0, hash: undefined });
  return new TextDecoder().decode(bytes);
}

async function readText(reader: TreeReader, file: TreeFile): Promise<string | Error> {
  try {
    return new TextDecoder().decode(await reader.read(file));
  } catch (err) {
    return new Error(errorMessage(err));
  }
}

async function readWorkspaces(ctx: SnapshotScanContext, target: SnapshotTarget, layout: TreeLayout, problems: ProblemData[]): Promise<{ rows: WorkspaceData[]; uses: Map<string, string> }> {
  const rows: WorkspaceData[] = [];
  const uses = new Map<string, string>();
  for (const ws of layout.workspaces) {
    const outcome = await buildWorkspaceData({
      ctx,
      layout: ws,
      goWorkText: await readText(target.reader, ws.goWork),
      goWorkSumText: ws.goWorkSum ? await readText(target.reader, ws.goWorkSum) : undefined,
      repoRoot: target.repoRoot,
      readGoMod: (dir) => readLocalGoMod(target, dir),
      problems,
    });
    rows.push(outcome.data);
    for (const dir of outcome.uses) uses.set(dir, ws.dir);
  }
  return { rows, uses };
}

function workspaceOf(mod: ModuleLayout, uses: ReadonlyMap<string, string>): string | null {
  return uses.get(mod.dir) ?? null;
}
