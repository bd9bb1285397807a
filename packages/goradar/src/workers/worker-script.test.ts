import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtWorkerScript } from './worker-script.js';

describe('builtWorkerScript', () => {
  it.each([
    ['file:///repo/packages/goradar/dist/scan/worker-pool.js', 'analyze-worker.js', '/repo/packages/goradar/dist/scan/analyze-worker.js'],
    ['file:///repo/packages/goradar/src/scan/worker-pool.ts', 'analyze-worker.js', '/repo/packages/goradar/dist/scan/analyze-worker.js'],
    ['file:///repo/packages/goradar/src/modfetch/zip-workers.ts', 'zip-worker.js', '/repo/packages/goradar/dist/modfetch/zip-worker.js'],
    ['file:///src/app/src/a/b/pool.ts', 'w.js', '/src/app/dist/a/b/w.js'],
    ['file:///elsewhere/pool.ts', 'w.js', '/elsewhere/w.js'],
  ])('%s + %s -> %s', (url, script, expected) => {
    expect(builtWorkerScript(url, script)).toBe(expected);
  });

  it('finds the built zip worker from the sources', () => {
    expect(existsSync(builtWorkerScript(new URL('../modfetch/zip-workers.ts', import.meta.url).href, 'zip-worker.js'))).toBe(true);
  });
});
