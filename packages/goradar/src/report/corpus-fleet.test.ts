/**
 * The shared corpus of real manifests as a fleet: the report's reuse shares, skew, replace
 * classes and go-version spread must equal values computed by plain reading of the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify, lang, readGoMod, relGoMod, type FixtureModule } from '../../../../examples/test-support/fixture-model.js';
import { computeFindings } from '../findings/compute-findings.js';
import { loadFleetFacts } from '../findings/fleet-facts.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { buildReportData } from './build-report-data.js';
import type { ReportData } from './report-data.js';
import { CORPUS_DIR, corpusAvailable, corpusGoMods, corpusProjects, CORPUS_LABELS, buildCorpusStore } from './test-support/corpus-fleet.js';

const available = corpusAvailable();
if (!available) process.stderr.write(`\n*** SKIPPING the corpus-as-fleet test: ${CORPUS_DIR} is absent. ***\n\n`);

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** headModules reads every project's go.mod files at 'head' with the plain reader. */
function headModules(): FixtureModule[] {
  return corpusProjects().flatMap((project) =>
    corpusGoMods(project, 'head').map((rel) => readGoMod(project, rel === 'go.mod' ? '.' : rel.slice(0, -'/go.mod'.length), readFileSync(join(CORPUS_DIR, project, 'head', rel), 'utf8'))),
  );
}

describe.skipIf(!available)('the shared corpus as a fleet', () => {
  let store: SqliteStore;
  let data: ReportData;
  let mods: FixtureModule[];
  let unparsed: Set<string>;

  beforeAll(async () => {
    store = await buildCorpusStore();
    const facts = loadFleetFacts(store);
    data = buildReportData({ facts, findings: computeFindings(facts), generatedAt: '2026-01-01T00:00:00.000Z' });
    const names = new Map(facts.repos.map((r) => [r.id, r.root.split('/').pop()]));
    const current = new Set(facts.snapshots.filter((s) => s.point === 'current').map((s) => s.id));
    const snapRepo = new Map(facts.snapshots.map((s) => [s.id, names.get(s.repoId)]));
    unparsed = new Set(facts.modules.filter((m) => current.has(m.snapshotId) && m.manifestError !== null).map((m) => `${snapRepo.get(m.snapshotId)}/${m.dir}`));
    mods = headModules().filter((m) => !unparsed.has(`${m.repo}/${m.dir}`));
  }, 120_000);
  afterAll(() => store?.close());

  it('reads every head go.mod of the corpus (and says which do not parse)', () => {
    expect(data.overview.repos).toBe(corpusProjects().length);
    expect(data.overview.modules).toBe(mods.length + unparsed.size);
    expect(data.overview.points).toEqual(CORPUS_LABELS.map((l) => (l === 'head' ? 'current' : l)));
    expect([...unparsed]).toEqual([]);
  });

  it('reuse shares and direct/indirect splits', () => {
    const any = new Map<string, Set<string>>();
    const direct = new Map<string, Set<string>>();
    for (const m of mods) for (const r of m.requires) {
      any.set(r.path, (any.get(r.path) ?? new Set()).add(m.repo));
      if (!r.indirect) direct.set(r.path, (direct.get(r.path) ?? new Set()).add(m.repo));
    }
    const repos = corpusProjects().length;
    expect(data.reuse.distinctModules).toBe(any.size);
    for (const row of data.reuse.rows) {
      expect(row, row.path).toEqual({ path: row.path, repos: any.get(row.path)?.size, share: round4((any.get(row.path)?.size ?? 0) / repos), directRepos: direct.get(row.path)?.size ?? 0, indirectRepos: (any.get(row.path)?.size ?? 0) - (direct.get(row.path)?.size ?? 0) });
    }
    const topCount = Math.max(...[...any.values()].map((s) => s.size));
    expect(data.reuse.rows[0]?.repos).toBe(topCount);
  });

  it('skew counts', () => {
    const uses = new Map<string, Map<string, Set<string>>>();
    for (const m of mods) for (const r of m.requires) {
      const v = uses.get(r.path) ?? new Map<string, Set<string>>();
      uses.set(r.path, v);
      v.set(r.version, (v.get(r.version) ?? new Set()).add(m.repo));
    }
    const skewed = [...uses].filter(([, v]) => v.size > 1);
    expect(data.skew.skewedModules).toBe(skewed.length);
    for (const row of data.skew.rows) {
      const v = uses.get(row.path);
      expect(new Map(row.versions.map((x) => [x.version, x.repos])), row.path).toEqual(new Map([...(v ?? [])].map(([version, set]) => [version, set.size])));
    }
  });

  it('replace classification', () => {
    const expected = mods.flatMap((m) => m.replaces.map((r) => `${m.repo} ${relGoMod(m.dir)}:${r.line} ${classify(m.dir, r)}`)).sort();
    const actual = data.replaces.items.map((i) => `${i.repo} ${i.file}:${i.line} ${i.class}`).sort();
    expect(actual).toEqual(expected);
    expect(Object.values(data.replaces.counts).reduce((a, b) => a + b, 0)).toBe(expected.length);
  });

  it('go and toolchain version spread', () => {
    const count = (langs: string[]): Map<string, number> => langs.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
    expect(new Map(data.goVersions.go.map((v) => [v.version, v.modules]))).toEqual(count(mods.flatMap((m) => (m.go ? [lang(m.go)] : []))));
    expect(new Map(data.goVersions.toolchain.map((v) => [v.version, v.modules]))).toEqual(count(mods.flatMap((m) => (m.toolchain && m.toolchain !== 'default' ? [lang(m.toolchain.replace(/^go/, ''))] : []))));
    expect(data.goVersions.missingGo).toBe(mods.filter((m) => !m.go).length);
  });
});
