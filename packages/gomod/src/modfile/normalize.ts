/**
 * What `go mod edit` / `go work edit` do to a file before printing it (golang.org/x/mod/modfile
 * `removeDups`, `SortBlocks`, `Cleanup`): drop duplicate exclude, replace, tool and ignore lines,
 * sort block lines, drop empty blocks and collapse one-line blocks. These functions never mutate
 * their input; they return new lists and a new syntax tree sharing unchanged lines.
 */
import { compareUtf8 } from '../internal/strings.js';
import * as semver from '../semver/semver.js';
import { encodeGoText } from '../internal/go-text.js';
import { hasLoneSurrogate } from '../internal/go-text.js';
import type { Directive, FileSyntax, Line, LineBlock, ReplaceDirective, Statement } from './types.js';

/** DedupLists are the directive lists removeDups prunes; absent lists are left alone. */
export interface DedupLists {
  exclude?: ReadonlyArray<Directive & { path: string; version: string }>;
  replace: readonly ReplaceDirective[];
  tool?: ReadonlyArray<Directive & { path: string }>;
  ignore?: ReadonlyArray<Directive & { path: string }>;
}

/** Deduplicated is the outcome of removeDups: the kept entries and the lines to drop. */
export interface Deduplicated<T extends DedupLists> {
  lists: { [K in keyof T]: T[K] };
  killed: ReadonlySet<Line>;
}

/**
 * removeDups keeps the first of equal exclude, tool and ignore entries and the last of replace
 * entries with the same left-hand side (Go's removeDups); require and retract are never pruned.
 */
export function removeDups<T extends DedupLists>(lists: T): Deduplicated<T> {
  const killed = new Set<Line>();
  const keepFirst = <E extends Directive>(entries: readonly E[] | undefined, key: (e: E) => string): E[] | undefined => {
    if (entries === undefined) return undefined;
    const seen = new Set<string>();
    for (const e of entries) {
      const k = key(e);
      if (seen.has(k)) killed.add(e.syntax);
      seen.add(k);
    }
    return entries.filter((e) => !killed.has(e.syntax));
  };
  const seenReplace = new Set<string>();
  for (let i = lists.replace.length - 1; i >= 0; i--) {
    const r = lists.replace[i] as ReplaceDirective;
    const k = `${r.old.path}\u0000${r.old.version ?? ''}`;
    if (seenReplace.has(k)) killed.add(r.syntax);
    seenReplace.add(k);
  }
  const out = { ...lists } as { [K in keyof T]: T[K] };
  if (lists.exclude) out.exclude = keepFirst(lists.exclude, (e) => `${e.path}\u0000${e.version}`) as T['exclude'];
  out.replace = lists.replace.filter((r) => !killed.has(r.syntax));
  if (lists.tool) out.tool = keepFirst(lists.tool, (e) => e.path) as T['tool'];
  if (lists.ignore) out.ignore = keepFirst(lists.ignore, (e) => e.path) as T['ignore'];
  return { lists: out, killed };
}

/** NormalizeOptions say how to sort blocks. */
export interface NormalizeOptions {
  /** killed lines are dropped (from removeDups). */
  killed: ReadonlySet<Line>;
  /** semanticExcludeSort sorts exclude blocks by path then semver (go 1.21 and later). */
  semanticExcludeSort: boolean;
  /** retractSort sorts retract blocks by descending interval (go.mod only). */
  retractSort: boolean;
}

/** normalizeSyntax drops killed lines, sorts blocks and cleans up, returning a new tree. */
export function normalizeSyntax(syntax: FileSyntax, options: NormalizeOptions): FileSyntax {
  const statements: Statement[] = [];
  for (const stmt of syntax.statements) {
    if (stmt.kind === 'comments') {
      statements.push(stmt);
    } else if (stmt.kind === 'line') {
      if (!options.killed.has(stmt)) statements.push(stmt);
    } else {
      const lines = stmt.lines.filter((l) => !options.killed.has(l)).sort(lineComparator(stmt, options));
      if (lines.length === 1 && stmt.rparen.comments.before.length === 0) statements.push(collapse(stmt, lines[0] as Line));
      else if (lines.length > 0) statements.push({ ...stmt, lines });
    }
  }
  return { ...syntax, statements };
}

// collapse turns a one-line block into a single line (Go's Cleanup); the block's `(` comments are lost.
function collapse(block: LineBlock, line: Line): Line {
  return {
    kind: 'line',
    comments: {
      before: [...block.comments.before, ...line.comments.before],
      suffix: [...line.comments.suffix, ...block.comments.suffix],
      after: [...line.comments.after, ...block.comments.after],
    },
    start: { line: 0, column: 0, offset: 0 },
    tokens: [...block.tokens, ...line.tokens],
    inBlock: false,
    end: { line: 0, column: 0, offset: 0 },
  };
}

function lineComparator(block: LineBlock, options: NormalizeOptions): (a: Line, b: Line) => number {
  const verb = block.tokens[0];
  if (verb === 'exclude' && options.semanticExcludeSort) return compareLineExclude;
  if (verb === 'retract' && options.retractSort) return compareLineRetract;
  return compareLine;
}

/** compareGoStrings orders strings by their bytes, as Go's string comparison does. */
export function compareGoStrings(a: string, b: string): number {
  if (!hasLoneSurrogate(a) && !hasLoneSurrogate(b)) return compareUtf8(a, b);
  const x = encodeGoText(a);
  const y = encodeGoText(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] as number) < (y[i] as number) ? -1 : 1;
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

function compareLine(a: Line, b: Line): number {
  const n = Math.min(a.tokens.length, b.tokens.length);
  for (let k = 0; k < n; k++) {
    if (a.tokens[k] !== b.tokens[k]) return compareGoStrings(a.tokens[k] as string, b.tokens[k] as string);
  }
  return a.tokens.length - b.tokens.length;
}

function compareLineExclude(a: Line, b: Line): number {
  if (a.tokens.length !== 2 || b.tokens.length !== 2) return compareLine(a, b);
  if (a.tokens[0] !== b.tokens[0]) return compareGoStrings(a.tokens[0] as string, b.tokens[0] as string);
  return semver.compare(a.tokens[1] as string, b.tokens[1] as string);
}

function retractInterval(l: Line): [string, string] {
  const t = l.tokens;
  if (t.length === 1) return [t[0] as string, t[0] as string];
  if (t.length === 5 && t[0] === '[' && t[2] === ',' && t[4] === ']') return [t[1] as string, t[3] as string];
  return ['', ''];
}

function compareLineRetract(a: Line, b: Line): number {
  const [alow, ahigh] = retractInterval(a);
  const [blow, bhigh] = retractInterval(b);
  const c = semver.compare(alow, blow);
  return c !== 0 ? -c : -semver.compare(ahigh, bhigh);
}
