import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFleetStore } from '../../findings/test-support/fleet-builder.js';
import { SAMPLE_FLEET } from '../../report/test-support/sample-fleet.js';
import { openSqliteStore } from '../../store/sqlite-store.js';
import type { CliIo } from '../io.js';
import { main } from '../main.js';

const work = mkdtempSync(join(tmpdir(), 'goradar-report-cli-'));
const db = join(work, 'fleet.db');
beforeAll(() => buildFleetStore(SAMPLE_FLEET, db).close());
afterAll(() => rmSync(work, { recursive: true, force: true }));

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), env: { GOPROXY: 'off', GOMODCACHE: join(work, 'no-cache') }, cwd: work, isTTY: false }, out, err };
}

describe('goradar report', () => {
  it('writes the chosen formats, stores the findings and prints the result as JSON', async () => {
    const { io, out } = capture();
    expect(await main(['report', '--db', db, '--out', 'rep', '--format', 'md,json', '--json'], io)).toBe(0);
    const result = JSON.parse(out.join('')) as { dir: string; files: Array<{ format: string; file: string }>; findings: number };
    expect(result.dir).toBe(join(work, 'rep'));
    expect(result.files.map((f) => f.format)).toEqual(['md', 'json']);
    expect(readFileSync(join(work, 'rep', 'report.md'), 'utf8')).toMatch(/^# goradar fleet report\n/);
    expect(existsSync(join(work, 'rep', 'report.html'))).toBe(false);
    const store = openSqliteStore(db);
    try {
      expect(store.select('findings')).toHaveLength(result.findings);
      expect(result.findings).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });

  it.each<[string, string[], number, string]>([
    ['a missing store', ['report', '--db', 'nope.db'], 3, 'ERR_STORE_NOT_FOUND'],
    ['an unknown format', ['report', '--db', 'fleet.db', '--format', 'html,pdf'], 2, 'ERR_USAGE'],
  ])('fails clearly on %s', async (_name, argv, code, errorCode) => {
    const { io, err } = capture();
    expect(await main(argv, io)).toBe(code);
    expect(err.join('')).toContain(`goradar: ${errorCode}:`);
  });

  it('runs through the built binary', () => {
    const bin = fileURLToPath(new URL('../../../bin/goradar.js', import.meta.url));
    const built = fileURLToPath(new URL('../../../dist/cli/commands/report.js', import.meta.url));
    expect(existsSync(built), 'build first: npx tsc -b packages/goradar').toBe(true);
    const result = spawnSync(process.execPath, [bin, 'report', '--db', db, '--out', join(work, 'bin-report')], { cwd: work, encoding: 'utf8', env: { ...process.env, GOPROXY: 'off' } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(join(work, 'bin-report', 'report.html'));
    expect(readFileSync(join(work, 'bin-report', 'report.html'), 'utf8')).toContain('<canvas id="chart-skew"');
  });
});
