/**
 * Looking up and writing go.sum checksums (cmd/go modfetch `checkModSum`, `WriteGoSum`).
 * https://go.dev/ref/mod#go-sum-files
 */
import { compareModuleVersions } from '../module/index.js';
import type { GoSumEntry } from './types.js';

/** SumCheck is the outcome of checking a computed hash against recorded ones. */
export type SumCheck = 'match' | 'mismatch' | 'missing';

type SumLine = Pick<GoSumEntry, 'path' | 'version' | 'hash'>;

// Above this many lines for one module path, look-ups build a per-version map instead of scanning.
const SCAN_LIMIT = 32;

/**
 * GoSumIndex answers which hashes are recorded for a module version, across several files. Lines
 * are grouped by module path (one map operation per line, as cheap as go's own map); a path's
 * lines are scanned on look-up, or indexed by version once there are many.
 */
export class GoSumIndex {
  private readonly byPath = new Map<string, SumLine[]>();
  private readonly byVersion = new Map<string, Map<string, string[]>>();

  constructor(entries: Iterable<SumLine>) {
    for (const e of entries) {
      const group = this.byPath.get(e.path);
      if (group === undefined) this.byPath.set(e.path, [e]);
      else group.push(e);
    }
  }

  /** hashes returns the recorded hashes of path@version (pass `v1.2.3/go.mod` for the go.mod hash), each once. */
  hashes(path: string, version: string): readonly string[] {
    const group = this.byPath.get(path);
    if (group === undefined) return [];
    if (group.length > SCAN_LIMIT) return this.versionMap(path, group).get(version) ?? [];
    const out: string[] = [];
    for (const e of group) if (e.version === version && !out.includes(e.hash)) out.push(e.hash);
    return out;
  }

  private versionMap(path: string, group: readonly SumLine[]): Map<string, string[]> {
    let map = this.byVersion.get(path);
    if (map === undefined) {
      map = new Map();
      for (const e of group) {
        const list = map.get(e.version);
        if (list === undefined) map.set(e.version, [e.hash]);
        else if (!list.includes(e.hash)) list.push(e.hash);
      }
      this.byVersion.set(path, map);
    }
    return map;
  }

  /** has reports whether any hash is recorded for path@version. */
  has(path: string, version: string): boolean {
    return this.hashes(path, version).length > 0;
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
    let n = 0;
    for (const group of this.byPath.values()) n += new Set(group.map((e) => e.version)).size;
    return n;
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
