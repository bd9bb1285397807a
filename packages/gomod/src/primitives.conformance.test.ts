/**
 * Differential test of the version and path primitives against golang.org/x/mod compiled from the
 * installed Go toolchain's own sources. GORADAR_CONFORMANCE_RUNS scales the number of inputs.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithGo } from '../../../tools/test-support/go-oracle.js';
import { startXmodOracle, type XmodOracle } from '../../../tools/test-support/xmod-oracle.js';
import * as gover from './gover/gover.js';
import * as mod from './module/index.js';
import * as semver from './semver/semver.js';
import { globLike, goVersionLike, pathLike, versionLike } from './test-support/primitive-inputs.js';

const runs = Number(process.env.GORADAR_CONFORMANCE_RUNS ?? 300);

function attempt(fn: () => string): { value: string; err: string } {
  try {
    return { value: fn(), err: '' };
  } catch (err) {
    return { value: '', err: (err as Error).message };
  }
}

describeWithGo('primitives agree with golang.org/x/mod', () => {
  let oracle: XmodOracle;
  beforeAll(async () => {
    oracle = (await startXmodOracle()) as XmodOracle;
  }, 120_000);
  afterAll(() => oracle?.close());

  const check = async <T>(label: string, arb: fc.Arbitrary<T>, ours: (x: T) => unknown, theirs: (x: T) => Promise<unknown>) => {
    await fc.assert(
      fc.asyncProperty(arb, async (x) => {
        expect([label, x, ours(x)]).toEqual([label, x, await theirs(x)]);
      }),
      { numRuns: runs },
    );
  };

  it('semver', async () => {
    await check('semver', versionLike, (v) => [semver.isValid(v), semver.canonical(v), semver.major(v), semver.majorMinor(v), semver.prerelease(v), semver.build(v)],
      async (v) => Promise.all(['isValid', 'canonical', 'major', 'majorMinor', 'prerelease', 'build'].map((op) => oracle.call(`semver.${op}`, v))));
    await check('semver.compare', fc.tuple(versionLike, versionLike), ([v, w]) => [semver.compare(v, w), semver.max(v, w)],
      async ([v, w]) => Promise.all([oracle.call('semver.compare', v, w), oracle.call('semver.max', v, w)]));
  });

  it('gover', async () => {
    // go/version cuts a "-suffix" before calling the toolchain's internal gover; mirror that here.
    const cut = (x: string) => x.split('-')[0] as string;
    await check('gover', fc.tuple(goVersionLike, goVersionLike), ([x, y]) => [gover.compare(cut(x), cut(y)), gover.isValid(cut(x)), gover.isValid(cut(x)) ? `go${gover.lang(cut(x))}` : ''],
      async ([x, y]) => Promise.all([oracle.call('gover.compare', x, y), oracle.call('gover.isValid', x), oracle.call('gover.lang', x)]));
  });

  it('module paths and escaping', async () => {
    await check('paths', pathLike, (p) => [mod.checkPath(p)?.message ?? '', mod.checkImportPath(p)?.message ?? '', mod.checkFilePath(p)?.message ?? '',
      attempt(() => mod.escapePath(p)), attempt(() => mod.escapeVersion(p)), attempt(() => mod.unescapePath(p)), attempt(() => mod.unescapeVersion(p)),
      (() => { const s = mod.splitPathVersion(p); return s ? { ...s, ok: true } : { prefix: p, pathMajor: '', ok: false }; })()],
    async (p) => Promise.all(['checkPath', 'checkImportPath', 'checkFilePath', 'escapePath', 'escapeVersion', 'unescapePath', 'unescapeVersion', 'splitPathVersion'].map((op) => oracle.call(`module.${op}`, p))));
  });

  it('module versions', async () => {
    await check('versions', fc.tuple(pathLike, versionLike), ([p, v]) => [mod.check(p, v)?.message ?? '', mod.canonicalVersion(v), mod.isPseudoVersion(v), mod.isZeroPseudoVersion(v),
      attempt(() => mod.pseudoVersionBase(v)), attempt(() => mod.pseudoVersionRev(v)), attempt(() => mod.pseudoVersionTime(v).toISOString().replace('.000Z', 'Z')),
      mod.checkPathMajor(v, mod.splitPathVersion(p)?.pathMajor ?? '')?.message ?? ''],
    async ([p, v]) => {
      const split = (await oracle.call<{ pathMajor: string }>('module.splitPathVersion', p)).pathMajor;
      return Promise.all([oracle.call('module.check', p, v), oracle.call('module.canonicalVersion', v), oracle.call('module.isPseudoVersion', v),
        oracle.call('module.isZeroPseudoVersion', v), oracle.call('module.pseudoVersionBase', v), oracle.call('module.pseudoVersionRev', v),
        oracle.call('module.pseudoVersionTime', v),
        oracle.call('module.checkPathMajor', v, split)]);
    });
  });

  it('pseudo-version construction', async () => {
    const arb = fc.tuple(fc.constantFrom('', 'v0', 'v1', 'v2', 'v3'), versionLike, fc.integer({ min: 0, max: 4_102_444_800 }), fc.constantFrom('abcdef123456', 'hash', '000000000000'));
    await check('pseudoVersion', arb, ([m, older, unix, rev]) => mod.pseudoVersion(m, older, new Date(unix * 1000), rev),
      ([m, older, unix, rev]) => oracle.call('module.pseudoVersion', m, older, unix, rev));
  });

  it('glob matching', async () => {
    await check('match', fc.tuple(globLike, pathLike), ([g, t]) => [mod.matchPrefixPatterns(g, t), (() => {
      try { return { matched: mod.pathMatch(g, t), err: '' }; } catch (err) { return { matched: false, err: (err as Error).message }; }
    })()], async ([g, t]) => Promise.all([oracle.call('module.matchPrefixPatterns', g, t), oracle.call('path.match', g, t)]));
  });
});
