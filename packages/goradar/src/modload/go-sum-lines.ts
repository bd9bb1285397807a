/**
 * RecordedSums holds the checksums a go.sum (and, in a workspace, go.work.sum) records, keyed by
 * `path version` and `path version/go.mod` — what `go list -m -json` prints as Sum and GoModSum.
 */
export type RecordedSums = Map<string, string>;

/**
 * readRecordedSums collects the `path version hash` lines of go.sum texts; the first hash of a
 * key wins. Malformed lines are skipped: the sums only decorate listings here, the checksum
 * verification proper lives with the module fetcher.
 */
export function readRecordedSums(texts: readonly string[]): RecordedSums {
  const sums: RecordedSums = new Map();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const fields = line.trim().split(/\s+/);
      if (fields.length !== 3) continue;
      const [path, version, hash] = fields as [string, string, string];
      const key = `${path} ${version}`;
      if (!sums.has(key)) sums.set(key, hash);
    }
  }
  return sums;
}
