/**
 * Conformance suite "gosrc": every .go file of the Go distribution (GOROOT/src and GOROOT/test),
 * plus generated files at go/parser's nesting limits, read by @goradar/gosrc and by go/parser + go/ast. Agreement means the same verdict (accepted or
 * rejected) and, for accepted files, identical signal counts. First-error positions are reported
 * as a note. goradar analyses the files as `goradar scan` does: on its worker threads (batches,
 * worker stack and heap settings), its signals crossing to the main thread as the JSON the store keeps.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileSignals } from '../../packages/gosrc/src/index.js';
import { defaultWorkers } from '../../packages/goradar/src/scan/run-scan.js';
import { WorkerPool } from '../../packages/goradar/src/scan/worker-pool.js';
import { findGo, runGo } from '../test-support/go-oracle.js';
import { askOracle, compareFile, listGoFiles, writeSyntheticFiles } from './gosrc-compare.js';
import type { ConformanceResult, ConformanceSuite } from './suite.js';

/** SAMPLE_SIZE is how many files the sample run (default tests, --sample) checks. */
export const SAMPLE_SIZE = 200;

function goroot(): string | undefined {
  if (!findGo()) return undefined;
  const r = runGo(['env', 'GOROOT'], { cwd: process.cwd(), env: { GOFLAGS: '', GOTOOLCHAIN: 'local' } });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** sampleFiles picks n of files deterministically from seed. */
export function sampleFiles(files: string[], n: number, seed: number): string[] {
  let state = (seed >>> 0) || 1;
  const rand = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const picked = new Set<string>();
  while (picked.size < Math.min(n, files.length)) picked.add(files[Math.floor(rand() * files.length)] as string);
  return [...picked].sort();
}

/** runGosrcConformance compares goradar with Go on files (all of GOROOT when full). */
export async function runGosrcConformance(options: { full: boolean; seed: number; log: (line: string) => void }): Promise<ConformanceResult> {
  const root = goroot();
  if (!root) return { total: 0, agreed: 0, skipped: 0, disagreements: [], notes: ['go is not installed'] };
  const synthetic = mkdtempSync(join(tmpdir(), 'gosrc-synthetic-'));
  const all = [
    ...['src', 'test'].map((d) => join(root, d)).filter((d) => existsSync(d)).flatMap((d) => listGoFiles(d)),
    ...writeSyntheticFiles(synthetic),
  ];
  try {
    return await compareAll(all, options);
  } finally {
    rmSync(synthetic, { recursive: true, force: true });
  }
}

/** analyseAsScanDoes runs goradar's analyzer over files on the scan's worker pool. */
async function analyseAsScanDoes(files: readonly string[]): Promise<Map<string, FileSignals | Error>> {
  const pool = new WorkerPool(defaultWorkers());
  try {
    const outcomes = await Promise.all(files.map((f) => pool.analyze(f, readFileSync(f))));
    return new Map(files.map((f, i) => {
      const o = outcomes[i];
      return [f, o?.signalsJson ? (JSON.parse(o.signalsJson) as FileSignals) : new Error(o?.error ?? 'no outcome')];
    }));
  } finally {
    await pool.close();
  }
}

async function compareAll(all: string[], options: { full: boolean; seed: number; log: (line: string) => void }): Promise<ConformanceResult> {
  // The oracle is cheap: ask it about everything, then sample a quarter from the files Go rejects.
  const answers = askOracle(all);
  let files = all;
  if (!options.full) {
    const rejected = all.filter((f) => answers.get(f)?.ok === false);
    const bad = sampleFiles(rejected, SAMPLE_SIZE / 4, options.seed);
    const good = sampleFiles(all.filter((f) => answers.get(f)?.ok !== false), SAMPLE_SIZE - bad.length, options.seed);
    files = [...bad, ...good].sort();
  }
  options.log(`${files.length} files (GOROOT/src, GOROOT/test and generated files at the parser's limits)`);
  const analysed = await analyseAsScanDoes(files);
  const result: ConformanceResult = { total: 0, agreed: 0, skipped: 0, disagreements: [], notes: [] };
  let rejected = 0;
  let positionsAgree = 0;
  const positionsDiffer: string[] = [];
  let countsCompared = 0;
  for (const file of files) {
    const answer = answers.get(file);
    if (!answer || (answer.error && !answer.ok && answer.error.startsWith('open '))) {
      result.skipped++;
      continue;
    }
    result.total++;
    const signals = analysed.get(file);
    if (!signals || signals instanceof Error) {
      result.disagreements.push(`${file}: goradar's analysis failed: ${signals?.message ?? 'missing'}`);
      continue;
    }
    const c = compareFile(answer, signals);
    if (!answer.ok) rejected++;
    if (!answer.ok && c.verdictAgrees && c.positionAgrees) positionsAgree++;
    else if (!answer.ok && c.verdictAgrees) positionsDiffer.push(`first error elsewhere: ${file}: goradar ${c.ours} | go ${c.theirs}`);
    if (answer.ok && answer.signals && c.verdictAgrees) countsCompared++;
    if (c.verdictAgrees && c.countDiffs.length === 0) result.agreed++;
    else if (!c.verdictAgrees) result.disagreements.push(`${file}: goradar ${c.ours} | go ${c.theirs}`);
    else result.disagreements.push(`${file}: ${c.countDiffs.join('; ')}`);
  }
  result.notes?.push(
    `go/parser rejects ${rejected} of ${result.total} files; goradar's first error is at the same line:column for ${positionsAgree} of them`,
    ...positionsDiffer.slice(0, 10),
    `signal counts compared on ${countsCompared} accepted files (go statements, selects, sends, receives, chan types, ranges, generic types/funcs, funcs, methods, imports, errors.*, fmt.Errorf and %w, slog calls, context.Context params, tests/benchmarks/fuzz/examples, t.Parallel)`,
  );
  return result;
}

/** suite registers the comparison with `npm run conformance`. */
export const suite: ConformanceSuite = {
  name: 'gosrc: Go source parser and signals vs go/parser + go/ast',
  run: (options) => runGosrcConformance(options),
};
