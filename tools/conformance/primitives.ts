/**
 * Conformance suite: semver, Go versions, module paths, escaping, pseudo-versions and glob matching,
 * compared input by input with golang.org/x/mod built from the installed Go toolchain.
 */
import fc from 'fast-check';
import { primitiveProperties } from '../../packages/gomod/src/test-support/primitive-properties.js';
import { startXmodOracle } from '../test-support/xmod-oracle.js';
import type { ConformanceSuite } from './suite.js';

export const suite: ConformanceSuite = {
  name: 'primitives (semver, gover, module paths) vs golang.org/x/mod',
  async run({ full, seed, log }) {
    const oracle = await startXmodOracle();
    if (!oracle) return { total: 0, agreed: 0, skipped: 0, disagreements: ['go is not installed'] };
    const perProperty = full ? 20_000 : 500;
    let total = 0;
    let agreed = 0;
    const disagreements: string[] = [];
    try {
      for (const property of primitiveProperties) {
        const inputs = fc.sample(property.input, { numRuns: perProperty, seed });
        let ok = 0;
        for (const input of inputs) {
          const ours = canonicalJson(property.ours(input));
          const theirs = canonicalJson(await property.theirs(oracle, input));
          if (ours === theirs) ok++;
          else if (disagreements.length < 50) disagreements.push(`${property.name}: ${JSON.stringify(input)}: goradar ${ours} vs x/mod ${theirs}`);
        }
        log(`${property.name}: ${ok}/${inputs.length}`);
        total += inputs.length;
        agreed += ok;
      }
    } finally {
      oracle.close();
    }
    return { total, agreed, skipped: 0, disagreements };
  },
};

/** canonicalJson serializes with object keys sorted, so answers compare by value. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
