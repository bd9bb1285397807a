/**
 * Go's strings.TrimSpace and strings.Fields on JavaScript strings. Go's white space (unicode.IsSpace)
 * differs from JavaScript's: it includes U+0085 and excludes U+FEFF.
 */

/** isGoSpace reports whether code unit c is white space by Go's unicode.IsSpace. */
export function isGoSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  if (c === 0x85 || c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000) return true;
  return c >= 0x2000 && c <= 0x200a;
}

/** trimGoSpace removes leading and trailing white space (strings.TrimSpace). */
export function trimGoSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** goFields splits s around runs of white space (strings.Fields). */
export function goFields(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (isGoSpace(s.charCodeAt(i))) {
      if (start >= 0) out.push(s.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}
