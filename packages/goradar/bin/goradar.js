#!/usr/bin/env node
// Thin launcher. `npm run build` compiles the CLI to dist/ and bundles it into dist/bundle/, which
// starts much faster; the bundle is used only when it is newer than every package's last compile,
// so a bare `tsc -b` never leaves the launcher running stale code.
import { statSync } from 'node:fs';

function mtime(relative) {
  try {
    return statSync(new URL(relative, import.meta.url)).mtimeMs;
  } catch {
    return -1;
  }
}

const bundled = mtime('../dist/bundle/BUILT');
const compiled = Math.max(
  mtime('../tsconfig.tsbuildinfo'),
  mtime('../../gomod/tsconfig.tsbuildinfo'),
  mtime('../../gosrc/tsconfig.tsbuildinfo'),
);
const entry = bundled >= compiled && bundled > 0 ? '../dist/bundle/goradar.js' : '../dist/cli/main.js';
const { main } = await import(entry);

process.exitCode = await main(process.argv.slice(2));
