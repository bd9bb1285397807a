import type { BenchSuite } from './suite.js';

/** suites lists every benchmark `npm run bench` runs, in order. */
export const suites: Array<() => Promise<BenchSuite>> = [];
