import type { ConformanceSuite } from './suite.js';

/** suites lists every conformance suite `npm run conformance` runs, in order. */
export const suites: Array<() => Promise<ConformanceSuite>> = [
  () => import('./primitives.js').then((m) => m.suite),
  () => import('./modfile-suite.js').then((m) => m.suite),
  () => import('./modfile-lax.js').then((m) => m.suite),
  () => import('./gosrc.js').then((m) => m.suite),
  () => import('./graph-universe.js').then((m) => m.suite),
  () => import('./graph-corpus.js').then((m) => m.suite),
  () => import('./fetch.js').then((m) => m.suite),
  () => import('./go-sum-needs.js').then((m) => m.suite),
];
