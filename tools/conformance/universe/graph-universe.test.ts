import { expect, it } from 'vitest';
import { describeWithGo } from '../../test-support/go-oracle.js';
import { generateUniverse } from './generate-universe.js';
import { compareOutputs, runUniverse } from './run-universe.js';

const SAMPLE = Array.from({ length: 30 }, (_, i) => 1 + i * 7);

describeWithGo('module graph agrees with the go command on random universes', () => {
  it.each(SAMPLE)('universe seed %i: go list -m all, go mod graph, go list -m -json all', async (seed) => {
    const u = generateUniverse(seed);
    const out = await runUniverse(u);
    const bad = compareOutputs(out, u);
    if (bad.includes('list')) expect(out.goradar.list.stdout).toBe(out.go.list.stdout);
    if (bad.includes('graph')) expect(out.goradar.graph.stdout).toBe(out.go.graph.stdout);
    expect(bad).toEqual([]);
  });
});
