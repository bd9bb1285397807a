import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalDump } from '../store/canonical-dump.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { historyCutoffs } from './history-points.js';
import { goFile } from './test-support/fleet-fixture.js';
import { GitFixture, makeTempDir, writeTree } from './test-support/git-fixture.js';

const bin = fileURLToPath(new URL('../../bin/goradar.js', import.meta.url));
const tmp = makeTempDir('kill');
afterAll(() => tmp.remove());
const fleet = join(tmp.dir, 'fleet');

/** A fleet big enough that a scan takes a while: two repositories with a year of monthly commits, read quarterly. */
function makeBusyFleet(): void {
  for (const name of ['alpha', 'beta']) {
    const repo = new GitFixture(join(fleet, name));
    for (let month = 1; month <= 12; month++) {
      const files: Record<string, string> = { 'go.mod': `module example.com/${name}\n\ngo 1.21\n\nrequire example.com/dep v1.${month}.0\n` };
      for (let i = 0; i < 48; i++) {
        const body = Array.from({ length: 40 }, (_, k) => `func F${i}_${k}() int { return ${month * k} }`).join('\n');
        files[`pkg${i % 6}/f${i}.go`] = goFile(`pkg${i % 6}`, ['fmt', `example.com/dep/p${month % 3}`], body);
      }
      repo.commit(`2022-${String(month).padStart(2, '0')}-10T10:00:00Z`, files);
    }
  }
  writeTree(fleet, { 'loose/go.mod': 'module example.com/loose\n', 'loose/l.go': goFile('loose', ['os']) });
}

const scanArgs = (db: string): string[] => [bin, 'scan', fleet, '--history', 'quarterly', '--since', '2022-01', '--db', db, '--workers', '1'];

function scanToEnd(db: string): void {
  const result = spawnSync(process.execPath, scanArgs(db), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`scan failed: ${result.stderr}`);
}

/** runsIn counts the scan runs recorded in db, read-only (never creating or migrating it), 0 while it has none. */
function runsIn(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT COUNT(*) AS n FROM scan_runs').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

/**
 * scanAndKill starts a scan and kills it afterMs after it has recorded its run (process start-up
 * varies with the machine's load; a kill before the scan began would test nothing).
 */
function scanAndKill(db: string, afterMs: number): Promise<string> {
  const runsBefore = runsIn(db);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, scanArgs(db), { stdio: 'ignore' });
    let timer: NodeJS.Timeout | undefined;
    const poll = setInterval(() => {
      if (runsIn(db) <= runsBefore) return;
      clearInterval(poll);
      timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    }, 10);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve(signal ?? `exit ${code}`);
    });
  });
}

function dump(db: string): string {
  const store = openSqliteStore(db);
  try {
    return canonicalDump(store);
  } finally {
    store.close();
  }
}

describe('a scan killed at random points and run again', () => {
  it('ends with exactly the data of an uninterrupted scan', async () => {
    makeBusyFleet();
    const reference = join(tmp.dir, 'reference.db');
    const started = Date.now();
    scanToEnd(reference);
    const fullMs = Date.now() - started;
    const expected = dump(reference);
    const quarters = historyCutoffs('quarterly', new Date('2022-01-01T00:00:00Z'), new Date()).length;
    expect(JSON.parse(expected).repos.flatMap((r: { snapshots: unknown[] }) => r.snapshots)).toHaveLength(2 * quarters);

    const resumed = join(tmp.dir, 'resumed.db');
    const outcomes: string[] = [];
    // Each resumed run has less left to do, so the later kills come early enough to land mid-scan.
    for (const fraction of [0.05, 0.15, 0.25, 0.35, 0.45].map((f) => f + Math.random() * 0.1)) {
      outcomes.push(`${Math.round(fraction * fullMs)}ms: ${await scanAndKill(resumed, fraction * fullMs)}`);
    }
    // At least some runs must really have been killed for the test to mean anything.
    expect(outcomes.filter((o) => o.endsWith('SIGKILL')).length, outcomes.join('; ')).toBeGreaterThanOrEqual(3);
    scanToEnd(resumed);
    expect(dump(resumed)).toBe(expected);
    const store = openSqliteStore(resumed);
    expect(store.select('scan_runs').filter((r) => r.status === 'running').length).toBeGreaterThanOrEqual(3);
    store.close();
  }, 180_000);
});
