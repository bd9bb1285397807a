/**
 * Glob matching of module paths: Go's path.Match, and the GOPRIVATE-style prefix-pattern lists built on it.
 * See https://go.dev/ref/mod#private-modules.
 */

/** PatternError is thrown by pathMatch for a malformed pattern (path.ErrBadPattern). */
export class PatternError extends Error {
  constructor() {
    super('syntax error in pattern');
    this.name = 'PatternError';
  }
}

interface Chunk {
  star: boolean;
  chunk: string;
  rest: string;
}

function scanChunk(pattern: string): Chunk {
  let star = false;
  while (pattern.startsWith('*')) {
    pattern = pattern.slice(1);
    star = true;
  }
  let inRange = false;
  let i = 0;
  scan: for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case '\\':
        if (i + 1 < pattern.length) i++;
        break;
      case '[':
        inRange = true;
        break;
      case ']':
        inRange = false;
        break;
      case '*':
        if (!inRange) break scan;
        break;
    }
  }
  return { star, chunk: pattern.slice(0, i), rest: pattern.slice(i) };
}

function firstCodePoint(s: string): { cp: number; width: number } {
  const cp = s.codePointAt(0) ?? 0xfffd;
  return { cp, width: cp > 0xffff ? 2 : 1 };
}

function getEsc(chunk: string): { r: number; rest: string } {
  if (chunk === '' || chunk[0] === '-' || chunk[0] === ']') throw new PatternError();
  if (chunk[0] === '\\') {
    chunk = chunk.slice(1);
    if (chunk === '') throw new PatternError();
  }
  const { cp, width } = firstCodePoint(chunk);
  const rest = chunk.slice(width);
  if (rest === '') throw new PatternError();
  return { r: cp, rest };
}

/** matchChunk matches chunk against the start of s and returns the rest of s, or undefined when it fails. */
function matchChunk(chunk: string, s: string): string | undefined {
  let failed = false;
  while (chunk.length > 0) {
    if (!failed && s.length === 0) failed = true;
    const c = chunk[0];
    if (c === '[') {
      let r = -1;
      if (!failed) {
        const first = firstCodePoint(s);
        r = first.cp;
        s = s.slice(first.width);
      }
      chunk = chunk.slice(1);
      let negated = false;
      if (chunk[0] === '^') {
        negated = true;
        chunk = chunk.slice(1);
      }
      let matched = false;
      let ranges = 0;
      for (;;) {
        if (chunk[0] === ']' && ranges > 0) {
          chunk = chunk.slice(1);
          break;
        }
        const lo = getEsc(chunk);
        chunk = lo.rest;
        let hi = lo.r;
        if (chunk[0] === '-') {
          const h = getEsc(chunk.slice(1));
          hi = h.r;
          chunk = h.rest;
        }
        if (lo.r <= r && r <= hi) matched = true;
        ranges++;
      }
      if (matched === negated) failed = true;
    } else if (c === '?') {
      if (!failed) {
        if (s[0] === '/') failed = true;
        s = s.slice(firstCodePoint(s).width);
      }
      chunk = chunk.slice(1);
    } else if (c === '\\') {
      chunk = chunk.slice(1);
      if (chunk === '') throw new PatternError();
      if (!failed) {
        if (chunk[0] !== s[0]) failed = true;
        s = s.slice(1);
      }
      chunk = chunk.slice(1);
    } else {
      if (!failed) {
        if (c !== s[0]) failed = true;
        s = s.slice(1);
      }
      chunk = chunk.slice(1);
    }
  }
  return failed ? undefined : s;
}

/**
 * pathMatch reports whether name matches the shell pattern (Go's path.Match: `*` and `?` never match
 * `/`, `[…]` classes with ranges and `^`, `\` escapes). Throws PatternError for a malformed pattern.
 */
export function pathMatch(pattern: string, name: string): boolean {
  outer: while (pattern.length > 0) {
    const { star, chunk, rest } = scanChunk(pattern);
    pattern = rest;
    if (star && chunk === '') return !name.includes('/');
    const t = matchChunk(chunk, name);
    if (t !== undefined && (t.length === 0 || pattern.length > 0)) {
      name = t;
      continue;
    }
    if (star) {
      for (let i = 0; i < name.length && name[i] !== '/'; i++) {
        const t2 = matchChunk(chunk, name.slice(i + 1));
        if (t2 !== undefined) {
          if (pattern.length === 0 && t2.length > 0) continue;
          name = t2;
          continue outer;
        }
      }
    }
    // Before failing, make sure the rest of the pattern is well-formed (Go reports ErrBadPattern).
    while (pattern.length > 0) {
      const next = scanChunk(pattern);
      pattern = next.rest;
      matchChunk(next.chunk, '');
    }
    return false;
  }
  return name.length === 0;
}

/**
 * matchPrefixPatterns reports whether some leading path-element prefix of target matches one of the
 * comma-separated globs (module.MatchPrefixPatterns, used for GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE).
 * Empty and malformed globs never match; a trailing slash on a glob is ignored.
 */
export function matchPrefixPatterns(globs: string, target: string): boolean {
  for (let glob of globs.split(',')) {
    if (glob.endsWith('/')) glob = glob.slice(0, -1);
    if (glob === '') continue;
    let n = 0;
    for (const ch of glob) if (ch === '/') n++;
    let prefix = target;
    for (let i = 0; i < target.length; i++) {
      if (target[i] !== '/') continue;
      if (n === 0) {
        prefix = target.slice(0, i);
        break;
      }
      n--;
    }
    if (n > 0) continue;
    try {
      if (pathMatch(glob, prefix)) return true;
    } catch (err) {
      if (!(err instanceof PatternError)) throw err;
    }
  }
  return false;
}
