import type { BenchSuite } from './suite.js';

/** suites lists every benchmark `npm run bench` runs, in order. */
export const suites: Array<() => Promise<BenchSuite>> = [
  () => import('./scan.js').then((m) => m.suite),
  () => import('./fetch.js').then((m) => m.suite),
  () => import('./modfile.js').then((m) => m.suite),
  () => import('./report-bench.js').then((m) => m.suite),
  () => import('./gosrc.js').then((m) => m.suite),
  () => import('./graph-list.js').then((m) => m.suite),
];
