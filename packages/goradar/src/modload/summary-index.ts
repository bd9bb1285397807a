import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoModSummary } from '@goradar/gomod';
import { writeFileAtomic } from '../fsutil/atomic-write.js';

const FORMAT = 'goradar-gomod-summaries-v1';

/**
 * SummaryIndex keeps parsed go.mod summaries of one module cache in a single file, so that a warm
 * run reads one file instead of parsing thousands of go.mod files. Module cache .mod files are
 * immutable (a path@version's go.mod is fixed by the checksum database), so entries never go stale.
 * The module cache itself is never written: the index lives in goradar's own cache directory.
 */
export class SummaryIndex {
  private readonly entries: Map<string, GoModSummary>;
  /** used holds the entries this run asked for or added: only those are saved, so the file stays small. */
  private readonly used = new Map<string, GoModSummary>();
  private dirty = false;

  private constructor(
    readonly file: string,
    entries: Map<string, GoModSummary>,
  ) {
    this.entries = entries;
  }

  /** open reads the index at file; a missing, unreadable or foreign file starts an empty index. */
  static open(file: string): SummaryIndex {
    const entries = new Map<string, GoModSummary>();
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; entries?: unknown };
      if (data.format === FORMAT && typeof data.entries === 'object' && data.entries !== null) {
        for (const [k, v] of Object.entries(data.entries as Record<string, GoModSummary>)) entries.set(k, v);
      }
    } catch {
      // no index yet (or a damaged one): start afresh
    }
    return new SummaryIndex(file, entries);
  }

  get(path: string, version: string): GoModSummary | undefined {
    const key = `${path}@${version}`;
    const summary = this.entries.get(key);
    if (summary) this.used.set(key, summary);
    return summary;
  }

  set(path: string, version: string, summary: GoModSummary): void {
    const key = `${path}@${version}`;
    this.entries.set(key, summary);
    this.used.set(key, summary);
    this.dirty = true;
  }

  /**
   * save writes the entries this run used, atomically, when that set differs from the file's;
   * failures are ignored (the index is only a cache).
   */
  async save(): Promise<void> {
    if (!this.dirty && this.used.size === this.entries.size) return;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.used) }));
      this.dirty = false;
    } catch {
      // a read-only home directory only costs speed
    }
  }
}

/**
 * summaryIndexFile names the index of a module cache and main module(s): under GORADAR_CACHE_DIR, else
 * $XDG_CACHE_HOME/goradar, else ~/.cache/goradar; undefined when GORADAR_GRAPH_INDEX=off.
 */
export function summaryIndexFile(
  modCache: string,
  mainDirs: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string | undefined {
  if (env.GORADAR_GRAPH_INDEX === 'off') return undefined;
  const dir = env.GORADAR_CACHE_DIR || (env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'goradar') : join(env.HOME || home, '.cache', 'goradar'));
  // One index per module cache and main module (or workspace): each holds just that graph's go.mod files.
  const id = createHash('sha256').update([modCache, ...mainDirs].join('\n')).digest('hex').slice(0, 16);
  return join(dir, `gomod-summaries-${id}.json`);
}
