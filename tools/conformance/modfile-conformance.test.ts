import { expect, it } from 'vitest';
import { describeWithGo } from '../test-support/go-oracle.js';
import { corpusModfileInputs, runModfileConformance, SAMPLE_SIZE } from './modfile-suite.js';
import { generateModfileInputs } from './modfile-generate.js';

// The default run compares a small fixed sample with go; `npm run conformance` runs 10,500
// generated inputs with a fresh seed plus the whole corpus.
describeWithGo('modfile conformance sample (go mod edit / go work edit)', () => {
  it('agrees with go on every sampled input', async () => {
    const corpus = corpusModfileInputs().filter((_, i) => i % 20 === 0);
    const generated = generateModfileInputs({ seed: 20260101, ...SAMPLE_SIZE });
    const result = await runModfileConformance([...corpus, ...generated], () => undefined);
    expect(result.disagreements).toEqual([]);
    expect(result.skipped).toBe(0);
    expect(result.total).toBe(corpus.length + generated.length);
  }, 120_000);
});
