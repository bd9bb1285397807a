import * as gover from '../gover/gover.js';
import type { ModuleVersion } from '../module/index.js';

/**
 * Pruning says how much of a module's dependency graph is loaded: `pruned` (go 1.17 and later: a
 * module's own requirements only), `unpruned` (the full transitive closure) or `workspace` (the
 * union of the workspace modules' requirements).
 * https://go.dev/ref/mod#graph-pruning
 */
export type Pruning = 'pruned' | 'unpruned' | 'workspace';

/** Requirement is one `require` line: a module version and whether it is marked `// indirect`. */
export interface Requirement extends ModuleVersion {
  indirect: boolean;
}

/**
 * Replacement is one `replace` line. `old.version` is '' for a wildcard; `new.version` is '' when
 * the replacement is a directory (`new.path` is then the directory as written).
 */
export interface Replacement {
  old: ModuleVersion;
  new: ModuleVersion;
}

/** Retraction is one `retract` interval (low == high for a single version). */
export interface Retraction {
  low: string;
  high: string;
  rationale: string;
}

/**
 * GoModSummary is what the module graph needs from one go.mod file: the module path, `go` and
 * `toolchain` lines, requirements in file order, and (for main modules) excludes and replacements.
 * An adapter builds it from a parsed go.mod (summaryFromGoMod), tests write it directly.
 */
export interface GoModSummary {
  /** module is the declared module path, '' when the file has no module line. */
  module: string;
  /** goVersion is the `go` line's version, '' when there is none. */
  goVersion: string;
  /** toolchain is the `toolchain` line's name, '' when there is none. */
  toolchain: string;
  requires: Requirement[];
  excludes: ModuleVersion[];
  replaces: Replacement[];
  retracts: Retraction[];
  /** deprecated is the module's deprecation message, '' when not deprecated. */
  deprecated: string;
}

/** GoWorkSummary is what the module graph needs from a go.work file. */
export interface GoWorkSummary {
  /** goVersion is the `go` line's version, '' when there is none. */
  goVersion: string;
  toolchain: string;
  /** uses are the `use` directories as written (relative to the go.work directory, or absolute). */
  uses: string[];
  replaces: Replacement[];
}

/** emptySummary returns a summary with no directives, for module. */
export function emptySummary(module = ''): GoModSummary {
  return { module, goVersion: '', toolchain: '', requires: [], excludes: [], replaces: [], retracts: [], deprecated: '' };
}

/**
 * pruningForGoVersion returns `pruned` for go 1.17 and later, `unpruned` before (and for a missing
 * go line). https://go.dev/ref/mod#graph-pruning
 */
export function pruningForGoVersion(goVersion: string): Exclude<Pruning, 'workspace'> {
  if (goVersion === '') return 'unpruned';
  return gover.compare(goVersion, EXPLICIT_INDIRECT_VERSION) < 0 ? 'unpruned' : 'pruned';
}

/** EXPLICIT_INDIRECT_VERSION is the first Go version with graph pruning and explicit indirect requirements. */
export const EXPLICIT_INDIRECT_VERSION = '1.17';

/** GO_STRICT_VERSION is the first Go version whose `go` line is a strict minimum (go@ vertices in the graph). */
export const GO_STRICT_VERSION = '1.21';

/** goModVersion returns the Go version a go.mod declares, with the 1.16 default for a missing go line. */
export function goModVersion(summary: Pick<GoModSummary, 'goVersion'>): string {
  return summary.goVersion === '' ? gover.DEFAULT_GO_MOD_VERSION : summary.goVersion;
}

/** goWorkVersion returns the Go version a go.work declares, with the 1.18 default for a missing go line. */
export function goWorkVersion(summary: Pick<GoWorkSummary, 'goVersion'>): string {
  return summary.goVersion === '' ? gover.DEFAULT_GO_WORK_VERSION : summary.goVersion;
}
