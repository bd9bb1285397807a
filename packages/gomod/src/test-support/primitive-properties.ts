/**
 * The version and path primitives as differential properties: each pairs an input generator with
 * goradar's answer and golang.org/x/mod's answer (through the x/mod oracle) for the same input.
 */
import fc from 'fast-check';
import type { XmodOracle } from '../../../../tools/test-support/xmod-oracle.js';
import * as gover from '../gover/gover.js';
import * as mod from '../module/index.js';
import * as semver from '../semver/semver.js';
import { globLike, goVersionLike, pathLike, versionLike } from './primitive-inputs.js';

/** PrimitiveProperty compares one family of primitives on generated inputs. */
export interface PrimitiveProperty<T = unknown> {
  name: string;
  input: fc.Arbitrary<T>;
  ours(input: T): unknown;
  theirs(oracle: XmodOracle, input: T): Promise<unknown>;
}

function attempt(fn: () => string): { value: string; err: string } {
  try {
    return { value: fn(), err: '' };
  } catch (err) {
    return { value: '', err: (err as Error).message };
  }
}

const calls = (oracle: XmodOracle, prefix: string, ops: string[], ...args: unknown[]) => Promise.all(ops.map((op) => oracle.call(`${prefix}.${op}`, ...args)));

// go/version cuts a "-suffix" before calling the toolchain's internal gover; the property mirrors that.
const cutSuffix = (x: string) => x.split('-')[0] as string;

const properties: PrimitiveProperty[] = [
  {
    name: 'semver parts',
    input: versionLike,
    ours: (v: string) => [semver.isValid(v), semver.canonical(v), semver.major(v), semver.majorMinor(v), semver.prerelease(v), semver.build(v)],
    theirs: (o, v) => calls(o, 'semver', ['isValid', 'canonical', 'major', 'majorMinor', 'prerelease', 'build'], v),
  } as PrimitiveProperty<string>,
  {
    name: 'semver order',
    input: fc.tuple(versionLike, versionLike),
    ours: ([v, w]: [string, string]) => [semver.compare(v, w), semver.max(v, w)],
    theirs: (o, [v, w]) => Promise.all([o.call('semver.compare', v, w), o.call('semver.max', v, w)]),
  } as PrimitiveProperty<[string, string]>,
  {
    name: 'go versions',
    input: fc.tuple(goVersionLike, goVersionLike),
    ours: ([x, y]: [string, string]) => {
      const [cx, cy] = [cutSuffix(x), cutSuffix(y)];
      return [gover.compare(cx, cy), gover.isValid(cx), gover.isValid(cx) ? `go${gover.lang(cx)}` : ''];
    },
    theirs: (o, [x, y]) => Promise.all([o.call('gover.compare', x, y), o.call('gover.isValid', x), o.call('gover.lang', x)]),
  } as PrimitiveProperty<[string, string]>,
  {
    name: 'module paths and escaping',
    input: pathLike,
    ours: (p: string) => {
      const split = mod.splitPathVersion(p);
      return [mod.checkPath(p)?.message ?? '', mod.checkImportPath(p)?.message ?? '', mod.checkFilePath(p)?.message ?? '',
        attempt(() => mod.escapePath(p)), attempt(() => mod.escapeVersion(p)), attempt(() => mod.unescapePath(p)), attempt(() => mod.unescapeVersion(p)),
        split ? { ...split, ok: true } : { prefix: p, pathMajor: '', ok: false }];
    },
    theirs: (o, p) => calls(o, 'module', ['checkPath', 'checkImportPath', 'checkFilePath', 'escapePath', 'escapeVersion', 'unescapePath', 'unescapeVersion', 'splitPathVersion'], p),
  } as PrimitiveProperty<string>,
  {
    name: 'module versions and pseudo-versions',
    input: fc.tuple(pathLike, versionLike),
    ours: ([p, v]: [string, string]) => [mod.check(p, v)?.message ?? '', mod.canonicalVersion(v), mod.isPseudoVersion(v), mod.isZeroPseudoVersion(v),
      attempt(() => mod.pseudoVersionBase(v)), attempt(() => mod.pseudoVersionRev(v)), attempt(() => mod.pseudoVersionTime(v).toISOString().replace('.000Z', 'Z')),
      mod.checkPathMajor(v, mod.splitPathVersion(p)?.pathMajor ?? '')?.message ?? ''],
    theirs: async (o, [p, v]) => {
      const { pathMajor } = await o.call<{ pathMajor: string }>('module.splitPathVersion', p);
      return Promise.all([o.call('module.check', p, v), ...['canonicalVersion', 'isPseudoVersion', 'isZeroPseudoVersion', 'pseudoVersionBase', 'pseudoVersionRev', 'pseudoVersionTime'].map((op) => o.call(`module.${op}`, v)),
        o.call('module.checkPathMajor', v, pathMajor)]);
    },
  } as PrimitiveProperty<[string, string]>,
  {
    name: 'pseudo-version construction',
    input: fc.tuple(fc.constantFrom('', 'v0', 'v1', 'v2', 'v3'), versionLike, fc.integer({ min: 0, max: 4_102_444_800 }), fc.constantFrom('abcdef123456', 'hash', '000000000000')),
    ours: ([m, older, unix, rev]: [string, string, number, string]) => mod.pseudoVersion(m, older, new Date(unix * 1000), rev),
    theirs: (o, [m, older, unix, rev]) => o.call('module.pseudoVersion', m, older, unix, rev),
  } as PrimitiveProperty<[string, string, number, string]>,
  {
    name: 'glob matching',
    input: fc.tuple(globLike, pathLike),
    ours: ([g, t]: [string, string]) => {
      let match: { matched: boolean; err: string };
      try {
        match = { matched: mod.pathMatch(g, t), err: '' };
      } catch (err) {
        match = { matched: false, err: (err as Error).message };
      }
      return [mod.matchPrefixPatterns(g, t), match];
    },
    theirs: (o, [g, t]) => Promise.all([o.call('module.matchPrefixPatterns', g, t), o.call('path.match', g, t)]),
  } as PrimitiveProperty<[string, string]>,
];

/** primitiveProperties lists every differential property of the version and path primitives. */
export const primitiveProperties: readonly PrimitiveProperty[] = properties;
