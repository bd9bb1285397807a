/**
 * Expected findings of the example fleet's latest state, for the rules that need no module graph,
 * computed from the fixtures and the bundled proxy with plain text reading.
 */
import { fixtureRepos } from '../create-fleet.js';
import { expectedSkew, lowerMedianLang, parsedModules, versionKey } from './expected-figures.js';
import { lang, modulesOf, proxyGoMod, proxyLatest, relGoMod, treeAt, classify } from './fixture-model.js';

/** ExpectedFinding is the part of a finding the example test compares. */
export interface ExpectedFinding {
  kind: string;
  severity: string;
  repo: string;
  file: string;
  line: number | null;
}

/** GRAPH_FREE_KINDS are the rules whose findings do not depend on loaded module graphs. */
export const GRAPH_FREE_KINDS = [
  'unparseable-manifest',
  'retracted-version',
  'excluded-version',
  'replace-local',
  'replace-fork',
  'replace-pin',
  'deprecated-module',
  'multiple-majors',
  'version-skew',
  'pseudo-version',
  'incompatible-version',
  'go-directive-missing',
  'go-version-outlier',
];

function advisory(path: string): { retracted: string[]; deprecated: boolean } {
  const latest = proxyLatest(path);
  if (!latest) return { retracted: [], deprecated: false };
  const text = proxyGoMod(path, latest);
  return { retracted: [...text.matchAll(/^retract\s+(v\S+)/gm)].map((m) => m[1] ?? ''), deprecated: /^\/\/ Deprecated:/m.test(text) };
}

/** expectedGraphFreeFindings computes the findings of GRAPH_FREE_KINDS for every repository's final state. */
export function expectedGraphFreeFindings(): ExpectedFinding[] {
  const trees = new Map(fixtureRepos().map((r) => [r, treeAt(r)]));
  const out: ExpectedFinding[] = [];
  const add = (kind: string, severity: string, repo: string, file: string, line: number | null): void => void out.push({ kind, severity, repo, file, line });
  for (const [repo, tree] of trees) for (const m of modulesOf(repo, tree)) if (!m.parses) add('unparseable-manifest', 'high', repo, relGoMod(m.dir), m.errorLine);
  const skew = new Map(expectedSkew(trees).map((s) => [s.path, s.newest]));
  const mods = parsedModules(trees);
  const goLangs = mods.flatMap((m) => (m.go ? [lang(m.go)] : []));
  const median = Number(lowerMedianLang(goLangs).split('.')[1]);
  for (const m of mods) {
    const file = relGoMod(m.dir);
    const replaced = new Set(m.replaces.map((r) => r.old));
    for (const r of m.replaces) {
      const cls = classify(m.dir, r);
      const [kind, severity] = cls === 'local-outside' ? ['replace-local', 'high'] : cls === 'local-inside' ? ['replace-local', 'info'] : cls === 'fork' ? ['replace-fork', 'medium'] : ['replace-pin', 'low'];
      add(kind as string, severity as string, m.repo, file, r.line);
    }
    for (const r of m.requires) {
      if (m.excludes.some((e) => e.path === r.path && e.version === r.version)) add('excluded-version', 'high', m.repo, file, r.line);
      if (/-(?:0\.)?\d{14}-[0-9a-f]{12}$/.test(r.version)) add('pseudo-version', r.indirect ? 'info' : 'low', m.repo, file, r.line);
      if (r.version.endsWith('+incompatible')) add('incompatible-version', 'low', m.repo, file, r.line);
      const adv = replaced.has(r.path) ? { retracted: [], deprecated: false } : advisory(r.path);
      if (adv.retracted.includes(r.version)) add('retracted-version', 'high', m.repo, file, r.line);
      if (adv.deprecated) add('deprecated-module', r.indirect ? 'low' : 'medium', m.repo, file, r.line);
      const newest = skew.get(r.path);
      if (newest && newest !== r.version) add('version-skew', versionKey(newest).slice(0, 2).join() === versionKey(r.version).slice(0, 2).join() ? 'low' : 'medium', m.repo, file, r.line);
    }
    const families = new Map<string, string[]>();
    for (const r of m.requires) {
      const family = r.path.replace(/\/v\d+$/, '');
      families.set(family, [...(families.get(family) ?? []), r.path]);
    }
    for (const [family, paths] of families) if (paths.length > 1) add('multiple-majors', 'medium', m.repo, file, m.requires.find((r) => r.path.replace(/\/v\d+$/, '') === family)?.line ?? null);
    if (!m.go) add('go-directive-missing', 'low', m.repo, file, null);
    if (m.go && median - Number(lang(m.go).split('.')[1]) >= 3) add('go-version-outlier', 'low', m.repo, file, null);
  }
  return sortFindings(out);
}

/** sortFindings orders findings for comparison. */
export function sortFindings<T extends ExpectedFinding>(list: T[]): T[] {
  const key = (f: ExpectedFinding): string => `${f.repo}\u0000${f.file}\u0000${String(f.line ?? 0).padStart(5, '0')}\u0000${f.kind}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
