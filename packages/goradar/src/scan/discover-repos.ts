import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { GoradarError } from '../errors.js';
import { isSkippedDir } from './go-tree-rules.js';
import type { RepoKind } from '../store/types.js';

/** RepoTarget is one repository to scan: a git working tree or a plain directory tree. */
export interface RepoTarget {
  root: string;
  kind: RepoKind;
  /** excludeDirs are relative directories belonging to other targets (nested repositories). */
  excludeDirs: Set<string>;
}

/**
 * discoverRepos turns the scan's paths into repositories. A path at the top of a git working tree
 * is one repository. Any other directory is searched for git working trees (a directory of many
 * repositories), each its own target; the directory itself is a target too when it holds go.mod
 * or go.work files outside them. Nested git working trees inside a repository are scanned on
 * their own. Directories the go command ignores (hidden, '_', testdata, vendor) are not searched.
 */
export async function discoverRepos(paths: readonly string[], cwd: string): Promise<RepoTarget[]> {
  const targets = new Map<string, RepoTarget>();
  for (const path of paths) {
    const root = resolve(cwd, path);
    const info = statSync(root, { throwIfNoEntry: false });
    if (!info?.isDirectory()) {
      throw new GoradarError('ERR_SCAN_PATH', `${path}: not a directory`, { hint: 'pass directories or git repositories to scan' });
    }
    const found = findNested(root, '', { repos: [], manifests: false });
    const isGit = hasGitDir(root);
    if (isGit || found.manifests) {
      const own = found.repos.filter((r) => r !== '');
      targets.set(root, { root, kind: isGit ? 'git' : 'dir', excludeDirs: new Set(own) });
    }
    for (const rel of found.repos) if (rel !== '') targets.set(join(root, rel), nestedTarget(join(root, rel)));
  }
  return [...targets.values()].sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
}

function nestedTarget(root: string): RepoTarget {
  const found = findNested(root, '', { repos: [], manifests: false });
  return { root, kind: 'git', excludeDirs: new Set(found.repos.filter((r) => r !== '')) };
}

interface Found {
  repos: string[];
  manifests: boolean;
}

// Synchronous walking: one thread-pool round trip per directory costs more than the listing itself.
function findNested(root: string, rel: string, found: Found): Found {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isFile() && (entry.name === 'go.mod' || entry.name === 'go.work')) found.manifests = true;
    if (!entry.isDirectory() || isSkippedDir(entry.name)) continue;
    if (hasGitDir(join(root, child))) found.repos.push(child);
    else findNested(root, child, found);
  }
  return found;
}

function hasGitDir(dir: string): boolean {
  return statSync(join(dir, '.git'), { throwIfNoEntry: false }) !== undefined;
}
