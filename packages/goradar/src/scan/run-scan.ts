import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { GoradarError } from '../errors.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { HistoryGranularity } from './history-points.js';
import { loadGoEnv } from '../modfetch/go-env.js';
import { graphSource } from '../modload/default-source.js';
import { sourceGraphLoader } from './module-graph-loader.js';
import { scanFleet, type ScanOptions, type ScanSummary } from './scan-fleet.js';

/** RunScanRequest is `goradar scan` after flag parsing. */
export interface RunScanRequest {
  paths: string[];
  cwd: string;
  db: string | undefined;
  history: string | undefined;
  since: string | undefined;
  workers: string | undefined;
  maxFileSize: string | undefined;
  /** online resolves module graphs through the GOPROXY list too (--online); scans are offline by default. */
  online: boolean;
  /** env is the process environment (GOMODCACHE, GOPATH, GOPROXY, GOFLAGS, HOME …) for module graph loading. */
  env: Readonly<Record<string, string | undefined>>;
  onProgress?: ScanOptions['onProgress'];
}

/** RunScanResult is the scan's summary plus where it was stored. */
export interface RunScanResult extends ScanSummary {
  db: string;
  elapsedMs: number;
}

/** DEFAULT_DB is the store file used when --db is not given, relative to the working directory. */
export const DEFAULT_DB = '.goradar/goradar.db';

/**
 * runScan validates the request, opens the store, scans and closes the store. Module graphs are
 * resolved offline (module cache, file:// GOPROXY entries) unless request.online, which fetches
 * missing go.mod files through GOPROXY into the module cache.
 */
export async function runScan(request: RunScanRequest): Promise<RunScanResult> {
  const options = toScanOptions(request);
  const goEnv = await loadGoEnv(request.env);
  const sources = graphSource({ goEnv, env: request.env, online: request.online, offlineReason: 'a scan without --online' });
  const db = resolve(request.cwd, request.db ?? DEFAULT_DB);
  const started = Date.now();
  try {
    const store = openSqliteStore(db);
    try {
      const summary = await scanFleet(store, { ...options, online: request.online, graphs: sourceGraphLoader(sources.source) });
      return { ...summary, db, elapsedMs: Date.now() - started };
    } finally {
      store.close();
    }
  } finally {
    await sources.close();
  }
}

function toScanOptions(request: RunScanRequest): ScanOptions {
  if (request.paths.length === 0) throw usage('scan needs at least one PATH');
  const now = (): Date => new Date();
  return {
    paths: request.paths,
    cwd: request.cwd,
    now,
    threads: request.workers === undefined ? defaultWorkers() : positiveInt(request.workers, '--workers', true),
    limits: { maxFileBytes: request.maxFileSize === undefined ? 8 << 20 : positiveInt(request.maxFileSize, '--max-file-size', false), maxInFlight: 64 },
    ...(request.history === undefined ? {} : { history: { granularity: granularity(request.history), since: sinceDate(request.since, now()) } }),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  };
}

/**
 * defaultWorkers leaves one core to the main thread, which reads, hashes, stores and aggregates
 * while the workers parse (and to V8's own collector threads): on two cores one worker scans
 * faster than two.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

function granularity(value: string): HistoryGranularity {
  if (value === 'yearly' || value === 'quarterly' || value === 'monthly') return value;
  throw usage(`--history must be yearly, quarterly or monthly, not ${JSON.stringify(value)}`);
}

function sinceDate(value: string | undefined, now: Date): Date {
  if (value === undefined) return new Date(Date.UTC(now.getUTCFullYear() - 3, 0, 1));
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? new Date(`${value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw usage(`--since must be a date like 2021-01-01, not ${JSON.stringify(value)}`);
  return date;
}

function positiveInt(value: string, flag: string, allowZero: boolean): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw usage(`${flag} must be a${allowZero ? ' non-negative' : ' positive'} integer, not ${JSON.stringify(value)}`);
  return n;
}

function usage(message: string): GoradarError {
  return new GoradarError('ERR_USAGE', message, { hint: 'see goradar scan --help' });
}
