/**
 * Row types added by schema migration 2 (docs/store-schema.md): the vertices of module graphs, the
 * graphs of go.work workspaces, and the lines of go.sum and go.work.sum files. Re-exported by
 * types.ts with the other rows.
 */
import type { BuildListRow, GraphEdgeRow } from './rows.js';

/** GraphModule is one module version of a module graph (a `go mod graph` vertex, main modules and go/toolchain left out). */
export interface GraphModule {
  path: string;
  version: string;
  /** loaded is true when the graph read this version's go.mod (its requirements are edges); false when graph pruning left it unread. */
  loaded: boolean;
  /** replacement is `path@version` or the directory replacing this version, null when none applies. */
  replacement: string | null;
}

/** GraphModuleRow is a vertex of a module's own graph (as with GOWORK=off). */
export interface GraphModuleRow extends GraphModule {
  moduleId: number;
}

/** SumEntry is one line of a go.sum (or go.work.sum) file: `path version[/go.mod] hash`. */
export interface SumEntry {
  /** line is the 1-based line in the file. */
  line: number;
  path: string;
  /** version is the module version, without the `/go.mod` suffix. */
  version: string;
  /** isGoMod is true for the hash of the go.mod file alone (`version/go.mod`), false for the module zip's. */
  isGoMod: boolean;
  hash: string;
}

/** GoSumEntryRow is one line of a module's go.sum. */
export interface GoSumEntryRow extends SumEntry {
  moduleId: number;
}

/** WorkspaceBuildListRow is one module of a workspace's build list (`go list -m all` in workspace mode). */
export interface WorkspaceBuildListRow extends Omit<BuildListRow, 'moduleId'> {
  workspaceId: number;
}

/** WorkspaceGraphEdgeRow is one `go mod graph` edge of a workspace. */
export interface WorkspaceGraphEdgeRow extends Omit<GraphEdgeRow, 'moduleId'> {
  workspaceId: number;
}

/** WorkspaceGraphModuleRow is a vertex of a workspace's module graph. */
export interface WorkspaceGraphModuleRow extends GraphModule {
  workspaceId: number;
}

/** WorkspaceSumEntryRow is one line of a workspace's go.work.sum. */
export interface WorkspaceSumEntryRow extends SumEntry {
  workspaceId: number;
}
