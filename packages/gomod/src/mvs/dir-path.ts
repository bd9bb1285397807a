/**
 * Slash-separated directory paths, as Go's path/filepath treats them on Unix-like systems. The
 * resolver is pure, yet it must name the go.mod of a directory replacement exactly as the go command
 * does (relative to the main module or the go.work file), so it joins and relativises paths itself.
 */

/** isAbsolutePath reports whether p is an absolute slash-separated path. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/');
}

/** cleanPath returns the shortest equivalent of p (filepath.Clean): no `.`, no `x/..`, no double or trailing slash. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') out.push(part);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (!rooted) out.push('..');
  }
  const body = out.join('/');
  if (rooted) return `/${body}`;
  return body === '' ? '.' : body;
}

/** joinPath joins the non-empty elements with slashes and cleans the result (filepath.Join). */
export function joinPath(...elems: string[]): string {
  const parts = elems.filter((e) => e !== '');
  return parts.length === 0 ? '' : cleanPath(parts.join('/'));
}

/** resolvePath returns dir itself when it is absolute, else dir joined onto base. */
export function resolvePath(base: string, dir: string): string {
  return isAbsolutePath(dir) ? cleanPath(dir) : joinPath(base, dir);
}

/** dirName returns all but the last element of p (filepath.Dir). */
export function dirName(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return cleanPath(p.slice(0, i + 1));
}

/**
 * relativePath returns target relative to base (filepath.Rel for two absolute or two relative
 * paths), or undefined when no such path exists.
 */
export function relativePath(base: string, target: string): string | undefined {
  const b = cleanPath(base);
  const t = cleanPath(target);
  if (isAbsolutePath(b) !== isAbsolutePath(t)) return undefined;
  if (b === t) return '.';
  const bParts = b === '.' || b === '/' ? [] : b.replace(/^\//, '').split('/');
  const tParts = t === '.' || t === '/' ? [] : t.replace(/^\//, '').split('/');
  let common = 0;
  while (common < bParts.length && common < tParts.length && bParts[common] === tParts[common]) common++;
  if (bParts.slice(common).includes('..')) return undefined;
  const up = bParts.slice(common).map(() => '..');
  return [...up, ...tParts.slice(common)].join('/');
}

/** toDirectoryPath makes a relative path start with `./` unless it already reads as a directory path (modload.ToDirectoryPath). */
export function toDirectoryPath(p: string, isDirectoryPath: (p: string) => boolean): string {
  if (isDirectoryPath(p)) return p;
  return `./${cleanPath(p)}`;
}
