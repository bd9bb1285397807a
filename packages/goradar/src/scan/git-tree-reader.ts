import { GitCatFile } from './git-cat-file.js';
import { runGit } from './git-command.js';
import { isGoSourceName, isManifestName, isSkippedDir } from './go-tree-rules.js';
import type { TreeFile, TreeListing, TreeReader } from './tree-reader.js';

/**
 * GitTreeReader reads a commit's tree straight from the object database, without a checkout:
 * `git ls-tree -r -l` for names, sizes and blob ids, `git cat-file --batch` for contents.
 * Symbolic links and submodules are not followed, as the go command does not follow them.
 */
export class GitTreeReader implements TreeReader {
  private readonly root: string;
  private readonly commit: string;
  private catFile: GitCatFile | undefined;

  constructor(root: string, commit: string) {
    this.root = root;
    this.commit = commit;
  }

  async list(): Promise<TreeListing> {
    const out = await runGit(this.root, ['ls-tree', '-r', '-l', '-z', '--full-tree', this.commit]);
    const files: TreeFile[] = [];
    for (const record of out.split('\0')) {
      const file = parseLsTreeRecord(record);
      if (file && isWanted(file.path)) files.push(file);
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, problems: [] };
  }

  read(file: TreeFile): Promise<Uint8Array> {
    this.catFile ??= new GitCatFile(this.root);
    return this.catFile.read(file.hash ?? `${this.commit}:${file.path}`);
  }

  async close(): Promise<void> {
    await this.catFile?.close();
  }
}

/** parseLsTreeRecord reads one `<mode> blob <id> <size>\t<path>` record; other kinds give undefined. */
export function parseLsTreeRecord(record: string): TreeFile | undefined {
  const tab = record.indexOf('\t');
  if (tab < 0) return undefined;
  const [mode, type, hash, size] = record.slice(0, tab).split(/ +/);
  if (type !== 'blob' || mode === '120000' || !hash) return undefined;
  return { path: record.slice(tab + 1), size: Number(size), hash };
}

function isWanted(path: string): boolean {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  if (parts.some(isSkippedDir)) return false;
  return isGoSourceName(name) || isManifestName(name);
}
