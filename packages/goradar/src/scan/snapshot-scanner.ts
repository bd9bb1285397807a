import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ModuleData, ProblemData, SnapshotData, SnapshotRow, Without, WorkspaceRow } from '../store/types.js';
import { analyseFiles, type AnalysedFile, type AnalysisContext } from './file-analysis.js';
import type { GraphLoader } from './graph-loader.js';
import type { ManifestParsers } from './manifest-parsers.js';
import { buildModuleData } from './module-data.js';
import { joinDir, layoutTree, type ModuleLayout, type TreeLayout } from './module-layout.js';
import type { TreeFile, TreeReader } from './tree-reader.js';
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
  const workspaces = await readWorkspaces(ctx, target.reader, layout, problems);
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
  const rel = relative(target.repoRoot, dir).split(sep).join('/');
  if (rel === '..' || rel.startsWith('../')) {
    if (target.meta.source === 'worktree') return readFile(join(dir, 'go.mod'), 'utf8');
    throw new Error(`${dir}: replacement directory outside the repository`);
  }
  const bytes = await target.reader.read({ path: joinDir(normalizeDir(rel), 'go.mod'), size: 0, hash: undefined });
  return new TextDecoder().decode(bytes);
}

async function readText(reader: TreeReader, file: TreeFile): Promise<string | Error> {
  try {
    return new TextDecoder().decode(await reader.read(file));
  } catch (err) {
    return new Error(errorMessage(err));
  }
}

interface Workspaces {
  rows: Array<Without<WorkspaceRow, 'id' | 'snapshotId'>>;
  /** uses maps a module dir to the go.work dir using it. */
  uses: Map<string, string>;
}

async function readWorkspaces(ctx: SnapshotScanContext, reader: TreeReader, layout: TreeLayout, problems: ProblemData[]): Promise<Workspaces> {
  const result: Workspaces = { rows: [], uses: new Map() };
  for (const ws of layout.workspaces) {
    const text = await readText(reader, ws.goWork);
    const parsed = text instanceof Error ? { ok: false as const, error: `${ws.goWork.path}: ${text.message}` } : ctx.parsers.parseGoWork(ws.goWork.path, text);
    if (!parsed.ok) problems.push({ kind: 'manifest', file: ws.goWork.path, line: null, message: parsed.error, moduleDir: null });
    const uses = parsed.ok ? parsed.value.use.map((u) => u.path) : [];
    for (const use of uses) result.uses.set(normalizeDir(joinDir(ws.dir, use)), ws.dir);
    result.rows.push({
      dir: ws.dir,
      goVersion: parsed.ok ? (parsed.value.go?.version ?? null) : null,
      toolchain: parsed.ok ? (parsed.value.toolchain?.name ?? null) : null,
      usesJson: JSON.stringify(uses),
      manifestError: parsed.ok ? null : parsed.error,
    });
  }
  return result;
}

function workspaceOf(mod: ModuleLayout, uses: ReadonlyMap<string, string>): string | null {
  return uses.get(mod.dir) ?? null;
}

/** normalizeDir cleans a relative '/'-path: removes '.', resolves '..', and gives '.' for the top. */
export function normalizeDir(path: string): string {
  const out: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.length ? out.join('/') : '.';
}
