/**
 * Differential test of the version and path primitives against golang.org/x/mod compiled from the
 * installed Go toolchain's own sources (`npm run conformance` runs the same properties at full size).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithGo } from '../../../tools/test-support/go-oracle.js';
import { startXmodOracle, type XmodOracle } from '../../../tools/test-support/xmod-oracle.js';
import { primitiveProperties } from './test-support/primitive-properties.js';

describeWithGo('primitives agree with golang.org/x/mod', () => {
  let oracle: XmodOracle;
  beforeAll(async () => {
    oracle = (await startXmodOracle()) as XmodOracle;
  }, 120_000);
  afterAll(() => oracle?.close());

  it.each(primitiveProperties.map((p) => [p.name, p] as const))('%s', async (name, property) => {
    await fc.assert(
      fc.asyncProperty(property.input, async (input) => {
        expect([name, input, property.ours(input)]).toEqual([name, input, await property.theirs(oracle, input)]);
      }),
      { numRuns: 300 },
    );
  });
});
