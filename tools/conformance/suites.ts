import type { ConformanceSuite } from './suite.js';

/** suites lists every conformance suite `npm run conformance` runs, in order. */
export const suites: Array<() => Promise<ConformanceSuite>> = [
  () => import('./primitives.js').then((m) => m.suite),];
