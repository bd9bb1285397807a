import type { ProblemKind } from '../store/types.js';

/** TreeFile is a regular file of a tree that the scan wants (a .go file or a manifest). */
export interface TreeFile {
  /** path is relative to the tree root, '/' separated. */
  path: string;
  size: number;
  /** hash is the git blob id when already known without reading (git trees), else undefined. */
  hash: string | undefined;
}

/** TreeProblem is something a reader could not read, with the path it concerns. */
export interface TreeProblem {
  kind: ProblemKind;
  path: string;
  message: string;
}

/** TreeListing is what a reader found: the wanted files (sorted by path) and its problems. */
export interface TreeListing {
  files: TreeFile[];
  problems: TreeProblem[];
}

/**
 * TreeReader reads one version of a repository tree: the working tree on disk or a git commit.
 * list applies the go command's directory rules (go-tree-rules.ts) and returns only .go files and
 * manifests; read returns a file's bytes.
 */
export interface TreeReader {
  list(): Promise<TreeListing>;
  read(file: TreeFile): Promise<Uint8Array>;
  close(): Promise<void>;
}
