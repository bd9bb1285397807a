/**
 * Looking up and writing go.sum checksums (cmd/go modfetch `checkModSum`, `WriteGoSum`).
 * https://go.dev/ref/mod#go-sum-files
 */
import { compareModuleVersions } from '../module/index.js';
import type { GoSumEntry } from './types.js';

/** SumCheck is the outcome of checking a computed hash against recorded ones. */
export type SumCheck = 'match' | 'mismatch' | 'missing';

/** GoSumIndex answers which hashes are recorded for a module version, across several files. */
export class GoSumIndex {
  // byPath maps a module path to its versions (with `/go.mod` suffixes) and their hashes.
  private readonly byPath = new Map<string, Map<string, string[]>>();
  private keys = 0;

  constructor(entries: Iterable<Pick<GoSumEntry, 'path' | 'version' | 'hash'>>) {
    for (const e of entries) {
      let versions = this.byPath.get(e.path);
      if (versions === undefined) {
        versions = new Map();
        this.byPath.set(e.path, versions);
      }
      const list = versions.get(e.version);
      if (list === undefined) {
        versions.set(e.version, [e.hash]);
        this.keys++;
      } else if (!list.includes(e.hash)) {
        list.push(e.hash);
      }
    }
  }

  /** hashes returns the recorded hashes of path@version (pass `v1.2.3/go.mod` for the go.mod hash). */
  hashes(path: string, version: string): readonly string[] {
    return this.byPath.get(path)?.get(version) ?? [];
  }

  /** has reports whether any hash is recorded for path@version. */
  has(path: string, version: string): boolean {
    return this.byPath.get(path)?.has(version) ?? false;
  }

  /**
   * check compares a computed hash with the recorded ones as go does: a match anywhere wins; any
   * other recorded `h1:` hash is a mismatch (a security error); no recorded hash is missing.
   */
  check(path: string, version: string, hash: string): SumCheck {
    const recorded = this.hashes(path, version);
    if (recorded.includes(hash)) return 'match';
    return recorded.some((h) => h.startsWith('h1:')) ? 'mismatch' : 'missing';
  }

  /** size is the number of distinct module versions (and go.mod keys) recorded. */
  get size(): number {
    return this.keys;
  }
}

/**
 * formatGoSum writes entries as go writes go.sum: sorted by module path, then version (semver,
 * `/go.mod` after the zip line of the same version), hashes of one key sorted, duplicates removed.
 */
export function formatGoSum(entries: Iterable<Pick<GoSumEntry, 'path' | 'version' | 'hash'>>): string {
  const keys = new Map<string, { path: string; version: string; hashes: Set<string> }>();
  for (const e of entries) {
    const key = `${e.path} ${e.version}`;
    const k = keys.get(key) ?? { path: e.path, version: e.version, hashes: new Set<string>() };
    k.hashes.add(e.hash);
    keys.set(key, k);
  }
  const lines: string[] = [];
  for (const k of [...keys.values()].sort(compareModuleVersions)) {
    for (const h of [...k.hashes].sort()) lines.push(`${k.path} ${k.version} ${h}\n`);
  }
  return lines.join('');
}
