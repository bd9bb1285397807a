/**
 * Types of the go.mod / go.work model: the syntax tree (tokens, positions, comments) and the
 * semantic views built from it, as golang.org/x/mod/modfile defines them.
 * https://go.dev/ref/mod#go-mod-file
 *
 * The functions over them (each in its own file, all exported from ./index.js):
 *
 *   parseGoMod(file, text, options?: ParseGoModOptions): ParseResult<GoMod>
 *   parseGoWork(file, text): ParseResult<GoWork>
 *   formatGoMod(mod: GoMod): string        // exactly what `go mod edit -fmt` writes
 *   formatGoWork(work: GoWork): string     // exactly what `go work edit -fmt` writes
 *   toGoModJson(mod: GoMod): GoModJson     // the object `go mod edit -json` prints
 *   toGoWorkJson(work: GoWork): GoWorkJson // the object `go work edit -json` prints
 *   stringifyGoJson(value): string         // Go's json.MarshalIndent(v, "", "\t") + "\n"
 *   isDirectoryPath(path), isIndirect(line), parseDeprecation(block, line)
 *   decodeGoText(bytes): string            // bytes to text whose positions match Go's runes
 */
import type { ModFileErrorList } from './modfile-error.js';

export type { ModFileError, ModFileErrorList } from './modfile-error.js';

/**
 * Position is a place in a parsed text. `line` and `column` count from 1; `column` counts Unicode
 * code points (Go's runes), which is what Go prints in `file:line:col`. `offset` is the index in the
 * parsed JavaScript string (UTF-16 code units), used only to order things.
 */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** Comment is one `//` comment; `token` is its text without the line break. */
export interface Comment {
  start: Position;
  token: string;
  /** suffix is true for an end-of-line comment, false for a whole-line comment. */
  suffix: boolean;
}

/**
 * Comments are the comments attached to a syntax element. A whole-line comment with an empty token
 * stands for a preserved blank line inside a block.
 */
export interface Comments {
  /** before holds whole-line comments directly above the element. */
  before: Comment[];
  /** suffix holds end-of-line comments after the element. */
  suffix: Comment[];
  /** after holds whole-line comments below a top-level element (only the file's own list is used). */
  after: Comment[];
}

/** CommentBlock is a run of whole-line comments not attached to any statement. */
export interface CommentBlock {
  kind: 'comments';
  comments: Comments;
  start: Position;
}

/** Line is one statement: a top-level line, or a line inside a block (without the block's verb). */
export interface Line {
  kind: 'line';
  comments: Comments;
  start: Position;
  /** tokens as written; quoted arguments and versions are rewritten to their canonical form by parsing. */
  tokens: string[];
  inBlock: boolean;
  end: Position;
}

/** Paren is the opening or closing parenthesis of a block, a place to hang comments. */
export interface Paren {
  comments: Comments;
  pos: Position;
}

/** LineBlock is a factored block such as `require ( … )`. */
export interface LineBlock {
  kind: 'block';
  comments: Comments;
  start: Position;
  /** tokens is the block header (normally just the verb). */
  tokens: string[];
  lparen: Paren;
  lines: Line[];
  rparen: Paren;
}

/** Statement is one top-level element of a file. */
export type Statement = CommentBlock | Line | LineBlock;

/** FileSyntax is the full syntax tree of a go.mod or go.work file. */
export interface FileSyntax {
  /** name is the file name used in positions and errors. */
  name: string;
  comments: Comments;
  statements: Statement[];
}

/** Directive is what every semantic entry shares: where it was written. */
export interface Directive {
  /** position is the start of the directive's line (Go positions directive errors there too). */
  position: Position;
  /** syntax is the line the directive was read from. */
  syntax: Line;
}

/** ModuleDirective is the `module` line. https://go.dev/ref/mod#go-mod-file-module */
export interface ModuleDirective extends Directive {
  path: string;
  /** deprecated is the `// Deprecated:` message; absent when the module is not deprecated. */
  deprecated?: string;
}

/** GoDirective is the `go` line. https://go.dev/ref/mod#go-mod-file-go */
export interface GoDirective extends Directive {
  version: string;
}

/** ToolchainDirective is the `toolchain` line. https://go.dev/ref/mod#go-mod-file-toolchain */
export interface ToolchainDirective extends Directive {
  name: string;
}

/** GodebugDirective is one `godebug key=value` line. https://go.dev/ref/mod#go-mod-file-godebug */
export interface GodebugDirective extends Directive {
  key: string;
  value: string;
}

