/**
 * go.mod / go.sum parsing throughput over every go.mod and go.sum of the corpus, in MB/s of input:
 * goradar (bytes decoded as the CLI decodes them, then parseGoMod; go.sum bytes decoded in line-aligned
 * parts as the CLI reads them, parseGoSumParts plus the look-up index) against golang.org/x/mod's
 * modfile.Parse and a cmd/go-style go.sum reader that fills a map
 * (bench/go/modparse, built now with the real module proxy). Both sides parse the same files held
 * in memory, after warm-up repetitions, for at least two seconds per round; rounds alternate
 * between go and goradar (three each) and each side's best round counts, so a busy machine hurts
 * both alike. The ratio is of wall-clock throughput; CPU-time throughput (all threads, GC
 * included) is reported beside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoSumIndex, parseGoMod, parseGoSumParts } from '../packages/gomod/src/index.js';
import { bytesToGoText, bytesToGoTextParts } from '../packages/goradar/src/modedit/read-go-text.js';
import { findGo } from '../tools/test-support/go-oracle.js';
import { listCorpusFiles } from '../tools/conformance/modfile-corpus.js';
import type { BenchRow, BenchSuite } from './suite.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const harnessDir = join(repo, 'bench/go/modparse');
const MIN_MS = 2000;
const WARMUP = 5;
const ROUNDS = 3;

/** Timing is one side's measurement of one kind of file. */
interface Timing {
  files: number;
  bytes: number;
  reps: number;
  ns: number;
  cpuNs: number;
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
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < BigInt(MIN_MS) * 1_000_000n || reps < 3) {
    last = parse(files);
    reps++;
    elapsed = process.hrtime.bigint() - start;
  }
  const cpu = process.cpuUsage(cpu0);
  return { files: files.length, bytes, reps, ns: Number(elapsed), cpuNs: (cpu.user + cpu.system) * 1000, ...last };
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
    const parsed = parseGoSumParts(f.name, bytesToGoTextParts(f.bytes));
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
const mbPerCpuSecond = (t: Timing): number => (t.cpuNs > 0 ? (t.bytes * t.reps) / (1 << 20) / (t.cpuNs / 1e9) : 0);

function best(timings: readonly Timing[]): Timing | undefined {
  return [...timings].sort((a, b) => mbPerSecond(b) - mbPerSecond(a))[0];
}

function row(name: string, ours: Timing, theirs: Timing | undefined): BenchRow {
  const cpu = (t: Timing | undefined): number => Number((t ? mbPerCpuSecond(t) : 0).toFixed(2));
  return {
    name,
    goradar: { value: mbPerSecond(ours), unit: 'MB/s', higherIsBetter: true },
    ...(theirs ? { anchor: { label: 'golang.org/x/mod (go)', value: mbPerSecond(theirs), unit: 'MB/s', higherIsBetter: true } } : {}),
    goal: '>= 1.0x',
    extra: {
      files: ours.files,
      bytes: ours.bytes,
      goradarCpuMBps: cpu(ours),
      goCpuMBps: cpu(theirs),
      cpuRatio: theirs && cpu(theirs) > 0 ? Number((cpu(ours) / cpu(theirs)).toFixed(2)) : 0,
      goradarReps: ours.reps,
      goReps: theirs?.reps ?? 0,
      items: ours.items,
      goItems: theirs?.items ?? 0,
    },
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
    const harness = go ? buildHarness(go, log) : undefined;
    if (!go) log('go is not installed: goradar figures only');
    const rounds: Array<{ go: Map<string, Timing>; mods: Timing; sums: Timing }> = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const theirs = harness ? runHarness(harness, corpus.map((f) => f.absolutePath)) : new Map<string, Timing>();
      const r = { go: theirs, mods: measure(mods, parseMods), sums: measure(sums, parseSums) };
      rounds.push(r);
      const fig = (t: Timing | undefined): string => (t ? `${mbPerSecond(t).toFixed(1)} MB/s (${mbPerCpuSecond(t).toFixed(1)} per CPU s)` : 'n/a');
      log(`round ${round}/${ROUNDS}: go.mod goradar ${fig(r.mods)}, go ${fig(theirs.get('go.mod'))}; go.sum goradar ${fig(r.sums)}, go ${fig(theirs.get('go.sum'))}`);
    }
    const ourMods = best(rounds.map((r) => r.mods)) as Timing;
    const ourSums = best(rounds.map((r) => r.sums)) as Timing;
    const goMods = best(rounds.flatMap((r) => (r.go.has('go.mod') ? [r.go.get('go.mod') as Timing] : [])));
    const goSums = best(rounds.flatMap((r) => (r.go.has('go.sum') ? [r.go.get('go.sum') as Timing] : [])));
    log(`go.mod: ${ourMods.files} files, ${ourMods.bytes} bytes; go.sum: ${ourSums.files} files, ${ourSums.bytes} bytes; best of ${ROUNDS} interleaved rounds each`);
    for (const [kind, ours, t] of [['go.mod', ourMods, goMods], ['go.sum', ourSums, goSums]] as const) {
      if (t && (t.items !== ours.items || t.errors !== ours.errors)) log(`warning: ${kind} results differ (goradar ${ours.items} items/${ours.errors} errors, go ${t.items}/${t.errors})`);
    }
    return [row('go.mod parse', ourMods, goMods), row('go.sum parse + index', ourSums, goSums)];
  },
};
