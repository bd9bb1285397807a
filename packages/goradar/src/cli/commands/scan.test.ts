import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFleet } from '../../scan/test-support/fleet-fixture.js';
import { makeTempDir } from '../../scan/test-support/git-fixture.js';
import type { CliIo } from '../io.js';
import { main } from '../main.js';

const tmp = makeTempDir('scan-cli');
afterAll(() => tmp.remove());
const fleet = join(tmp.dir, 'fleet');
makeFleet(fleet);

function capture(cwd: string, isTTY = false): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), env: {}, cwd, isTTY };
}

describe('goradar scan (in process)', () => {
  it('scans into .goradar/goradar.db by default and prints a JSON summary', async () => {
    const io = capture(tmp.dir);
    expect(await main(['scan', 'fleet', '--json', '--workers', '1'], io)).toBe(0);
    const summary = JSON.parse(io.out.join(''));
    expect(summary.db).toBe(join(tmp.dir, '.goradar', 'goradar.db'));
    expect(summary.stats).toMatchObject({ repos: 3, snapshots: 3, modules: 5 });
    expect(existsSync(summary.db)).toBe(true);
    expect(io.err.join('')).toMatch(/^scan: 1\/3 repos/m);
  });

  it('prints a human summary and a terminal progress line', async () => {
    const io = capture(tmp.dir, true);
    expect(await main(['scan', fleet, '--db', join(tmp.dir, 'h.db'), '--workers', '0'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/scanned 3 repositories into .*h\.db/);
    expect(io.err.join('')).toContain('\r\u001b[K');
  });

  it.each([
    [['scan', 'fleet', '--history', 'weekly'], /--history must be yearly, quarterly or monthly/],
    [['scan', 'fleet', '--history', 'yearly', '--since', 'last year'], /--since must be a date/],
    [['scan', 'fleet', '--workers', '-1'], /--workers must be a non-negative integer/],
    [['scan', 'no-such-dir'], /no-such-dir: not a directory/],
  ])('rejects %j', async (argv, message) => {
    const io = capture(tmp.dir);
    const code = await main([...argv, '--db', join(tmp.dir, 'bad.db')], io);
    expect(code).toBe(argv.includes('no-such-dir') ? 3 : 2);
    expect(io.err.join('')).toMatch(message);
  });
});

describe('goradar scan (built binary)', () => {
  it('runs end to end and reports a second scan as fully reused', () => {
    const bin = fileURLToPath(new URL('../../../bin/goradar.js', import.meta.url));
    const db = join(tmp.dir, 'bin.db');
    const run = () => spawnSync(process.execPath, [bin, 'scan', fleet, '--db', db, '--json'], { encoding: 'utf8' });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const second = JSON.parse(run().stdout);
    expect(second.stats.filesAnalysed).toBe(0);
    expect(second.stats.filesReused).toBe(JSON.parse(first.stdout).stats.goFiles);
  });
});
