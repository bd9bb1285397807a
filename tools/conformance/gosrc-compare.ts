/**
 * The differential check of @goradar/gosrc against Go's own parser: a small Go program
 * (gosrc-oracle/main.go) reports go/parser's verdict and go/ast signal counts per file; this module
 * builds it, runs it, and compares goradar's signals (analyzeGoFile) with its answers.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileSignals } from '../../packages/gosrc/src/index.js';
import { hermeticGoEnv, runGo } from '../test-support/go-oracle.js';

/** OracleAnswer is go/parser's verdict on one file and, when it parsed, go/ast's counts. */
export interface OracleAnswer {
  file: string;
  ok: boolean;
  error?: string;
  signals?: Record<string, number>;
}

let builtOracle: string | undefined;

/**
 * buildOracle compiles gosrc-oracle (standard library only, no network) and returns the binary's
 * path. The binary and the build cache are kept under the temp directory, keyed by the program's
 * source and the Go version, so only the first run pays for compiling go/parser and friends.
 */
export function buildOracle(): string {
  if (builtOracle) return builtOracle;
  const src = join(dirname(fileURLToPath(import.meta.url)), 'gosrc-oracle');
  const home = join(tmpdir(), 'goradar-gosrc-oracle');
  const version = runGo(['version'], { cwd: src, env: { GOTOOLCHAIN: 'local' } }).stdout;
  const key = createHash('sha256').update(readFileSync(join(src, 'main.go'))).update(version).digest('hex').slice(0, 16);
  const out = join(home, key, 'gosrc-oracle');
  if (!existsSync(out)) {
    mkdirSync(dirname(out), { recursive: true });
    const go = hermeticGoEnv({ extraEnv: { GO111MODULE: 'off', GOFLAGS: '', GOCACHE: join(home, 'gocache') } });
    try {
      const tmpOut = `${out}.${process.pid}`;
      const r = runGo(['build', '-o', tmpOut, '.'], { cwd: src, env: go.env, timeoutMs: 600_000 });
      if (r.status !== 0) throw new Error(`building gosrc-oracle failed: ${r.stderr}`);
      renameSync(tmpOut, out);
    } finally {
      go.dispose();
    }
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

/**
 * writeSyntheticFiles writes generated files at the edges of go/parser's limits into dir: long
 * left-recursive chains (parsed in loops, limited to 1e5 steps) and deep nesting (within the
 * depth this parser reaches on Node's default stack). Returns their paths.
 */
export function writeSyntheticFiles(dir: string): string[] {
  const cases: Record<string, string> = {
    'sum-50k': `var x = ${Array(50_000).fill('a').join(' + ')}`,
    'sum-100k': `var x = ${Array(100_001).fill('a').join(' + ')}`,
    'selectors-99k': `var x = a${'.b'.repeat(99_990)}`,
    'selectors-100k': `var x = a${'.b'.repeat(100_001)}`,
    'calls-30k': `var x = f${'()'.repeat(30_000)}`,
    'else-if-20k': `func f() {\n\tif a {\n\t}${' else if a {\n\t}'.repeat(20_000)}\n}`,
    'parens-1000': `var x = ${'('.repeat(1000)}1${')'.repeat(1000)}`,
    'parens-100k-open': `var x = ${'('.repeat(100_000)}`,
    'composite-2000': `var x = T${'{'.repeat(2000)}${'}'.repeat(2000)}`,
    'blocks-1000': `func f() {${'{'.repeat(1000)}${'}'.repeat(1000)}}`,
  };
  return Object.entries(cases).map(([name, decl]) => {
    const file = join(dir, `${name}.go`);
    writeFileSync(file, `package p\n${decl}\n`);
    return file;
  });
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

/** compareFile compares goradar's signals of a file with the oracle's answer about it. */
export function compareFile(answer: OracleAnswer, sig: FileSignals): FileComparison {
  const oursOk = sig.parseError === null;
  const ours = sig.parseError ? `${sig.parseError.line}:${sig.parseError.column}: ${sig.parseError.message}` : 'ok';
  const theirs = answer.ok ? 'ok' : answer.error ?? '?';
  const result: FileComparison = { verdictAgrees: oursOk === answer.ok, positionAgrees: true, countDiffs: [], ours, theirs };
  if (!oursOk && !answer.ok) result.positionAgrees = ours.split(':').slice(0, 2).join(':') === theirs.split(':').slice(0, 2).join(':');
  if (oursOk && answer.ok && answer.signals) {
    const mine = comparableCounts(sig);
    for (const [key, value] of Object.entries(mine)) {
      const expected = answer.signals?.[key] ?? 0;
      if (value !== expected) result.countDiffs.push(`${key}: goradar ${value}, go/ast ${expected}`);
    }
  }
  return result;
}
