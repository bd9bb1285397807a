/**
 * `npm run conformance` suite "modfile": goradar's go.mod / go.work parsing, JSON and formatting
 * against `go mod edit -json`, `go mod edit -fmt`, `go work edit -json` and `go work edit -fmt`
 * over every go.mod / go.work / vendor.mod of the corpus plus generated inputs (10,500 at full
 * size). An input agrees when acceptance, the exact error text, the JSON and the -fmt bytes all
 * match; see modfile-compare.ts for the only normalisation applied.
 */
import { readFileSync } from 'node:fs';
import { compareVerdicts, goradarVerdict } from './modfile-compare.js';
import { listCorpusFiles } from './modfile-corpus.js';
import { generateModfileInputs } from './modfile-generate.js';
import { GoModfileOracle, type ModfileInput } from './modfile-oracle.js';
import type { ConformanceOptions, ConformanceResult, ConformanceSuite } from './suite.js';

/** FULL_SIZE and SAMPLE_SIZE are the generated go.mod / go.work counts of each run size. */
export const FULL_SIZE = { goMod: 8000, goWork: 2500 };
export const SAMPLE_SIZE = { goMod: 80, goWork: 30 };

/** corpusModfileInputs returns the corpus go.mod / go.work / vendor.mod files as inputs. */
export function corpusModfileInputs(): ModfileInput[] {
  return listCorpusFiles(['go.mod', 'go.work', 'vendor.mod']).map((f) => ({ label: f.label, name: f.name, bytes: readFileSync(f.absolutePath) }));
}

/** runModfileConformance judges inputs with go and goradar and counts agreements. */
export async function runModfileConformance(inputs: readonly ModfileInput[], log: (line: string) => void): Promise<ConformanceResult> {
  const oracle = new GoModfileOracle(2);
  try {
    const verdicts = await oracle.judgeAll(inputs, (done) => log(`${done}/${inputs.length} judged by go`));
    const disagreements: string[] = [];
    const unjudged: string[] = [];
    let accepted = 0;
    inputs.forEach((input, i) => {
      const go = verdicts[i];
      if (go === undefined || go.failure !== undefined) {
        unjudged.push(`${input.label}: go could not judge it (${go?.failure ?? 'no verdict'})`);
        return;
      }
      if (go.status === 0) accepted++;
      const d = compareVerdicts(input, go, goradarVerdict(input));
      if (d) disagreements.push(d);
    });
    const total = inputs.length - unjudged.length;
    const notes = [`go accepted ${accepted} of ${total} judged inputs`, ...unjudged.slice(0, 10)];
    return { total, agreed: total - disagreements.length, skipped: unjudged.length, disagreements, notes };
  } finally {
    oracle.dispose();
  }
}

/** suite is the modfile conformance suite. */
export const suite: ConformanceSuite = {
  name: 'modfile (go.mod / go.work vs go mod edit, go work edit)',
  async run(options: ConformanceOptions): Promise<ConformanceResult> {
    const corpus = corpusModfileInputs();
    if (corpus.length === 0) options.log('corpus absent: generated inputs only');
    const generated = generateModfileInputs({ seed: options.seed, ...(options.full ? FULL_SIZE : SAMPLE_SIZE) });
    options.log(`${corpus.length} corpus files, ${generated.length} generated inputs`);
    const result = await runModfileConformance([...corpus, ...generated], options.log);
    return { ...result, notes: [...(result.notes ?? []), `${corpus.length} corpus files, ${generated.length} generated (seed ${options.seed})`] };
  },
};
