/**
 * The module-graph differential suite: random module universes, each compared on `go list -m all`,
 * `go mod graph` and `go list -m -json all` against goradar's `list -m all`, `graph` and
 * `list -m --json all`. Full run: 1,000 universes; the default test run takes a small sample.
 */
import type { ConformanceSuite } from './suite.js';
import { generateUniverse } from './universe/generate-universe.js';
import { compareOutputs, runUniverse } from './universe/run-universe.js';

/** UNIVERSES_FULL is how many universes `npm run conformance` compares. */
export const UNIVERSES_FULL = 1000;
/** UNIVERSES_SAMPLE is how many universes the sample run compares. */
export const UNIVERSES_SAMPLE = 40;

export const suite: ConformanceSuite = {
  name: 'graph-universe',
  async run({ full, seed, log }) {
    const count = full ? UNIVERSES_FULL : UNIVERSES_SAMPLE;
    const disagreements: string[] = [];
    let agreed = 0;
    let goFailed = 0;
    let workspaces = 0;
    let rewritten = 0;
    for (let i = 0; i < count; i++) {
      const u = generateUniverse(seed + i);
      const out = await runUniverse(u);
      const bad = compareOutputs(out, u);
      if (bad.length === 0) agreed++;
      else disagreements.push(`universe seed ${seed + i}: ${bad.join(', ')} differ`);
      if (!out.go.list.ok) goFailed++;
      if (u.goWork !== undefined) workspaces++;
      if (out.goModRewritten) rewritten++;
      if ((i + 1) % 100 === 0) log(`${i + 1}/${count} universes, ${agreed} agree`);
    }
    return {
      total: count,
      agreed,
      skipped: 0,
      disagreements,
      notes: [
        `${workspaces} workspaces; ${goFailed} universes where go fails (agreement = goradar fails too); ${rewritten} untidy go.mod files that go -mod=mod rewrote (root fix-up)`,
        'main go.mod files without a go line: go -mod=mod writes its own version into them first; compared as go 1.16 (goradar never edits files)',
        "GoVersion of a replaced module whose own version is another module's replacement target is racy in go (parallel listing fills its rawGoVersion cache); that one field is not compared there",
        `reproduce one universe: npm run conformance -- --only graph-universe --seed N (N = the universe seed; the sample runs ${UNIVERSES_SAMPLE})`,
      ],
    };
  },
};
