/**
 * Comments that carry meaning (golang.org/x/mod/modfile rule.go `isIndirect`,
 * `parseDirectiveComment`, `parseDeprecation`): `// indirect` on requirements, `// Deprecated:` on
 * the module line, and retraction rationales.
 * https://go.dev/ref/mod#go-mod-file-require, https://go.dev/ref/mod#go-mod-file-module-deprecation
 */
import { goFields, trimGoSpace } from './go-strings.js';
import type { Comment, Line, LineBlock } from './types.js';

/**
 * isIndirect reports whether line's first end-of-line comment marks it indirect: its words are
 * exactly `indirect`, or there are several and the first is `indirect;`.
 */
export function isIndirect(line: Line): boolean {
  const first = line.comments.suffix[0];
  if (first === undefined) return false;
  if (first.token === '// indirect') return true;
  const token = first.token.startsWith('//') ? first.token.slice(2) : first.token;
  const words = goFields(token);
  return (words.length === 1 && words[0] === 'indirect') || (words.length > 1 && words[0] === 'indirect;');
}

/**
 * parseDirectiveComment returns the text of the comments on a directive: the line's own comments
 * (above, then at the end), or the block's when the line has none; `//` and surrounding space are
 * removed and lines joined with "\n".
 */
export function parseDirectiveComment(block: LineBlock | undefined, line: Line): string {
  let comments = line.comments;
  if (block !== undefined && comments.before.length === 0 && comments.suffix.length === 0) comments = block.comments;
  const lines: string[] = [];
  for (const group of [comments.before, comments.suffix]) {
    for (const c of group) if (c.token.startsWith('//')) lines.push(trimGoSpace(c.token.slice(2)));
  }
  return lines.join('\n');
}

const deprecatedRE = /(?:^|\n\n)Deprecated: *([\s\S]*?)(?:$|\n\n)/;

/**
 * parseDeprecation returns the deprecation message of a module directive: the paragraph of its
 * comments that starts with `Deprecated:` (case-sensitive), without that prefix; '' when none.
 */
export function parseDeprecation(block: LineBlock | undefined, line: Line): string {
  const m = deprecatedRE.exec(parseDirectiveComment(block, line));
  return m === null ? '' : (m[1] as string);
}

/** commentText returns a comment's text as the printer writes it (white space trimmed). */
export function commentText(c: Comment): string {
  return trimGoSpace(c.token);
}
