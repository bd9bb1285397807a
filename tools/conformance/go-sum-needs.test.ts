import { expect, it } from 'vitest';
import { describeWithGo } from '../test-support/go-oracle.js';
import { compareSumNeeds } from './go-sum-needs.js';
import { generateUniverse } from './universe/generate-universe.js';

const SAMPLE = Array.from({ length: 20 }, (_, i) => 3 + i * 11);

describeWithGo('go.sum needs agree with the checksums go writes, on random universes', () => {
  it.each(SAMPLE)('universe seed %i', async (seed) => {
    const out = await compareSumNeeds(generateUniverse(seed));
    if (out.kind === 'disagree') expect(out.goradar).toEqual(out.go);
    expect(out.kind).not.toBe('disagree');
  });
});