/** RequireDirective is one requirement. https://go.dev/ref/mod#go-mod-file-require */
export interface RequireDirective extends Directive {
  path: string;
  version: string;
  /** indirect is true when the line carries a `// indirect` comment. */
  indirect: boolean;
}

/** ExcludeDirective is one exclusion. https://go.dev/ref/mod#go-mod-file-exclude */
export interface ExcludeDirective extends Directive {
  path: string;
  version: string;
}

/** ReplaceSide is one side of a replacement; `version` is absent for a wildcard or directory. */
export interface ReplaceSide {
  path: string;
  version?: string;
}

/** ReplaceDirective is one replacement. https://go.dev/ref/mod#go-mod-file-replace */
export interface ReplaceDirective extends Directive {
  old: ReplaceSide;
  new: ReplaceSide;
}

/**
 * RetractDirective is one retraction: a closed interval (`low` equals `high` for one version).
 * Bounds are not validated unless a version fixer was given, so they may be arbitrary text.
 * https://go.dev/ref/mod#go-mod-file-retract
 */
export interface RetractDirective extends Directive {
  low: string;
  high: string;
  rationale: string;
}

/** ToolDirective is one `tool` line. https://go.dev/ref/mod#go-mod-file-tool */
export interface ToolDirective extends Directive {
  path: string;
}

/** IgnoreDirective is one `ignore` line. https://go.dev/ref/mod#go-mod-file-ignore */
export interface IgnoreDirective extends Directive {
  path: string;
}

/** UseDirective is one `use` line of a go.work file. https://go.dev/ref/mod#go-work-file-use */
export interface UseDirective extends Directive {
  path: string;
  /** modulePath is only ever set by editing; parsing leaves it absent. */
  modulePath?: string;
}

/** GoMod is the interpreted content of a go.mod file (Go's modfile.File). */
export interface GoMod {
  syntax: FileSyntax;
  module?: ModuleDirective;
  go?: GoDirective;
  toolchain?: ToolchainDirective;
  godebug: GodebugDirective[];
  require: RequireDirective[];
  exclude: ExcludeDirective[];
  replace: ReplaceDirective[];
  retract: RetractDirective[];
  tool: ToolDirective[];
  ignore: IgnoreDirective[];
}

/** GoWork is the interpreted content of a go.work file (Go's modfile.WorkFile). */
export interface GoWork {
  syntax: FileSyntax;
  go?: GoDirective;
  toolchain?: ToolchainDirective;
  godebug: GodebugDirective[];
  use: UseDirective[];
  replace: ReplaceDirective[];
}

/**
 * VersionFixer rewrites a version written for path (cmd/go resolves branch names this way for the
 * main module). It returns the version to use or throws; the thrown error's message becomes the
 * error text (for a ModuleError, only its inner reason, as Go does).
 */
export type VersionFixer = (path: string, version: string) => string;

/** ParseGoModOptions select the parsing mode. */
export interface ParseGoModOptions {
  /**
   * lax parses a dependency's go.mod (Go's ParseLax): only module, go, require, retract and ignore
   * are interpreted; unknown and main-module-only directives are skipped.
   */
  lax?: boolean;
  /** fixVersion replaces canonicalisation of versions; with it, retract bounds are checked too. */
  fixVersion?: VersionFixer;
}

/** ParseResult is a parse outcome: the value, or every error found (Go's ErrorList). */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ModFileErrorList };

/** GoModJson is exactly the object `go mod edit -json` prints (Go's field names, order and omissions). */
export interface GoModJson {
  Module: { Path: string; Deprecated?: string };
  Go?: string;
  Toolchain?: string;
  GoDebug?: Array<{ Key: string; Value: string }>;
  Require: Array<{ Path: string; Version?: string; Indirect?: true }> | null;
  Exclude: ModuleVersionJson[] | null;
  Replace: Array<{ Old: ModuleVersionJson; New: ModuleVersionJson }> | null;
  Retract: Array<{ Low?: string; High?: string; Rationale?: string }> | null;
  Tool: Array<{ Path: string }> | null;
  Ignore: Array<{ Path: string }> | null;
}

/** GoWorkJson is exactly the object `go work edit -json` prints (it has no toolchain or godebug). */
export interface GoWorkJson {
  Go?: string;
  Use: Array<{ DiskPath: string; ModPath?: string }> | null;
  Replace: Array<{ Old: ModuleVersionJson; New: ModuleVersionJson }> | null;
}

/** ModuleVersionJson is Go's module.Version as JSON: Version is omitted when empty. */
export interface ModuleVersionJson {
  Path: string;
  Version?: string;
}
