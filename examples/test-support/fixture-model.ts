/**
 * An independent reading of the example fleet's fixtures, written for the tests only: plain line
 * scanning of the authored go.mod files and Go sources, no goradar code. The tests compare what
 * goradar stored and reported with what this model computes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { EXAMPLE_PROXY, fixtureCommits } from '../create-fleet.js';

/** FixtureRequire is one require line as written. */
export interface FixtureRequire {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
}

/** FixtureModule is one go.mod of a repository state. */
export interface FixtureModule {
  repo: string;
  dir: string;
  path: string;
  go: string | null;
  toolchain: string | null;
  parses: boolean;
  /** errorLine is the first line that does not parse, null when the file parses. */
  errorLine: number | null;
  requires: FixtureRequire[];
  replaces: Array<{ old: string; oldVersion: string | null; new: string; newVersion: string | null; line: number }>;
  excludes: Array<{ path: string; version: string; line: number }>;
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? walk(full, rel) : [rel];
  });
}

/** treeAt is a repository's files after every commit dated before cutoff (all commits without one). */
export function treeAt(repo: string, cutoff?: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of fixtureCommits(repo)) {
    if (cutoff !== undefined && `${c.date}T12:00:00Z` >= cutoff) continue;
    for (const rel of walk(c.dir)) files.set(rel, readFileSync(join(c.dir, rel), 'utf8'));
  }
  return files;
}

function stripComment(line: string): string {
  const at = line.indexOf('//');
  return (at < 0 ? line : line.slice(0, at)).trim();
}

/** readGoMod reads the directives the example uses from a go.mod text. */
export function readGoMod(repo: string, dir: string, text: string): FixtureModule {
  const mod: FixtureModule = { repo, dir, path: '', go: null, toolchain: null, parses: true, errorLine: null, requires: [], replaces: [], excludes: [] };
  let block = '';
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const code = stripComment(raw);
    if (code === ')') return void (block = '');
    const open = /^(\w+) \($/.exec(code);
    if (open) return void (block = open[1] ?? '');
    const words = code.split(/\s+/).filter(Boolean).map((w) => (/^"(.*)"$/.test(w) ? w.slice(1, -1) : w));
    const verb = block || words.shift();
    if (!verb || words.length === 0) return;
    if (verb === 'module') mod.path = words[0] ?? '';
    else if (verb === 'go') mod.go = words[0] ?? null;
    else if (verb === 'toolchain') mod.toolchain = words[0] ?? null;
    else if (verb === 'require') {
      if (words.length !== 2 && mod.parses) {
        mod.parses = false;
        mod.errorLine = line;
      }
      mod.requires.push({ path: words[0] ?? '', version: words[1] ?? '', indirect: /\/\/\s*indirect\b/.test(raw), line });
    } else if (verb === 'exclude') mod.excludes.push({ path: words[0] ?? '', version: words[1] ?? '', line });
    else if (verb === 'replace') {
      const arrow = words.indexOf('=>');
      const left = words.slice(0, arrow);
      const right = words.slice(arrow + 1);
      mod.replaces.push({ old: left[0] ?? '', oldVersion: left[1] ?? null, new: right[0] ?? '', newVersion: right[1] ?? null, line });
    }
  });
  if (!mod.parses) mod.path = '';
  return mod;
}

/** modulesOf lists the modules of a repository state, by directory. */
export function modulesOf(repo: string, tree: Map<string, string>): FixtureModule[] {
  return [...tree.keys()]
    .filter((f) => f === 'go.mod' || f.endsWith('/go.mod'))
    .sort()
    .map((f) => readGoMod(repo, f === 'go.mod' ? '.' : f.slice(0, -'/go.mod'.length), tree.get(f) ?? ''));
}

/** importsOf returns every quoted import path of the .go files of a tree (single and grouped imports). */
export function importsOf(tree: Map<string, string>): Set<string> {
  const found = new Set<string>();
  for (const [file, text] of tree) {
    if (!file.endsWith('.go')) continue;
    for (const m of text.matchAll(/^import\s+(?:\w+\s+)?"([^"]+)"/gm)) found.add(m[1] ?? '');
    for (const block of text.matchAll(/^import \(([\s\S]*?)\n\)/gm)) for (const m of (block[1] ?? '').matchAll(/"([^"]+)"/g)) found.add(m[1] ?? '');
  }
  return found;
}

/** classify says what a replace does, by plain path arithmetic. */
export function classify(moduleDir: string, r: FixtureModule['replaces'][number]): string {
  if (r.newVersion !== null) return r.new === r.old ? 'pin' : 'fork';
  const depth = moduleDir === '.' ? 0 : moduleDir.split('/').length;
  const ups = r.new.split('/').filter((s) => s === '..').length;
  return r.new.startsWith('/') || ups > depth ? 'local-outside' : 'local-inside';
}

/** proxyGoMod returns the go.mod text the bundled proxy serves for path@version. */
export function proxyGoMod(path: string, version: string): string {
  return readFileSync(join(EXAMPLE_PROXY, ...path.split('/'), '@v', `${version}.mod`), 'utf8');
}

/** proxyLatest returns the last version listed by the proxy for path, if it lists any. */
export function proxyLatest(path: string): string | undefined {
  try {
    return readFileSync(join(EXAMPLE_PROXY, ...path.split('/'), '@v', 'list'), 'utf8').trim().split('\n').pop();
  } catch {
    return undefined;
  }
}

/** lang is the major.minor of a Go version. */
export function lang(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/** relGoMod names a module directory's go.mod. */
export function relGoMod(dir: string): string {
  return posix.join(dir, 'go.mod');
}
