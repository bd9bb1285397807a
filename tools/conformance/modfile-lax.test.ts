import { expect, it } from 'vitest';
import { describeWithGo } from '../test-support/go-oracle.js';
import { goradarLax, laxInputs, runLaxConformance } from './modfile-lax.js';

// The default run compares a small fixed sample with x/mod's ParseLax; `npm run conformance` runs
// 8,000 generated go.mod texts with a fresh seed plus the whole corpus.
describeWithGo('lax go.mod conformance sample (modfile.ParseLax)', () => {
  it('agrees with ParseLax on every sampled input', async () => {
    const inputs = laxInputs(20260101, false);
    const result = await runLaxConformance(inputs);
    expect(result.disagreements).toEqual([]);
    expect(result.total).toBe(inputs.length);
  }, 120_000);
});

it('reads a dependency go.mod laxly: main-module-only and unknown directives are dropped, not errors', () => {
  const text = 'module ex.com/m\ngo 1.22\nreplace ex.com/a => ./a\nexclude ex.com/b v1.0.0\nfuture x y\nrequire ex.com/c v1.0.0 // indirect\n';
  const answer = goradarLax({ label: 'lax', name: 'go.mod', bytes: new TextEncoder().encode(text) });
  expect(answer).toEqual({
    err: '',
    view: { module: 'ex.com/m', deprecated: '', go: '1.22', toolchain: '', require: [['ex.com/c', 'v1.0.0', true]], retract: [], ignore: [], others: 0 },
  });
});
