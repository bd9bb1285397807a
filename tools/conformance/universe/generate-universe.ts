import { Rng } from './rng.js';
import type { LocalModule, PublishedModule, Universe } from './universe-model.js';

type PathKind = 'plain' | 'upper' | 'major' | 'incompatible';

interface UniversePath {
  path: string;
  kind: PathKind;
  versions: string[];
}

const PLAIN_VERSIONS = ['v0.1.0', 'v0.2.0', 'v1.0.0', 'v1.1.0', 'v1.2.0-rc.1', 'v1.2.0', 'v1.2.1-0.20200102030405-abcdef012345', 'v0.0.0-20190101000000-0123456789ab'];
const MAJOR_VERSIONS = ['v2.0.0', 'v2.1.0', 'v2.2.0-beta.1', 'v2.0.1-0.20210304050607-0123456789ab'];
const INCOMPATIBLE_VERSIONS = ['v2.0.0+incompatible', 'v3.1.0+incompatible', 'v2.0.1-0.20200722182040-012345abcdef+incompatible'];
/** GO_LINES mixes unpruned (< 1.17), pruned, and go@-vertex (>= 1.21) go lines; '' is no go line. */
const GO_LINES = ['', '1.12', '1.16', '1.16', '1.17', '1.18', '1.20', '1.21', '1.21.0', '1.22', '1.22.5', '1.23', '1.24.0', '1.25'];
const TOOLCHAINS = ['go1.22.1', 'go1.23.4', 'go1.24.0', 'go1.25.2'];

function makePaths(rng: Rng): UniversePath[] {
  const n = rng.int(3, 8);
  const out: UniversePath[] = [];
  for (let i = 0; i < n; i++) {
    const kind: PathKind = rng.chance(0.12) ? 'major' : rng.chance(0.1) ? 'incompatible' : rng.chance(0.1) ? 'upper' : 'plain';
    const path = kind === 'major' ? `example.com/m${i}/v2` : kind === 'upper' ? `example.com/Mod${i}X` : kind === 'incompatible' ? `example.com/inc${i}` : `example.com/m${i}`;
    const pool = kind === 'major' ? MAJOR_VERSIONS : kind === 'incompatible' ? [...INCOMPATIBLE_VERSIONS, 'v1.0.0'] : PLAIN_VERSIONS;
    out.push({ path, kind, versions: rng.sample(pool, rng.int(1, Math.min(4, pool.length))) });
  }
  return out;
}

function requireBlock(reqs: ReadonlyArray<{ path: string; version: string; indirect?: boolean }>): string {
  if (reqs.length === 0) return '';
  const lines = reqs.map((r) => `\t${r.path} ${r.version}${r.indirect ? ' // indirect' : ''}`);
  return `\nrequire (\n${lines.join('\n')}\n)\n`;
}

function pickRequirements(rng: Rng, paths: readonly UniversePath[], self: string, max: number): Array<{ path: string; version: string }> {
  const others = paths.filter((p) => p.path !== self);
  return rng.sample(others, rng.int(0, Math.min(max, others.length))).map((p) => ({ path: p.path, version: rng.pick(p.versions) }));
}

function goLine(go: string): string {
  return go === '' ? '' : `\ngo ${go}\n`;
}

function dependencyGoMod(rng: Rng, p: UniversePath, version: string, paths: readonly UniversePath[]): string {
  if (version.endsWith('+incompatible')) return `module ${p.path}\n`;
  const declared = rng.chance(0.01) ? 'example.com/impostor' : p.path;
  let text = `module ${declared}\n${goLine(rng.pick(GO_LINES))}`;
  if (rng.chance(0.05)) text += `\ntoolchain ${rng.pick(TOOLCHAINS)}\n`;
  text += requireBlock(pickRequirements(rng, paths, p.path, 3));
  if (rng.chance(0.1)) text += `\nexclude ${rng.pick(paths).path} v0.1.0\n`;
  if (rng.chance(0.1)) text += `\nreplace ${rng.pick(paths).path} => ./nowhere\n`;
  if (rng.chance(0.15)) text += `\nretract ${rng.pick(p.versions)} // broken\n`;
  return text;
}

function publish(rng: Rng, paths: readonly UniversePath[], mainPaths: readonly string[]): PublishedModule[] {
  const out = paths.flatMap((p) => p.versions.map((version) => ({ path: p.path, version, goMod: dependencyGoMod(rng, p, version, paths) })));
  // Now and then a published version of a main module, required back by a dependency (a cycle through the main module).
  if (rng.chance(0.1)) {
    const main = rng.pick(mainPaths);
    out.push({ path: main, version: 'v1.0.0', goMod: `module ${main}\n${goLine(rng.pick(GO_LINES))}${requireBlock(pickRequirements(rng, paths, main, 2))}` });
    const dep = rng.pick(out.filter((m) => !m.version.endsWith('+incompatible') && m.path !== main));
    if (dep) dep.goMod += `\nrequire ${main} v1.0.0\n`;
  }
  return out;
}

interface MainParts {
  goMod: string;
  locals: LocalModule[];
  go: string;
}

