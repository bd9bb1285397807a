/**
 * Reads the shared corpus of real manifests (tools/test-support/corpus.ts) as a fleet: each project is a
 * repository, each label (2020, 2022, 2024, head) a history point ('head' is 'current'). Only
 * manifests are recorded — through the scan's own manifest recording — so graphs and code signals
 * are absent. Files under vendor/ and testdata/ are not modules of the fleet and are left out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { CORPUS_DIR } from '../../../../../tools/test-support/corpus.js';
import { coreManifestParsers } from '../../scan/manifest-parsers.js';
import { goModFacts, summarizeGoSum } from '../../scan/module-facts.js';
import { openSqliteStore, type SqliteStore } from '../../store/sqlite-store.js';
import type { ModuleData, SnapshotData } from '../../store/types.js';

export { CORPUS_DIR, corpusAvailable } from '../../../../../tools/test-support/corpus.js';

/** CORPUS_LABELS are the corpus's history labels in time order. */
export const CORPUS_LABELS = ['2020', '2022', '2024', 'head'] as const;


/** corpusGoMods lists the repo-relative go.mod files of one project at one label (vendor/ and testdata/ excluded). */
export function corpusGoMods(project: string, label: string): string[] {
  const root = join(CORPUS_DIR, project, label);
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(full).isDirectory()) {
        if (name !== 'vendor' && name !== 'testdata') walk(full, r);
      } else if (name === 'go.mod') out.push(r);
    }
  };
  if (existsSync(root)) walk(root, '');
  return out;
}

/** corpusProjects lists the corpus's project folders. */
export function corpusProjects(): string[] {
  return readdirSync(CORPUS_DIR).filter((n) => n.includes('__') && statSync(join(CORPUS_DIR, n)).isDirectory()).sort();
}

/** pointOf names the history point of a label and its cut-off. */
export function pointOf(label: string): { point: string; cutoff: string | null } {
  return label === 'head' ? { point: 'current', cutoff: null } : { point: label, cutoff: `${label}-01-01T00:00:00.000Z` };
}

/** buildCorpusStore records every project's manifests at every label into a fresh in-memory store. */
export async function buildCorpusStore(): Promise<SqliteStore> {
  const parsers = await coreManifestParsers();
  const store = openSqliteStore(':memory:');
  const runId = store.beginRun('{"corpus":true}', '2026-01-01T00:00:00.000Z');
  for (const project of corpusProjects()) {
    const repoId = store.upsertRepo({ root: `/corpus/${project}`, kind: 'git' });
    for (const label of CORPUS_LABELS) {
      const base = join(CORPUS_DIR, project, label);
      if (!existsSync(base)) continue;
      const commit = readFileSync(join(base, 'COMMIT'), 'utf8').split('\n')[0] ?? null;
      const modules: ModuleData[] = corpusGoMods(project, label).map((rel) => {
        const dir = posix.dirname(rel);
        const facts = goModFacts(parsers.parseGoMod(rel, readFileSync(join(base, rel), 'utf8')));
        const sumRel = posix.join(dir, 'go.sum');
        const goSum = existsSync(join(base, sumRel)) ? summarizeGoSum(sumRel, readFileSync(join(base, sumRel), 'utf8')) : null;
        return {
          ...facts,
          module: { ...facts.module, dir, graphError: 'manifests only' },
          workspaceDir: null,
          buildList: [],
          graphEdges: [],
          goSum,
          files: [],
          signals: { files: 0, testFiles: 0, bytes: 0, failedFiles: 0, aggregateJson: '{}' },
          imports: [],
          usage: [],
        };
      });
      const data: SnapshotData = { snapshot: { ...pointOf(label), source: 'commit', commit, commitTime: null }, workspaces: [], modules, problems: [] };
      store.writeSnapshot(repoId, runId, data);
    }
  }
  return store;
}
