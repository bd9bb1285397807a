/**
 * `npm run bench`: runs every benchmark and prints goradar's figures beside the go command's
 * (or other anchors) measured in the same run, as ratios. Options: --only NAME, --json FILE.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ratio, type BenchRow } from './suite.js';
import { suites } from './suites.js';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const only = valueOf(args, '--only');
  const jsonOut = valueOf(args, '--json');
  const all: Array<BenchRow & { suite: string; ratio?: number }> = [];
  for (const load of suites) {
    const suite = await load();
    if (only && !suite.name.includes(only)) continue;
    process.stdout.write(`\n== ${suite.name}\n`);
    const rows = await suite.run((line) => process.stdout.write(`   ${line}\n`));
    for (const row of rows) {
      const r = ratio(row);
      all.push({ ...row, suite: suite.name, ...(r === undefined ? {} : { ratio: r }) });
      process.stdout.write(`   ${formatRow(row, r)}\n`);
    }
  }
  process.stdout.write('\n== summary (ratio > 1: goradar faster than the anchor)\n');
  for (const row of all) process.stdout.write(`   ${row.suite} / ${formatRow(row, row.ratio)}\n`);
  if (jsonOut) {
    mkdirSync(dirname(jsonOut), { recursive: true });
    writeFileSync(jsonOut, `${JSON.stringify(all, null, 2)}\n`);
  }
  return 0;
}

function formatRow(row: BenchRow, r: number | undefined): string {
  const own = `${row.name}: goradar ${row.goradar.value.toFixed(2)} ${row.goradar.unit}`;
  if (!row.anchor) return own;
  const goal = row.goal ? ` (goal ${row.goal})` : '';
  return `${own} vs ${row.anchor.label} ${row.anchor.value.toFixed(2)} ${row.anchor.unit} => ${r?.toFixed(2)}x${goal}`;
}

function valueOf(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

process.exitCode = await main();
