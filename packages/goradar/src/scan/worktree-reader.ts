import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { isGoSourceName, isManifestName, isSkippedDir } from './go-tree-rules.js';
import type { TreeFile, TreeListing, TreeProblem, TreeReader } from './tree-reader.js';

/** WorktreeReaderOptions choose the tree and directories to leave out. */
export interface WorktreeReaderOptions {
  root: string;
  /** excludeDirs are relative paths not to enter (e.g. nested git repositories scanned on their own). */
  excludeDirs?: ReadonlySet<string>;
}

/**
 * WorktreeReader reads the files on disk under root. Like the go command it does not follow
 * symbolic links to directories; a symbolic link to a file is read as that file. A link that loops
 * is recorded as a problem, and so is a .go or manifest link that dangles.
 */
export class WorktreeReader implements TreeReader {
  private readonly root: string;
  private readonly excludeDirs: ReadonlySet<string>;

  constructor(options: WorktreeReaderOptions) {
    this.root = options.root;
    this.excludeDirs = options.excludeDirs ?? new Set();
  }

  async list(): Promise<TreeListing> {
    const files: TreeFile[] = [];
    const problems: TreeProblem[] = [];
    await this.walk('', files, problems);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, problems };
  }

  // Synchronous reads: source files are small, and a thread-pool round trip per open, stat, read
  // and close costs more than the read itself.
  async read(file: TreeFile): Promise<Uint8Array> {
    return readFileSync(join(this.root, file.path));
  }

  async close(): Promise<void> {}

  private async walk(dir: string, files: TreeFile[], problems: TreeProblem[]): Promise<void> {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(this.root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      problems.push({ kind: 'unreadable', path: dir || '.', message: errorMessage(err) });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const rel = dir ? `${dir}/${name}` : name;
      const wanted = isGoSourceName(name) || isManifestName(name);
      if (entry.isDirectory()) {
        if (!isSkippedDir(name) && !this.excludeDirs.has(rel)) await this.walk(rel, files, problems);
      } else if (entry.isSymbolicLink() || (wanted && entry.isFile())) {
        const file = this.statFile(rel, wanted, problems);
        if (file && wanted) files.push({ path: rel, size: file.size, hash: undefined });
      }
    }
  }

  /**
   * statFile returns the size of a file, following a symbolic link; a link to a directory gives
   * undefined (go ignores them) and a looping or dangling link is recorded as a problem.
   */
  private statFile(rel: string, wanted: boolean, problems: TreeProblem[]): { size: number } | undefined {
    try {
      const target = statSync(join(this.root, rel));
      return target.isFile() ? target : undefined;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const kind = code === 'ELOOP' ? 'symlink-loop' : 'unreadable';
      if (kind === 'unreadable' && !wanted) return undefined;
      problems.push({ kind, path: rel, message: errorMessage(err) });
      return undefined;
    }
  }
}

/** errorMessage returns an error's message without the absolute paths Node adds. */
export function errorMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && typeof e.syscall === 'string') return `${e.syscall}: ${e.code}`;
  return err instanceof Error ? err.message : String(err);
}
