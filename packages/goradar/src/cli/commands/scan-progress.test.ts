import { describe, expect, it } from 'vitest';
import { newScanStats } from '../../scan/scan-stats.js';
import { ScanProgress, progressBar, progressLine } from './scan-progress.js';

function io(isTTY: boolean) {
  const err: string[] = [];
  return { err, io: { stdout: () => undefined, stderr: (t: string) => void err.push(t), env: {}, cwd: '/', isTTY } };
}

describe('ScanProgress', () => {
  it('prints counts and rates on one line', () => {
    const stats = { ...newScanStats(), reposTotal: 4, repos: 2, modules: 3, filesAnalysed: 150, filesReused: 50, bytesAnalysed: 4_000_000 };
    expect(progressLine(stats, 2000, 'repo')).toBe('scan: 2/4 repos  0 snapshots  3 modules  200 files (150 analysed, 50 reused)  100 files/s  2.0 MB/s  0 problems  repo');
  });

  it.each([
    [0, 4, '[....................]'],
    [3, 4, '[##########..........]'],
    [5, 4, '[####################]'],
  ])('draws %i of %i as %s', (done, total, bar) => {
    expect(progressBar(done, total)).toBe(bar);
  });

  it('rewrites one line at most ten times a second on a terminal', () => {
    let now = 0;
    const out = io(true);
    const progress = new ScanProgress(out.io, () => now);
    const stats = newScanStats();
    for (now = 100; now < 1000; now += 10) progress.update(stats, 'r');
    progress.done();
    expect(out.err.filter((t) => t.startsWith('\r'))).toHaveLength(10);
  });

  it('prints plain lines per repository and every five seconds otherwise', () => {
    let now = 0;
    const out = io(false);
    const progress = new ScanProgress(out.io, () => now);
    const stats = newScanStats();
    progress.update(stats, 'r');
    now = 1000;
    progress.update(stats, 'r');
    stats.repos = 1;
    progress.update(stats, 'r');
    now = 7000;
    progress.update(stats, 'r');
    expect(out.err).toHaveLength(2);
    expect(out.err.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
  });
});
