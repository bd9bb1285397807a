/**
 * go.mod / go.sum parsing throughput over every go.mod and go.sum of the corpus, in MB/s of input:
 * goradar (bytes decoded as the CLI decodes them, then parseGoMod; parseGoSum plus the look-up
 * index) against golang.org/x/mod's modfile.Parse and a cmd/go-style go.sum reader that fills a map
 * (bench/go/modparse, built now with the real module proxy). Both sides parse the same files held
 * in memory, after warm-up repetitions, for at least two seconds each.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoSumIndex, parseGoMod, parseGoSum } from '../packages/gomod/src/index.js';
import { bytesToGoText } from '../packages/goradar/src/modedit/read-go-text.js';
import { findGo } from '../tools/test-support/go-oracle.js';
import { listCorpusFiles } from '../tools/conformance/modfile-corpus.js';
import type { BenchRow, BenchSuite } from './suite.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const harnessDir = join(repo, 'bench/go/modparse');
const MIN_MS = 2000;
const WARMUP = 5;

/** Timing is one side's measurement of one kind of file. */
interface Timing {
  files: number;
  bytes: number;
  reps: number;
  ns: number;
  items: number;
  errors: number;
}

interface Loaded {
  name: string;
  bytes: Uint8Array;
}

function measure(files: readonly Loaded[], parse: (files: readonly Loaded[]) => { items: number; errors: number }): Timing {
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  for (let i = 0; i < WARMUP; i++) parse(files);
  let reps = 0;
  let last = { items: 0, errors: 0 };
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < BigInt(MIN_MS) * 1_000_000n || reps < 3) {
    last = parse(files);
    reps++;
    elapsed = process.hrtime.bigint() - start;
  }
  return { files: files.length, bytes, reps, ns: Number(elapsed), ...last };
}

function parseMods(files: readonly Loaded[]): { items: number; errors: number } {
  let items = 0;
  let errors = 0;
  for (const f of files) {
    const r = parseGoMod(f.name, bytesToGoText(f.bytes));
    if (r.ok) items += r.value.require.length;
    else errors++;
  }
  return { items, errors };
}

function parseSums(files: readonly Loaded[]): { items: number; errors: number } {
  let items = 0;
  let errors = 0;
  for (const f of files) {
    const parsed = parseGoSum(f.name, bytesToGoText(f.bytes));
    const index = new GoSumIndex(parsed.entries);
    items += parsed.entries.length;
    errors += parsed.problems.length + (index.size < 0 ? 1 : 0);
  }
  return { items, errors };
}

function buildHarness(go: string, log: (line: string) => void): string {
  const out = join(repo, 'bench/.work/modparse');
  mkdirSync(join(repo, 'bench/.work'), { recursive: true });
  log('building bench/go/modparse (golang.org/x/mod from the module proxy)');
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', GOWORK: 'off' };
  const r = spawnSync(go, ['build', '-o', out, '.'], { cwd: harnessDir, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`go build of the modparse harness failed: ${r.stderr}`);
  return out;
}

function runHarness(binary: string, paths: readonly string[]): Map<string, Timing> {
  const r = spawnSync(binary, [`-warmup=${WARMUP}`, `-min=${MIN_MS}ms`], { input: `${paths.join('\n')}\n`, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`modparse failed: ${r.stderr}`);
  const out = new Map<string, Timing>();
  for (const line of r.stdout.trim().split('\n')) {
    const t = JSON.parse(line) as Timing & { kind: string };
    out.set(t.kind, t);
  }
  return out;
}

const mbPerSecond = (t: Timing): number => (t.bytes * t.reps) / (1 << 20) / (t.ns / 1e9);

function row(name: string, ours: Timing, theirs: Timing | undefined): BenchRow {
  return {
    name,
    goradar: { value: mbPerSecond(ours), unit: 'MB/s', higherIsBetter: true },
    ...(theirs ? { anchor: { label: 'golang.org/x/mod (go)', value: mbPerSecond(theirs), unit: 'MB/s', higherIsBetter: true } } : {}),
    goal: '>= 1.0x',
    extra: { files: ours.files, bytes: ours.bytes, goradarReps: ours.reps, goReps: theirs?.reps ?? 0, items: ours.items, goItems: theirs?.items ?? 0, errors: ours.errors, goErrors: theirs?.errors ?? 0 },
  };
}

/** suite is the go.mod / go.sum parsing benchmark. */
export const suite: BenchSuite = {
  name: 'modfile parse (corpus go.mod / go.sum)',
  async run(log) {
    const corpus = listCorpusFiles(['go.mod', 'go.sum']);
    if (corpus.length === 0) {
      log('corpus absent (../shared/corpus): nothing to measure');
      return [];
    }
    const load = (kind: string): Loaded[] => corpus.filter((f) => f.kind === kind).map((f) => ({ name: f.absolutePath, bytes: readFileSync(f.absolutePath) }));
    const mods = load('go.mod');
    const sums = load('go.sum');
    const go = findGo();
    const theirs = go ? runHarness(buildHarness(go, log), corpus.map((f) => f.absolutePath)) : new Map<string, Timing>();
    if (!go) log('go is not installed: goradar figures only');
    const ourMods = measure(mods, parseMods);
    const ourSums = measure(sums, parseSums);
    log(`go.mod: ${ourMods.files} files, ${ourMods.bytes} bytes; go.sum: ${ourSums.files} files, ${ourSums.bytes} bytes`);
    for (const [kind, ours] of [['go.mod', ourMods], ['go.sum', ourSums]] as const) {
      const t = theirs.get(kind);
      if (t && (t.items !== ours.items || t.errors !== ours.errors)) log(`warning: ${kind} results differ (goradar ${ours.items} items/${ours.errors} errors, go ${t.items}/${t.errors})`);
    }
    return [row('go.mod parse', ourMods, theirs.get('go.mod')), row('go.sum parse + index', ourSums, theirs.get('go.sum'))];
  },
};
