import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapePath, escapeVersion, semver } from '@goradar/gomod';
import type { Universe } from './universe-model.js';

/** UniverseDirs are the places a universe was written to. */
export interface UniverseDirs {
  root: string;
  proxy: string;
  /** runDir is the absolute directory the commands run in. */
  runDir: string;
  /** mainGoMods are the absolute go.mod files of the main modules, with their original text. */
  mainGoMods: Array<{ file: string; text: string }>;
}

/**
 * writeUniverse writes u under root: a file:// GOPROXY directory (`.mod`, `.info`, `@v/list`; no
 * zips — listing and graphing need none), the main modules, replacement directories and go.work.
 */
export function writeUniverse(u: Universe, root: string): UniverseDirs {
  const proxy = join(root, 'proxy');
  const byPath = new Map<string, string[]>();
  for (const m of u.published) {
    const dir = join(proxy, escapePath(m.path), '@v');
    mkdirSync(dir, { recursive: true });
    const v = escapeVersion(m.version);
    writeFileSync(join(dir, `${v}.mod`), m.goMod);
    writeFileSync(join(dir, `${v}.info`), `{"Version":"${m.version}","Time":"2020-01-02T03:04:05Z"}\n`);
    byPath.set(m.path, [...(byPath.get(m.path) ?? []), m.version]);
  }
  for (const [path, versions] of byPath) writeFileSync(join(proxy, escapePath(path), '@v', 'list'), semver.sort(versions).map((v) => `${v}\n`).join(''));
  const work = join(root, 'work');
  const mainGoMods = u.mains.map((m) => ({ file: join(work, m.dir, 'go.mod'), text: m.goMod }));
  for (const m of [...u.mains, ...u.locals]) {
    mkdirSync(join(work, m.dir), { recursive: true });
    writeFileSync(join(work, m.dir, 'go.mod'), m.goMod);
  }
  if (u.goWork !== undefined) writeFileSync(join(work, 'go.work'), u.goWork);
  return { root, proxy, runDir: join(work, u.runDir), mainGoMods };
}

/** restoreMainGoMods puts the main go.mod files back as generated (the go command may rewrite them under -mod=mod). */
export function restoreMainGoMods(dirs: UniverseDirs): void {
  for (const m of dirs.mainGoMods) writeFileSync(m.file, m.text);
}
