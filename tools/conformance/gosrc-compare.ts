/**
 * The differential check of @goradar/gosrc against Go's own parser: a small Go program
 * (gosrc-oracle/main.go) reports go/parser's verdict and go/ast signal counts per file; this module
 * builds it, runs it, and compares analyzeGoFile's results with its answers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeGoFile, type FileSignals } from '../../packages/gosrc/src/index.js';
import { hermeticGoEnv, runGo } from '../test-support/go-oracle.js';

/** OracleAnswer is go/parser's verdict on one file and, when it parsed, go/ast's counts. */
export interface OracleAnswer {
  file: string;
  ok: boolean;
  error?: string;
  signals?: Record<string, number>;
}

let builtOracle: string | undefined;

/** buildOracle compiles gosrc-oracle (standard library only, no network) and returns the binary's path. */
export function buildOracle(): string {
  if (builtOracle) return builtOracle;
  const src = join(dirname(fileURLToPath(import.meta.url)), 'gosrc-oracle');
  const out = join(mkdtempSync(join(tmpdir(), 'gosrc-oracle-')), 'gosrc-oracle');
  const go = hermeticGoEnv({ extraEnv: { GO111MODULE: 'off', GOFLAGS: '' } });
  try {
    const r = runGo(['build', '-o', out, '.'], { cwd: src, env: go.env, timeoutMs: 300_000 });
    if (r.status !== 0) throw new Error(`building gosrc-oracle failed: ${r.stderr}`);
  } finally {
    go.dispose();
  }
  builtOracle = out;
  return out;
}

/** askOracle runs the oracle on files and returns its answers by file. */
export function askOracle(files: string[]): Map<string, OracleAnswer> {
  const r = spawnSync(buildOracle(), [], { input: `${files.join('\n')}\n`, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`gosrc-oracle failed: ${r.stderr}`);
  const answers = new Map<string, OracleAnswer>();
  for (const line of r.stdout.split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as OracleAnswer;
    answers.set(a.file, a);
  }
  return answers;
}

/** listGoFiles returns every regular *.go file under root, sorted. */
export function listGoFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.go')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/** comparableCounts maps FileSignals onto the oracle's count names. */
export function comparableCounts(s: FileSignals): Record<string, number> {
  return {
    imports: s.imports.length,
    goStmts: s.concurrency.goStmts.count,
    selects: s.concurrency.selects.count,
    sends: s.concurrency.sends.count,
    receives: s.concurrency.receives.count,
    chanTypes: s.concurrency.chanTypes.count,
    rangeStmts: s.iterators.rangeStmts,
    genericTypes: s.generics.typeDecls.count,
    genericFuncs: s.generics.funcDecls.count,
    funcDecls: s.decls.funcs,
    methods: s.decls.methods,
    errorf: s.errors.errorf.count,
    errorfWrap: s.errors.errorfWrap.count,
    errorsIs: s.errors.is.count,
    errorsAs: s.errors.as.count,
    errorsJoin: s.errors.join.count,
    errorsNew: s.errors.new.count,
    errorsAsType: s.errors.asType.count,
    slogCalls: s.slog.calls.count,
    contextParams: s.context.params.count,
    tests: s.tests.tests.count,
    benchmarks: s.tests.benchmarks.count,
    fuzz: s.tests.fuzz.count,
    examples: s.tests.examples.count,
    parallel: s.tests.parallel.count,
  };
}

/** FileComparison is how goradar's reading of one file compared with Go's. */
export interface FileComparison {
  /** verdictAgrees: both accept, or both reject the file. */
  verdictAgrees: boolean;
  /** positionAgrees: when both reject, the first error is at the same line and column. */
  positionAgrees: boolean;
  /** countDiffs lists signal counts that differ (for files both accept). */
  countDiffs: string[];
  ours: string;
  theirs: string;
}

/** compareFile analyzes file and compares the result with the oracle's answer. */
export function compareFile(file: string, answer: OracleAnswer): FileComparison {
  const sig = analyzeGoFile(file, readFileSync(file));
  const oursOk = sig.parseError === null;
  const ours = sig.parseError ? `${sig.parseError.line}:${sig.parseError.column}: ${sig.parseError.message}` : 'ok';
  const theirs = answer.ok ? 'ok' : answer.error ?? '?';
  const result: FileComparison = { verdictAgrees: oursOk === answer.ok, positionAgrees: true, countDiffs: [], ours, theirs };
  if (!oursOk && !answer.ok) result.positionAgrees = ours.split(':').slice(0, 2).join(':') === theirs.split(':').slice(0, 2).join(':');
  if (oursOk && answer.ok) {
    const mine = comparableCounts(sig);
    for (const [key, value] of Object.entries(mine)) {
      const expected = answer.signals?.[key] ?? 0;
      if (value !== expected) result.countDiffs.push(`${key}: goradar ${value}, go/ast ${expected}`);
    }
  }
  return result;
}
