/**
 * Bundles the built CLI (packages/goradar/dist) into packages/goradar/dist/bundle: one entry for the
 * CLI, one per worker thread, and shared chunks for the lazily imported commands. A single bundle
 * starts much faster than hundreds of ES modules, each resolved and compiled on its own.
 * Worker entries are flat, beside the chunks, because code in a chunk finds them next to itself.
 * bin/goradar.js uses the bundle only when it is newer than every package's last build.
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages', 'goradar', 'dist');
const outdir = join(dist, 'bundle');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    goradar: join(dist, 'cli', 'main.js'),
    'analyze-worker': join(dist, 'scan', 'analyze-worker.js'),
    'zip-worker': join(dist, 'modfetch', 'zip-worker.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  sourcemap: 'linked',
  // Native addons stay outside the bundle.
  external: ['better-sqlite3'],
  // CommonJS dependencies bundled into ESM still call require for Node built-ins.
  banner: { js: "import { createRequire as __goradarCreateRequire } from 'node:module'; const require = __goradarCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
mkdirSync(outdir, { recursive: true });
writeFileSync(join(outdir, 'BUILT'), `${new Date().toISOString()}\n`);
