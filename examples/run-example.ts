/**
 * `npm run example`: create the bundled example fleet, scan its history and working trees with the
 * built goradar CLI, offline (the bundled file:// proxy is the only module source), and write the
 * report. Usage: tsx examples/run-example.ts [OUT_DIR]   (default out/example)
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createExampleFleet, EXAMPLES_DIR, exampleGoEnv } from './create-fleet.js';

const out = resolve(process.argv[2] ?? 'out/example');
const fleet = join(out, 'fleet');
const db = join(out, 'goradar.db');
const reportDir = join(out, 'report');
const cli = join(EXAMPLES_DIR, '..', 'packages', 'goradar', 'bin', 'goradar.js');

function goradar(args: string[]): void {
  process.stdout.write(`$ goradar ${args.map((a) => (a.startsWith('/') ? relative(process.cwd(), a) || '.' : a)).join(' ')}\n`);
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', env: { ...process.env, ...exampleGoEnv(out) } });
  if (result.status !== 0) {
    process.stderr.write(`goradar ${args[0]} failed (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status ?? 1);
  }
}

rmSync(db, { force: true });
rmSync(`${db}-wal`, { force: true });
rmSync(`${db}-shm`, { force: true });
for (const repo of createExampleFleet(fleet)) process.stdout.write(`created ${relative(process.cwd(), repo.dir)} (${repo.commits.length} dated commits)\n`);
goradar(['scan', fleet, '--db', db, '--history', 'yearly', '--since', '2023']);
goradar(['scan', fleet, '--db', db, '--report', reportDir]);
process.stdout.write(`\nOpen ${relative(process.cwd(), join(reportDir, 'report.html'))} in a browser (it needs no network).\n`);
