import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // Tests run against the sources; the build is for the CLI and workers.
      '@goradar/gomod': fileURLToPath(new URL('./packages/gomod/src/index.ts', import.meta.url)),
      '@goradar/gosrc': fileURLToPath(new URL('./packages/gosrc/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tools/**/*.test.ts', 'bench/**/*.test.ts', 'examples/**/*.test.ts'],
    reporters: ['default', './tools/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