function replaceLines(rng: Rng, paths: readonly UniversePath[], localBase: string, mainDir: string): { lines: string[]; locals: LocalModule[] } {
  const lines: string[] = [];
  const locals: LocalModule[] = [];
  const used = new Set<string>();
  for (let i = rng.int(0, 2); i > 0; i--) {
    const from = rng.pick(paths);
    const old = rng.chance(0.4) ? from.path : `${from.path} ${rng.pick(from.versions)}`;
    if (used.has(old)) continue;
    used.add(old);
    if (rng.chance(0.3)) {
      const dir = `${localBase}${locals.length}`;
      const declared = rng.chance(0.8) ? from.path : 'example.com/elsewhere';
      locals.push({ dir: `${mainDir}/${dir}`, goMod: `module ${declared}\n${goLine(rng.pick(GO_LINES))}${requireBlock(pickRequirements(rng, paths, from.path, 3))}` });
      lines.push(`replace ${old} => ./${dir}`);
    } else {
      const to = rng.chance(0.6) ? from : rng.pick(paths);
      // Now and then a replacement points at a version nobody published: both must fail.
      const version = rng.chance(0.05) ? (to.kind === 'major' ? 'v2.9.9' : 'v1.9.9') : rng.pick(to.versions);
      lines.push(`replace ${old} => ${to.path} ${version}`);
    }
  }
  return { lines, locals };
}

function mainGoMod(rng: Rng, modulePath: string, paths: readonly UniversePath[], dir: string): MainParts {
  const go = rng.pick(GO_LINES);
  let text = `module ${modulePath}\n${goLine(go)}`;
  if (go !== '' && go >= '1.21' && rng.chance(0.2)) text += `\ntoolchain ${rng.pick(TOOLCHAINS)}\n`;
  const reqs = rng.sample(paths, rng.int(1, Math.min(5, paths.length))).map((p) => ({ path: p.path, version: rng.pick(p.versions), indirect: rng.chance(0.3) }));
  const first = reqs[0];
  if (first && rng.chance(0.05)) {
    const p = paths.find((x) => x.path === first.path);
    if (p) reqs.push({ path: first.path, version: rng.pick(p.versions), indirect: true });
  }
  text += requireBlock(reqs);
  for (let i = rng.int(0, 2); i > 0; i--) {
    const p = rng.pick(paths);
    text += `\nexclude ${p.path} ${rng.pick(p.versions)}\n`;
  }
  const { lines, locals } = replaceLines(rng, paths, 'local', dir);
  if (lines.length > 0) text += `\n${lines.join('\n')}\n`;
  return { goMod: text, locals, go };
}

function compareGo(a: string, b: string): number {
  const pa = (a || '1.16').split('.').map(Number);
  const pb = (b || '1.16').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function workspaceUniverse(rng: Rng, seed: number, paths: readonly UniversePath[], published: PublishedModule[]): Universe {
  const names = ['a', 'b', 'c'].slice(0, rng.int(2, 3));
  const parts = names.map((n) => mainGoMod(rng, `example.com/w${n}`, paths, n));
  const goWorkVersion = parts.map((p) => p.go).reduce((m, g) => (compareGo(g, m) > 0 ? g : m), '1.18');
  let goWork = `go ${goWorkVersion}\n\nuse (\n${names.map((n) => `\t./${n}`).join('\n')}\n)\n`;
  if (compareGo(goWorkVersion, '1.21') >= 0 && rng.chance(0.2)) goWork += `\ntoolchain ${rng.pick(TOOLCHAINS)}\n`;
  const workLocals: LocalModule[] = [];
  if (rng.chance(0.4)) {
    const p = rng.pick(paths);
    goWork += `\nreplace ${p.path} ${rng.pick(p.versions)} => ${p.path} ${rng.pick(p.versions)}\n`;
  }
  if (rng.chance(0.2)) {
    const p = rng.pick(paths);
    workLocals.push({ dir: 'worklocal', goMod: `module ${p.path}\n${goLine(rng.pick(GO_LINES))}${requireBlock(pickRequirements(rng, paths, p.path, 2))}` });
    goWork += `\nreplace ${p.path} => ./worklocal\n`;
  }
  return {
    seed,
    published,
    mains: names.map((n, i) => ({ dir: n, goMod: (parts[i] as MainParts).goMod })),
    locals: [...parts.flatMap((p) => p.locals), ...workLocals],
    goWork,
    runDir: rng.pick(names),
  };
}

/**
 * generateUniverse builds a random module universe from seed: random requirement graphs (cycles
 * allowed) over paths with prereleases, pseudo-versions, +incompatible and /v2 versions and
 * case-escaped paths; go lines mixing unpruned, pruned and go@-vertex modules; retractions; and a
 * main module (or a workspace of two or three) with excludes and exact, wildcard and directory
 * replacements.
 */
export function generateUniverse(seed: number): Universe {
  const rng = new Rng(seed);
  const paths = makePaths(rng);
  const workspace = rng.chance(0.2);
  const published = publish(rng, paths, workspace ? ['example.com/wa', 'example.com/wb'] : ['example.com/main']);
  if (rng.chance(0.03)) published.splice(rng.int(0, published.length - 1), 1);
  if (workspace) return workspaceUniverse(rng, seed, paths, published);
  const main = mainGoMod(rng, 'example.com/main', paths, 'main');
  return { seed, published, mains: [{ dir: 'main', goMod: main.goMod }], locals: main.locals, runDir: 'main' };
}
