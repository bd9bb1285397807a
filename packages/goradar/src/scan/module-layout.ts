import { dirName } from '@goradar/gomod';
import { isManifestName, isTestFileName } from './go-tree-rules.js';
import type { TreeFile } from './tree-reader.js';

/** ModuleLayout is one module directory of a tree and the Go files that belong to it. */
export interface ModuleLayout {
  /** dir is relative to the tree root ('.' for the root). */
  dir: string;
  goMod: TreeFile;
  goSum: TreeFile | undefined;
  /** goFiles are the module's own .go files (not those of nested modules). */
  goFiles: Array<TreeFile & { relPath: string; isTest: boolean }>;
}

/** WorkspaceLayout is one go.work file of a tree and the go.work.sum beside it, if any. */
export interface WorkspaceLayout {
  /** dir is relative to the tree root ('.' for the root). */
  dir: string;
  goWork: TreeFile;
  goWorkSum: TreeFile | undefined;
}

/** TreeLayout is every module and workspace file of a tree. */
export interface TreeLayout {
  modules: ModuleLayout[];
  workspaces: WorkspaceLayout[];
  /** orphanGoFiles counts .go files outside every module. */
  orphanGoFiles: number;
}

/**
 * layoutTree groups a tree's files into modules: each directory holding a go.mod is a module, and
 * a .go file belongs to the nearest enclosing module directory, so a nested module's files are
 * never counted in its parent. files come from a TreeReader, which has already applied the go
 * command's directory rules. https://go.dev/ref/mod#modules-overview
 */
export function layoutTree(files: readonly TreeFile[]): TreeLayout {
  const modules = new Map<string, ModuleLayout>();
  const workspaces = new Map<string, WorkspaceLayout>();
  for (const file of files) {
    const { dir, name } = splitPath(file.path);
    if (name === 'go.mod') modules.set(dir, { dir, goMod: file, goSum: undefined, goFiles: [] });
    if (name === 'go.work') workspaces.set(dir, { dir, goWork: file, goWorkSum: undefined });
  }
  for (const file of files) {
    const { dir, name } = splitPath(file.path);
    const ws = workspaces.get(dir);
    if (name === 'go.work.sum' && ws) ws.goWorkSum = file;
  }
  let orphanGoFiles = 0;
  for (const file of files) {
    const { dir, name } = splitPath(file.path);
    if (name === 'go.sum') {
      const mod = modules.get(dir);
      if (mod) mod.goSum = file;
      continue;
    }
    if (isManifestName(name)) continue;
    const mod = enclosingModule(modules, dir);
    if (!mod) orphanGoFiles++;
    else mod.goFiles.push({ ...file, relPath: relativeTo(mod.dir, file.path), isTest: isTestFileName(name) });
  }
  const sorted = [...modules.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  return { modules: sorted, workspaces: [...workspaces.values()], orphanGoFiles };
}

function enclosingModule(modules: ReadonlyMap<string, ModuleLayout>, dir: string): ModuleLayout | undefined {
  for (let d = dir; ; d = dirName(d)) {
    const mod = modules.get(d);
    if (mod) return mod;
    if (d === '.') return undefined;
  }
}

/** splitPath splits a '/'-separated relative path into its directory ('.' at the top) and name. */
export function splitPath(path: string): { dir: string; name: string } {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? { dir: '.', name: path } : { dir: path.slice(0, slash), name: path.slice(slash + 1) };
}

/** relativeTo returns path relative to dir (both relative to the same root, dir may be '.'). */
export function relativeTo(dir: string, path: string): string {
  return dir === '.' ? path : path.slice(dir.length + 1);
}
