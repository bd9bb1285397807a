/**
 * Row types of the goradar store, one per table (docs/store-schema.md). Re-exported by types.ts,
 * which adds the Store interface.
 */

/** RunStatus is the life cycle of a scan run: a killed run stays 'running' forever. */
export type RunStatus = 'running' | 'complete' | 'failed';

/** ScanRunRow is one invocation of `goradar scan`. */
export interface ScanRunRow {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  status: RunStatus;
  /** argsJson is the scan's options (paths, history, since, online) as JSON. */
  argsJson: string;
  /** statsJson is the final summary counters as JSON, null while running. */
  statsJson: string | null;
}

/** RepoKind says how a repository was read: a git repository or a plain directory. */
export type RepoKind = 'git' | 'dir';

/** RepoRow is one scanned repository (or plain directory tree), keyed by its absolute root. */
export interface RepoRow {
  id: number;
  /** root is the absolute path of the repository's top directory. */
  root: string;
  /** name is a short display name (the root's base name, made unique within the store). */
  name: string;
  kind: RepoKind;
}

/**
 * SnapshotSource says where a snapshot's files came from: the working tree on disk (a plain
 * scan, even of a git repository) or a git commit read from the object database (history).
 */
export type SnapshotSource = 'worktree' | 'commit';

/**
 * SnapshotRow is one repository read at one point: `current` (the working tree), or a history
 * cut-off such as `2023`, `2023-Q2`, `2023-07`.
 */
export interface SnapshotRow {
  id: number;
  repoId: number;
  /** point names the history point: 'current' or the cut-off label. */
  point: string;
  /** cutoff is the ISO instant the point stands for (exclusive upper bound), null for 'current'. */
  cutoff: string | null;
  source: SnapshotSource;
  /** commit is the commit read (history) or HEAD when the working tree of a git repo was read. */
  commit: string | null;
  /** commitTime is the committer date of commit (ISO), null without a commit. */
  commitTime: string | null;
  /** scanRunId is the run that last wrote this snapshot. */
  scanRunId: number;
}

/** ModuleRow is one go.mod found in a snapshot (the main module of its directory). */
export interface ModuleRow {
  id: number;
  snapshotId: number;
  /** dir is the module's directory relative to the repo root, with '/' separators ('.' for the root). */
  dir: string;
  /** path is the module path from the `module` line ('' when the file does not parse). */
  path: string;
  /** goVersion is the `go` line's version, null when absent. */
  goVersion: string | null;
  toolchain: string | null;
  /** deprecated is the `// Deprecated:` text of the module line, null when none. */
  deprecated: string | null;
  /** manifestError is the parse error of go.mod (Go's exact text), null when it parses. */
  manifestError: string | null;
  /** graphError says why the build list could not be loaded (e.g. a go.mod missing from the cache). */
  graphError: string | null;
  /** workspaceId is the go.work this module is used by in the snapshot, null when none. */
  workspaceId: number | null;
}

/** WorkspaceRow is one go.work file found in a snapshot. */
export interface WorkspaceRow {
  id: number;
  snapshotId: number;
  /** dir is the go.work's directory relative to the repo root ('.' for the root). */
  dir: string;
  goVersion: string | null;
  toolchain: string | null;
  /** usesJson is the `use` directories (as written) as a JSON array of strings. */
  usesJson: string;
  manifestError: string | null;
  /** graphError says why the workspace's module graph could not be loaded, null when it was (or go.work does not parse). */
  graphError: string | null;
}

/** RequirementRow is one `require` line of a go.mod. */
export interface RequirementRow {
  moduleId: number;
  path: string;
  version: string;
  /** indirect is true when the line carries `// indirect`. */
  indirect: boolean;
  /** line is the 1-based line in go.mod. */
  line: number;
}

/** ReplaceRow is one `replace` line; newVersion is null for a directory replacement. */
export interface ReplaceRow {
  moduleId: number;
  oldPath: string;
  /** oldVersion is null when the replacement applies to every version. */
  oldVersion: string | null;
  newPath: string;
  newVersion: string | null;
  line: number;
}

/** ExcludeRow is one `exclude` line. */
export interface ExcludeRow {
  moduleId: number;
  path: string;
  version: string;
  line: number;
}

/** RetractRow is one `retract` line: a single version has low === high. */
export interface RetractRow {
  moduleId: number;
  low: string;
  high: string;
  rationale: string;
  line: number;
}

/** BuildListRow is one module@version of a main module's build list (`go list -m all` order). */
export interface BuildListRow {
  moduleId: number;
  /** position is the 0-based position in the build list (0 is the main module). */
  position: number;
  path: string;
  /** version is '' for the main module. */
  version: string;
  /** replacement is `path@version` or a directory when a replace applies, null otherwise. */
  replacement: string | null;
}

