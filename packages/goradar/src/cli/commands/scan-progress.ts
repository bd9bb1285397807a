import type { ScanStats } from '../../scan/scan-stats.js';
import type { CliIo } from '../io.js';

/**
 * ScanProgress shows a scan's counters on stderr: one self-rewriting line on a terminal (at most
 * ten times a second), otherwise a plain line when a repository is done and every few seconds.
 */
export class ScanProgress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastRepos = 0;
  private drawn = false;

  constructor(
    private readonly io: CliIo,
    private readonly clock: () => number = Date.now,
  ) {}

  /** update is called whenever counters change. */
  update(stats: Readonly<ScanStats>, current: string): void {
    const now = this.clock();
    if (this.io.isTTY) {
      if (now - this.lastDraw < 100) return;
      this.lastDraw = now;
      this.drawn = true;
      this.io.stderr(`\r\x1b[K${progressBar(stats.repos, stats.reposTotal)} ${progressLine(stats, now - this.started, current)}`);
      return;
    }
    if (stats.repos !== this.lastRepos || now - this.lastDraw >= 5000) {
      this.lastRepos = stats.repos;
      this.lastDraw = now;
      this.io.stderr(`${progressLine(stats, now - this.started, current)}\n`);
    }
  }

  /** done clears the terminal line. */
  done(): void {
    if (this.drawn) this.io.stderr('\r\x1b[K');
  }
}

/** progressBar draws done out of total as a 20-cell bar (done counts the repository in progress). */
export function progressBar(done: number, total: number): string {
  const cells = total > 0 ? Math.min(20, Math.round((Math.max(done - 1, 0) / total) * 20)) : 0;
  return `[${'#'.repeat(cells)}${'.'.repeat(20 - cells)}]`;
}

/** progressLine renders counters and rates as one line. */
export function progressLine(stats: Readonly<ScanStats>, elapsedMs: number, current: string): string {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const files = stats.filesAnalysed + stats.filesReused;
  const mb = stats.bytesAnalysed / 1e6;
  return [
    `scan: ${stats.repos}/${stats.reposTotal} repos`,
    `${stats.snapshots + stats.snapshotsReused} snapshots`,
    `${stats.modules} modules`,
    `${files} files (${stats.filesAnalysed} analysed, ${stats.filesReused} reused)`,
    `${(files / seconds).toFixed(0)} files/s`,
    `${(mb / seconds).toFixed(1)} MB/s`,
    `${stats.problems} problems`,
    current,
  ].join('  ');
}
