/**
 * The go.sum differential suite: on random module universes (the graph-universe generator), the
 * go.mod checksums goradar's findings say the graph needs — the go.mod files the graph read, from the
 * vertices the scan records, through their replacements — against the ones the go command writes
 * into an empty go.sum (go.work.sum in workspace mode) while running `go list -m all`. Listing also
 * reads the go.mod of every build-list module (for GoVersion) and keeps those sums too, except in
 * workspace mode below go 1.21 (cmd/go keepSums), so they are added to goradar's side likewise.
 * Full run: 500 universes; the default test run takes a sample.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gover } from '@goradar/gomod';
import { checksumTarget, neededSums, sumKeyText } from '../../packages/goradar/src/findings/go-sum-needs.js';
import { resolveGoEnv } from '../../packages/goradar/src/modfetch/go-env.js';
import type { LoadedGraph } from '../../packages/goradar/src/scan/graph-loader.js';
import { offlineGraphLoader } from '../../packages/goradar/src/scan/module-graph-loader.js';
import { runGo } from '../test-support/go-oracle.js';
import { sumKeys } from '../../examples/test-support/expected-sums.js';
import type { ConformanceSuite } from './suite.js';
import { generateUniverse } from './universe/generate-universe.js';
import type { Universe } from './universe/universe-model.js';
import { withStagedUniverse } from './universe/run-universe.js';
import type { UniverseDirs } from './universe/write-universe.js';

/** UNIVERSES_FULL is how many universes `npm run conformance` compares. */
export const UNIVERSES_FULL = 500;
/** UNIVERSES_SAMPLE is how many universes the sample run compares. */
export const UNIVERSES_SAMPLE = 30;

/** SumNeedsOutcome is one universe compared: agreement, or why it could not be compared. */
export type SumNeedsOutcome = { kind: 'agree' } | { kind: 'skip'; why: string } | { kind: 'disagree'; go: string[]; goradar: string[] };


/** ourGraph loads the universe's graph as a scan does, from the main go.mod as go left it (-mod=mod may rewrite it). */
async function ourGraph(u: Universe, dirs: UniverseDirs): Promise<LoadedGraph> {
  const loader = offlineGraphLoader(resolveGoEnv({ GOMODCACHE: join(dirs.root, 'empty-cache'), GOPROXY: `file://${dirs.proxy}` }, ''));
  const readGoMod = (dir: string): Promise<string> => readFile(join(dir, 'go.mod'), 'utf8');
  const work = join(dirs.root, 'work');
  if (u.goWork !== undefined) return (loader.loadWorkspace as NonNullable<typeof loader.loadWorkspace>)({ dir: work, goWorkText: u.goWork, readGoMod });
  const dir = join(work, (u.mains[0] as Universe['mains'][number]).dir);
  const goModText = await readGoMod(dir);
  return loader.load({ dir, modulePath: /^module\s+(\S+)/m.exec(goModText)?.[1] ?? '', goModText, readLocalGoMod: readGoMod });
}

/** compareSumNeeds writes u, lets go fill an empty go.sum, and compares its go.mod keys with goradar's needs. */
export function compareSumNeeds(u: Universe): Promise<SumNeedsOutcome> {
  return withStagedUniverse(u, async ({ root, dirs, env }): Promise<SumNeedsOutcome> => {
    const written = u.goWork !== undefined ? join(root, 'work', 'go.work.sum') : join(dirs.runDir, 'go.sum');
    let list = runGo(['list', '-m', 'all'], { cwd: dirs.runDir, env });
    const rewritten = (): boolean => dirs.mainGoMods.some((m) => readFileSync(m.file, 'utf8') !== m.text);
    if (list.status === 0 && rewritten()) {
      // go -mod=mod fixed the main go.mod first, keeping sums of the graph it started from: ask again on the fixed file.
      for (const m of dirs.mainGoMods) m.text = readFileSync(m.file, 'utf8');
      rmSync(written, { force: true });
      list = runGo(['list', '-m', 'all'], { cwd: dirs.runDir, env });
      if (rewritten()) return { kind: 'skip', why: 'go -mod=mod rewrote the main go.mod twice' };
    }
    const ours = await ourGraph(u, dirs).then(
      (g) => g,
      (err: Error) => err,
    );
    if (list.status !== 0) return ours instanceof Error ? { kind: 'agree' } : { kind: 'skip', why: 'go fails where goradar loads a graph (compared by graph-universe)' };
    if (ours instanceof Error) return { kind: 'disagree', go: ['(go loads the graph)'], goradar: [ours.message] };
    const go = existsSync(written) ? sumKeys(readFileSync(written, 'utf8')).sort() : [];
    const needed = neededSums({ graphModules: ours.modules, buildList: ours.buildList, importPaths: [], roots: new Map(), pruned: false, goModForZips: false });
    const goWorkVersion = /^go\s+(\S+)/m.exec(u.goWork ?? '')?.[1];
    const keepsListed = goWorkVersion === undefined || gover.compare(goWorkVersion, '1.21') >= 0;
    // Listing can only hash a go.mod the proxy serves (a replacement may name a version nobody published).
    const published = new Set(u.published.map((p) => `${p.path}@${p.version}`));
    const listed = (keepsListed ? ours.buildList : []).flatMap((m) => {
      const t = m.version === '' ? undefined : checksumTarget(m.path, m.version, m.replacement);
      return t && published.has(`${t.path}@${t.version}`) ? [sumKeyText({ ...t, isGoMod: true })] : [];
    });
    const goradar = [...new Set([...needed.map(sumKeyText), ...listed])].sort();
    return go.join('\n') === goradar.join('\n') ? { kind: 'agree' } : { kind: 'disagree', go, goradar };
  });
}

export const suite: ConformanceSuite = {
  name: 'go-sum-needs',
  async run({ full, seed, log }) {
    const count = full ? UNIVERSES_FULL : UNIVERSES_SAMPLE;
    const disagreements: string[] = [];
    const skips = new Map<string, number>();
    let agreed = 0;
    for (let i = 0; i < count; i++) {
      const out = await compareSumNeeds(generateUniverse(seed + i));
      if (out.kind === 'agree') agreed++;
      else if (out.kind === 'skip') skips.set(out.why, (skips.get(out.why) ?? 0) + 1);
      else disagreements.push(`universe seed ${seed + i}: go writes [${out.go.join(', ')}], goradar needs [${out.goradar.join(', ')}]`);
      if ((i + 1) % 100 === 0) log(`${i + 1}/${count} universes, ${agreed} agree`);
    }
    const skipped = [...skips.values()].reduce((a, b) => a + b, 0);
    return {
      total: count - skipped,
      agreed,
      skipped,
      disagreements,
      notes: [
        ...[...skips].map(([why, n]) => `${n} skipped: ${why}`),
        'compares the go.mod checksums (the graph part of go-sum-missing); zip checksums follow from imports, which universes do not have',
        `reproduce one universe: npm run conformance -- --only go-sum-needs --seed N (the sample runs ${UNIVERSES_SAMPLE})`,
      ],
    };
  },
};
