import type { RunScanResult } from '../../scan/run-scan.js';

/** formatScanSummary renders a scan's result for people. */
export function formatScanSummary(result: RunScanResult): string {
  const s = result.stats;
  const lines = [
    `scanned ${s.repos} repositories into ${result.db} (run ${result.runId}, analyzer ${result.analyzer}) in ${(result.elapsedMs / 1000).toFixed(1)}s`,
    `  snapshots: ${s.snapshots} written, ${s.snapshotsReused} unchanged`,
    `  modules:   ${s.modules}`,
    `  go files:  ${s.goFiles} (${s.filesAnalysed} analysed, ${s.filesReused} already known), ${(s.bytesAnalysed / 1e6).toFixed(1)} MB analysed`,
    `  problems:  ${s.problems}`,
  ];
  for (const repo of result.repos) {
    const points = repo.snapshots.map((p) => `${p.point}${p.commit ? `@${p.commit.slice(0, 12)}` : ''}${p.reused ? ' (unchanged)' : ''}`);
    lines.push(`  ${repo.root} [${repo.kind}] ${points.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
