import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalVersion, escapePath, escapeVersion, type GoModSummary } from '@goradar/gomod';
import { DownloadDirSource } from './download-dir-source.js';
import type { SummaryIndex } from './summary-index.js';

/**
 * ModuleCacheSource reads module versions from a local module cache in Go's layout (GOMODCACHE):
 * go.mod files from cache/download, extracted module directories beside it. Read-only, offline —
 * a developer's warm cache answers everything `go list -m all` needs.
 * https://go.dev/ref/mod#module-cache
 */
export class ModuleCacheSource extends DownloadDirSource {
  /** modCache is the cache root; index, when given, keeps parsed summaries of its go.mod files. */
  constructor(
    readonly modCache: string,
    readonly index?: SummaryIndex,
  ) {
    super(join(modCache, 'cache', 'download'));
  }

  readGoModSummary(path: string, version: string): Promise<GoModSummary | undefined> {
    return Promise.resolve(this.index?.get(path, version));
  }

  storeGoModSummary(path: string, version: string, summary: GoModSummary): void {
    this.index?.set(path, version, summary);
  }

  /**
   * downloadDir returns the extracted directory of path@version when it is complete (exists, no
   * `.partial` marker, `.ziphash` present), as the go command's DownloadDir decides.
   */
  async downloadDir(path: string, version: string): Promise<string | undefined> {
    if (canonicalVersion(version) !== version) return undefined;
    let dir: string;
    try {
      dir = join(this.modCache, `${escapePath(path)}@${escapeVersion(version)}`);
      if (!(await stat(dir)).isDirectory()) return undefined;
    } catch {
      return undefined;
    }
    if (await exists(this.versionFile(path, version, 'partial'))) return undefined;
    return (await exists(this.versionFile(path, version, 'ziphash'))) ? dir : undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
