/** ScanStats are the running counters of a scan, shown by progress and printed at the end. */
export interface ScanStats {
  /** reposTotal is the number of repositories discovered; repos counts those started. */
  reposTotal: number;
  repos: number;
  /** snapshots written by this run. */
  snapshots: number;
  /** snapshotsReused were already in the store for the same commit and were not read again. */
  snapshotsReused: number;
  modules: number;
  /** goFiles is every Go file seen; analysed ones were new content, reused ones were known. */
  goFiles: number;
  filesAnalysed: number;
  filesReused: number;
  /** bytesAnalysed is the size of the Go source analysed by this run. */
  bytesAnalysed: number;
  problems: number;
}

/** newScanStats returns zeroed counters. */
export function newScanStats(): ScanStats {
  return { reposTotal: 0, repos: 0, snapshots: 0, snapshotsReused: 0, modules: 0, goFiles: 0, filesAnalysed: 0, filesReused: 0, bytesAnalysed: 0, problems: 0 };
}
