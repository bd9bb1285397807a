/**
 * History points: the cut-offs at which a repository is read over time, and the choice of the
 * main-line commit that stood at each cut-off.
 */

/** HistoryGranularity is how far apart history points are. */
export type HistoryGranularity = 'yearly' | 'quarterly' | 'monthly';

/** HistoryCutoff is one point: its label and the instant it ends at (exclusive, UTC). */
export interface HistoryCutoff {
  /** label is '2023', '2023-Q2' or '2023-07'. */
  label: string;
  cutoff: Date;
}

/**
 * historyCutoffs lists the points of granularity from the period containing since up to the last
 * period that has ended by now, oldest first. Each cut-off is the first instant of the next period.
 */
export function historyCutoffs(granularity: HistoryGranularity, since: Date, now: Date): HistoryCutoff[] {
  const months = granularity === 'yearly' ? 12 : granularity === 'quarterly' ? 3 : 1;
  let year = since.getUTCFullYear();
  let month = Math.floor(since.getUTCMonth() / months) * months;
  const points: HistoryCutoff[] = [];
  for (;;) {
    const nextMonth = month + months;
    const cutoff = new Date(Date.UTC(year + Math.floor(nextMonth / 12), nextMonth % 12, 1));
    if (cutoff.getTime() > now.getTime()) return points;
    points.push({ label: periodLabel(granularity, year, month), cutoff });
    year += Math.floor(nextMonth / 12);
    month = nextMonth % 12;
  }
}

function periodLabel(granularity: HistoryGranularity, year: number, month: number): string {
  if (granularity === 'yearly') return String(year);
  if (granularity === 'quarterly') return `${year}-Q${month / 3 + 1}`;
  return `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** MainLineCommit is one first-parent commit with its committer time (ms since the epoch). */
export interface MainLineCommit {
  commit: string;
  time: number;
}

/** ChosenCommit is the commit that stood on the main line at a cut-off. */
export interface ChosenCommit extends HistoryCutoff {
  commit: string;
  time: number;
}

/**
 * chooseMainLineCommits picks, for each cut-off, the newest main-line commit whose date and whose
 * first-parent ancestors' dates are all before the cut-off. mainLine is the first-parent chain
 * newest first (HEAD first), as `git log --first-parent` prints it. A merged side branch's old
 * commit dates are never considered: only the merge commit on the main line is. Cut-offs before
 * the first commit give no entry.
 */
export function chooseMainLineCommits(mainLine: readonly MainLineCommit[], cutoffs: readonly HistoryCutoff[]): ChosenCommit[] {
  // runningMax[i]: the latest date among mainLine[i] and all its first-parent ancestors.
  const runningMax = new Array<number>(mainLine.length);
  let max = -Infinity;
  for (let i = mainLine.length - 1; i >= 0; i--) {
    max = Math.max(max, (mainLine[i] as MainLineCommit).time);
    runningMax[i] = max;
  }
  const chosen: ChosenCommit[] = [];
  for (const point of cutoffs) {
    const limit = point.cutoff.getTime();
    // runningMax only grows toward HEAD, so the first index from HEAD below the limit is the newest.
    const index = runningMax.findIndex((m) => m < limit);
    if (index < 0) continue;
    const c = mainLine[index] as MainLineCommit;
    chosen.push({ ...point, commit: c.commit, time: c.time });
  }
  return chosen;
}

/** parseFirstParentLog reads `git log --first-parent --format='%H %ct'` output. */
export function parseFirstParentLog(text: string): MainLineCommit[] {
  const commits: MainLineCommit[] = [];
  for (const line of text.split('\n')) {
    const [commit, seconds] = line.trim().split(' ');
    if (commit && seconds) commits.push({ commit, time: Number(seconds) * 1000 });
  }
  return commits;
}
