/**
 * Slash-separated path helpers with the exact results of Go's `path` package, and the case folding
 * x/mod uses to detect file names that collide on case-insensitive file systems.
 */

// Go's path.Clean and path.Dir are gomod's (filepath on '/'-separated paths gives the same results).
export { cleanPath, dirName as dirPath } from '@goradar/gomod';

/** basePath returns the last element of p, as Go's path.Base does. */
export function basePath(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/**
 * foldCase maps s to a canonical form shared by every string equal to it under Unicode simple case
 * folding (x/mod's strToFold: the smallest rune of each fold orbit, ASCII letters in lower case).
 * The orbit is approximated with JavaScript's one-to-one upper/lower mappings, which cover the
 * orbits Go's unicode.SimpleFold walks (K/k/KELVIN SIGN, S/s/LONG S, Σ/σ/ς …).
 */
export function foldCase(s: string): string {
  if (isAsciiWithoutUpper(s)) return s;
  let out = '';
  for (const ch of s) out += foldRune(ch);
  return out;
}

function singleRune(s: string): boolean {
  return s.length > 0 && [...s].length === 1;
}

function foldRune(ch: string): string {
  const seen = new Set<string>([ch]);
  const queue = [ch];
  while (queue.length > 0) {
    const c = queue.pop() as string;
    for (const next of [c.toLowerCase(), c.toUpperCase()]) {
      if (singleRune(next) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  let min = ch;
  for (const c of seen) if ((c.codePointAt(0) as number) < (min.codePointAt(0) as number)) min = c;
  return min >= 'A' && min <= 'Z' ? min.toLowerCase() : min;
}

function isAsciiWithoutUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}
