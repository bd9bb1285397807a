import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { escapePath, escapeVersion } from '@goradar/gomod';

/** FixtureTree is a temporary directory with files written by a test, removed by dispose(). */
export interface FixtureTree {
  root: string;
  write(rel: string, text: string): string;
  /** publish writes path@version's go.mod (and .info) in Go's module-cache layout under cacheRoot/cache/download. */
  publish(cacheRoot: string, path: string, version: string, goMod: string, time?: string): void;
  dispose(): void;
}

/** fixtureTree creates an empty FixtureTree. */
export function fixtureTree(): FixtureTree {
  const root = mkdtempSync(join(tmpdir(), 'goradar-modload-'));
  const write = (rel: string, text: string): string => {
    const file = join(root, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  return {
    root,
    write,
    publish(cacheRoot, path, version, goMod, time = '2021-02-03T04:05:06Z') {
      const base = join(cacheRoot, 'cache', 'download', escapePath(path), '@v', escapeVersion(version));
      write(`${base}.mod`.slice(root.length + 1), goMod);
      write(`${base}.info`.slice(root.length + 1), JSON.stringify({ Version: version, Time: time }));
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
