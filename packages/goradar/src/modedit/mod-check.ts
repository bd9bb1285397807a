/**
 * `goradar mod check`: every problem of go.mod, go.work and go.sum files, each with its file,
 * line and column; go.mod / go.work problems carry go's exact text.
 */
import { resolve } from 'node:path';
import { parseGoMod, parseGoSum, parseGoWork, toDisplayText, validateGoSum } from '@goradar/gomod';
import { isGoradarError } from '../errors.js';
import { modFileKind, readGoText, type ModFileKind } from './read-go-text.js';

/** CheckProblem is one problem of one file. */
export interface CheckProblem {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  /** text is the problem as printed: `file:line[:col]: message`. */
  text: string;
}

/** FileCheck is the outcome for one file; `unreadable` is set when it could not be read. */
export interface FileCheck {
  file: string;
  kind: ModFileKind;
  ok: boolean;
  problems: CheckProblem[];
  unreadable?: string;
}

/** CheckResult is the outcome for all files: ok when no file has an error or could not be read. */
export interface CheckResult {
  ok: boolean;
  files: FileCheck[];
}

/** runModCheck checks every file and returns all problems, in file and line order. */
export async function runModCheck(files: readonly string[], cwd: string): Promise<CheckResult> {
  const checks: FileCheck[] = [];
  for (const file of files) checks.push(await checkFile(file, cwd));
  return { ok: checks.every((c) => c.ok), files: checks };
}

async function checkFile(file: string, cwd: string): Promise<FileCheck> {
  const kind = modFileKind(file);
  let text: string;
  try {
    text = await readGoText(resolve(cwd, file));
  } catch (err) {
    if (!isGoradarError(err)) throw err;
    return { file, kind, ok: false, problems: [], unreadable: err.message };
  }
  const problems = kind === 'go.sum' ? sumProblems(file, text) : modProblems(file, kind, text);
  return { file, kind, ok: problems.every((p) => p.severity !== 'error'), problems };
}

function modProblems(file: string, kind: ModFileKind, text: string): CheckProblem[] {
  const r = kind === 'go.work' ? parseGoWork(file, text) : parseGoMod(file, text);
  if (r.ok) return [];
  return r.errors.errors.map((e) => ({ severity: 'error', line: e.line, column: e.column, text: toDisplayText(e.toString()) }));
}

function sumProblems(file: string, text: string): CheckProblem[] {
  return validateGoSum(parseGoSum(file, text), text).map((p) => ({ severity: p.severity, line: p.line, column: p.column, text: toDisplayText(p.toString()) }));
}
