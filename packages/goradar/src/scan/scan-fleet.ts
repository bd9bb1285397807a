import type { ProblemData, Store, Without } from '../store/types.js';
import { discoverRepos, type RepoTarget } from './discover-repos.js';
import type { AnalysisLimits } from './file-analysis.js';
import { headCommit } from './git-command.js';
import { chooseHistoryCommits } from './git-history.js';
import { GitTreeReader } from './git-tree-reader.js';
import { unavailableGraphLoader, type GraphLoader } from './graph-loader.js';
import type { HistoryGranularity } from './history-points.js';
import { coreManifestParsers, type ManifestParsers } from './manifest-parsers.js';
import { newScanStats, type ScanStats } from './scan-stats.js';
import { scanSnapshot, type SnapshotScanContext, type SnapshotTarget } from './snapshot-scanner.js';
import { WorkerPool } from './worker-pool.js';
import { errorMessage, WorktreeReader } from './worktree-reader.js';

/** ScanOptions configure a fleet scan. */
export interface ScanOptions {
  paths: string[];
  cwd: string;
  /** history reads each git repository at these points instead of its working tree. */
  history?: { granularity: HistoryGranularity; since: Date };
  /** now is the clock reading used for history cut-offs and run timestamps. */
  now: () => Date;
  /** threads is the number of worker threads analysing Go files (0: on the main thread). */
  threads: number;
  limits: AnalysisLimits;
  graphs?: GraphLoader;
  /** online is recorded with the run: graphs may have been resolved through the network (the graphs loader does it). */
  online?: boolean;
  parsers?: ManifestParsers;
  /** onProgress is called as counters change (callers throttle their rendering). */
  onProgress?: (stats: Readonly<ScanStats>, current: string) => void;
}

/** ScannedSnapshot tells which point of a repository was recorded and from which commit. */
export interface ScannedSnapshot {
  point: string;
  commit: string | null;
  commitTime: string | null;
  reused: boolean;
}

/** ScanSummary is the result of scanFleet. */
export interface ScanSummary {
  runId: number;
  analyzer: string;
  stats: ScanStats;
  repos: Array<{ root: string; kind: string; snapshots: ScannedSnapshot[]; problems: number }>;
}

/**
 * scanFleet discovers the repositories under options.paths and records each snapshot in store.
 * Each snapshot is written in one transaction, and snapshots of commits already recorded are
 * kept, so a scan interrupted at any point and run again ends with the same store content.
 */
export async function scanFleet(store: Store, options: ScanOptions): Promise<ScanSummary> {
  const args = {
    paths: options.paths,
    history: options.history ? { granularity: options.history.granularity, since: options.history.since.toISOString() } : null,
    online: options.online ?? false,
  };
  const runId = store.beginRun(JSON.stringify(args), options.now().toISOString());
  const stats = newScanStats();
  const pool = new WorkerPool(options.threads);
  let current = '';
  const ctx: SnapshotScanContext = {
    store,
    pool,
    limits: options.limits,
    stats,
    parsers: options.parsers ?? coreManifestParsers(),
    graphs: options.graphs ?? unavailableGraphLoader,
    onProgress: () => options.onProgress?.(stats, current),
  };
  const summary: ScanSummary = { runId, analyzer: pool.analyzerId, stats, repos: [] };
  try {
    const targets = await discoverRepos(options.paths, options.cwd);
    stats.reposTotal = targets.length;
    for (const target of targets) {
      current = target.root;
      stats.repos++;
      summary.repos.push(await scanRepo(ctx, runId, target, options));
      ctx.onProgress();
    }
  } catch (err) {
    store.finishRun(runId, 'failed', JSON.stringify({ ...stats, error: errorMessage(err) }), options.now().toISOString());
    throw err;
  } finally {
    await pool.close();
  }
  store.finishRun(runId, 'complete', JSON.stringify(stats), options.now().toISOString());
  return summary;
}

async function scanRepo(ctx: SnapshotScanContext, runId: number, target: RepoTarget, options: ScanOptions): Promise<ScanSummary['repos'][number]> {
  const repoId = ctx.store.upsertRepo({ root: target.root, kind: target.kind });
  const repoProblems: Array<Without<ProblemData, 'moduleDir'>> = [];
  const snapshots: ScannedSnapshot[] = [];
  const record = async (snapshot: SnapshotTarget): Promise<void> => {
    try {
      const data = await scanSnapshot(ctx, snapshot);
      ctx.store.writeSnapshot(repoId, runId, data);
      ctx.stats.snapshots++;
      snapshots.push({ point: snapshot.meta.point, commit: snapshot.meta.commit, commitTime: snapshot.meta.commitTime, reused: false });
    } finally {
      await snapshot.reader.close();
    }
  };
  try {
    if (options.history) await scanHistory({ ctx, runId, repoId, target, history: options.history, now: options.now(), snapshots, record, repoProblems });
    else {
      const head = target.kind === 'git' ? await headCommit(target.root) : undefined;
      const reader = new WorktreeReader({ root: target.root, excludeDirs: target.excludeDirs });
      const meta = { point: 'current', cutoff: null, source: 'worktree' as const, commit: head?.commit ?? null, commitTime: head?.time ?? null };
      await record({ repoRoot: target.root, reader, meta });
    }
  } catch (err) {
    repoProblems.push({ kind: 'git', file: '', line: null, message: errorMessage(err) });
  }
  ctx.store.recordRepoProblems(repoId, repoProblems);
  ctx.stats.problems += repoProblems.length;
  return { root: target.root, kind: target.kind, snapshots, problems: repoProblems.length };
}

interface HistoryJob {
  ctx: SnapshotScanContext;
  runId: number;
  repoId: number;
  target: RepoTarget;
  history: NonNullable<ScanOptions['history']>;
  now: Date;
  snapshots: ScannedSnapshot[];
  record: (snapshot: SnapshotTarget) => Promise<void>;
  repoProblems: Array<Without<ProblemData, 'moduleDir'>>;
}

async function scanHistory(job: HistoryJob): Promise<void> {
  if (job.target.kind !== 'git') {
    job.repoProblems.push({ kind: 'git', file: '', line: null, message: 'not a git repository: history is not available' });
    return;
  }
  const chosen = await chooseHistoryCommits({ root: job.target.root, granularity: job.history.granularity, since: job.history.since, now: job.now });
  for (const point of chosen) {
    const meta = { point: point.label, cutoff: point.cutoff.toISOString(), source: 'commit' as const, commit: point.commit, commitTime: new Date(point.time).toISOString() };
    const existing = job.ctx.store.findSnapshot(job.repoId, point.label);
    if (existing && existing.commit === point.commit && existing.source === 'commit') {
      job.ctx.store.touchSnapshot(existing.id, job.runId);
      job.ctx.stats.snapshotsReused++;
      job.snapshots.push({ point: point.label, commit: point.commit, commitTime: meta.commitTime, reused: true });
      continue;
    }
    await job.record({ repoRoot: job.target.root, reader: new GitTreeReader(job.target.root, point.commit), meta });
  }
}