/** GraphEdgeRow is one `go mod graph` edge: from requires to. */
export interface GraphEdgeRow {
  moduleId: number;
  fromPath: string;
  /** fromVersion is '' for the main module. */
  fromVersion: string;
  toPath: string;
  toVersion: string;
}

/** GoSumRow summarizes a module's go.sum (absent go.sum: no row). */
export interface GoSumRow {
  moduleId: number;
  /** lines is the number of hash lines. */
  lines: number;
  /** modules is the number of distinct module@version pairs. */
  modules: number;
  /** goModOnly is the number of module@version pairs with only a `/go.mod` hash. */
  goModOnly: number;
  /** parseError is Go's error text when go.sum does not parse, null otherwise. */
  parseError: string | null;
}

/** FileSignalsRow is the analysis of one file content, shared by every file with that content. */
export interface FileSignalsRow {
  /** contentHash is the git blob id of the content (sha1 of `blob <size>\0<bytes>`). */
  contentHash: string;
  size: number;
  /** analyzer names the analyzer and its version, so a new analyzer re-analyses. */
  analyzer: string;
  /** signalsJson is the analyzer's FileSignals as JSON, null when analysis failed. */
  signalsJson: string | null;
  /** error says why the file could not be analysed (binary, too large, parse failure). */
  error: string | null;
}

/** ModuleFileRow places one .go file in one module of one snapshot. */
export interface ModuleFileRow {
  moduleId: number;
  /** relPath is the file path relative to the module directory, '/' separated. */
  relPath: string;
  contentHash: string;
  /** isTest is true for `_test.go` files. */
  isTest: boolean;
}

/** ModuleSignalsRow aggregates the file signals of one module. */
export interface ModuleSignalsRow {
  moduleId: number;
  files: number;
  testFiles: number;
  bytes: number;
  /** failedFiles counts files whose analysis failed (see problems). */
  failedFiles: number;
  /** aggregateJson is the sum/union of per-file signals as JSON. */
  aggregateJson: string;
}

/** ImportProvider says where an imported package comes from. */
export type ImportProvider = 'std' | 'main' | 'dependency' | 'unknown';

/** ModuleImportRow is one imported package path of a module, attributed to its providing module. */
export interface ModuleImportRow {
  moduleId: number;
  importPath: string;
  provider: ImportProvider;
  /** providerPath is the providing module path (longest build-list prefix), null for std/unknown. */
  providerPath: string | null;
  /** files is the number of non-test files importing it; testFiles the number of test files. */
  files: number;
  testFiles: number;
}

/** RequirementKind is how go.mod declares a module: direct, `// indirect`, or not at all. */
export type RequirementKind = 'direct' | 'indirect' | 'none';

/**
 * DependencyUsageRow joins a module's requirements with its imports: one row per module that is
 * required or imported. declared-but-unused = direct with importedFiles + importedTestFiles = 0;
 * used-but-indirect = indirect with imports.
 */
export interface DependencyUsageRow {
  moduleId: number;
  path: string;
  requirement: RequirementKind;
  /** version is the required version, null when not required. */
  version: string | null;
  importedFiles: number;
  importedTestFiles: number;
}

/** ProblemKind classifies what went wrong while reading a repository. */
export type ProblemKind =
  | 'manifest' // go.mod / go.work / go.sum does not parse
  | 'graph' // build list could not be loaded
  | 'binary' // a .go file that is not text
  | 'too-large' // a file over the size cap
  | 'unreadable' // permission or I/O error
  | 'symlink-loop' // a symbolic link cycle
  | 'git' // git could not read the repository or a commit
  | 'analysis'; // the Go source analyzer failed on a file

/** ProblemRow is something the scan could not read, recorded as data instead of aborting. */
export interface ProblemRow {
  id: number;
  repoId: number;
  /** snapshotId is null for problems found before a snapshot exists (e.g. git failures). */
  snapshotId: number | null;
  moduleId: number | null;
  kind: ProblemKind;
  /** file is relative to the repo root ('' when the problem is not about one file). */
  file: string;
  line: number | null;
  message: string;
}

/** Severity of a finding. */
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

/** FindingRow is a problem named by a findings rule, with its evidence. */
export interface FindingRow {
  id: number;
  /** kind is the rule's stable identifier (e.g. 'unused-requirement'). */
  kind: string;
  severity: Severity;
  repoId: number;
  snapshotId: number | null;
  moduleId: number | null;
  file: string | null;
  line: number | null;
  commit: string | null;
  message: string;
  /** evidenceJson is rule-specific structured evidence as JSON. */
  evidenceJson: string;
}
