/**
 * `npm run conformance`: runs every differential suite against the real go command at full size
 * and prints the agreement rate of each. Exits 1 if any suite disagrees.
 * Options: --only NAME (substring), --seed N, --sample (the small default-test sample size).
 */
import { findGo } from '../test-support/go-oracle.js';
import { suites } from './suites.js';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const only = valueOf(args, '--only');
  const seed = Number(valueOf(args, '--seed') ?? Date.now() % 1_000_000);
  const full = !args.includes('--sample');
  if (!findGo()) {
    process.stderr.write('conformance: `go` is not installed; nothing to compare against.\n');
    return 1;
  }
  let failed = false;
  const rows: string[] = [];
  for (const load of suites) {
    const suite = await load();
    if (only && !suite.name.includes(only)) continue;
    const started = Date.now();
    process.stdout.write(`\n== ${suite.name} (seed ${seed}, ${full ? 'full' : 'sample'})\n`);
    const result = await suite.run({ full, seed, log: (line) => process.stdout.write(`   ${line}\n`) });
    const rate = result.total === 0 ? 0 : (100 * result.agreed) / result.total;
    for (const d of result.disagreements.slice(0, 20)) process.stdout.write(`   DISAGREE ${d}\n`);
    for (const n of result.notes ?? []) process.stdout.write(`   note: ${n}\n`);
    const row = `${suite.name}: ${result.agreed}/${result.total} agree (${rate.toFixed(2)}%), ${result.skipped} skipped, ${((Date.now() - started) / 1000).toFixed(1)}s`;
    rows.push(row);
    process.stdout.write(`   ${row}\n`);
    if (result.agreed !== result.total) failed = true;
  }
  process.stdout.write(`\n== summary\n${rows.map((r) => `   ${r}`).join('\n')}\n`);
  return failed ? 1 : 0;
}

function valueOf(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

process.exitCode = await main();
