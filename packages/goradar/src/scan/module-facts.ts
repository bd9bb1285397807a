import { parseGoSum } from '@goradar/gomod';
import type { ExcludeRow, GoSumRow, ModuleRow, ReplaceRow, RequirementRow, RetractRow, SumEntry, Without } from '../store/types.js';
import type { Parsed, ParsedGoMod } from './manifest-parsers.js';

/** GoModFacts are the rows recorded from one go.mod. */
export interface GoModFacts {
  module: Omit<Without<ModuleRow, 'id' | 'snapshotId' | 'workspaceId'>, 'dir' | 'graphError'>;
  requirements: Array<Without<RequirementRow, 'moduleId'>>;
  replaces: Array<Without<ReplaceRow, 'moduleId'>>;
  excludes: Array<Without<ExcludeRow, 'moduleId'>>;
  retracts: Array<Without<RetractRow, 'moduleId'>>;
}

/** goModFacts turns a go.mod parse outcome into rows; a parse error leaves the module path empty. */
export function goModFacts(parsed: Parsed<ParsedGoMod>): GoModFacts {
  if (!parsed.ok) {
    return {
      module: { path: '', goVersion: null, toolchain: null, deprecated: null, manifestError: parsed.error },
      requirements: [],
      replaces: [],
      excludes: [],
      retracts: [],
    };
  }
  const mod = parsed.value;
  return {
    module: {
      path: mod.module?.path ?? '',
      goVersion: mod.go?.version ?? null,
      toolchain: mod.toolchain?.name ?? null,
      deprecated: mod.module?.deprecated ?? null,
      manifestError: null,
    },
    requirements: mod.require.map((r) => ({ path: r.path, version: r.version, indirect: r.indirect, line: r.position.line })),
    replaces: mod.replace.map((r) => ({
      oldPath: r.old.path,
      oldVersion: r.old.version || null,
      newPath: r.new.path,
      newVersion: r.new.version || null,
      line: r.position.line,
    })),
    excludes: mod.exclude.map((e) => ({ path: e.path, version: e.version, line: e.position.line })),
    retracts: mod.retract.map((r) => ({ low: r.low, high: r.high, rationale: r.rationale, line: r.position.line })),
  };
}

/** GoSumFacts are what the store records of one go.sum (or go.work.sum): a summary and every line. */
export interface GoSumFacts {
  summary: Without<GoSumRow, 'moduleId'>;
  entries: SumEntry[];
}

/**
 * readGoSumFacts reads a go.sum as the go command does (gomod's parseGoSum: lines go would reject
 * are reported with their position, `file:line: wrong number of fields N`; the obsolete empty-go.mod
 * hash is dropped) and summarizes it: hash lines, module versions, versions with only a `/go.mod`
 * hash. https://go.dev/ref/mod#go-sum-files
 */
export function readGoSumFacts(file: string, text: string): GoSumFacts {
  const parsed = parseGoSum(file, text);
  const entries = parsed.entries.map((e): SumEntry => {
    const isGoMod = e.version.endsWith('/go.mod');
    return { line: e.line, path: e.path, version: isGoMod ? e.version.slice(0, -'/go.mod'.length) : e.version, isGoMod, hash: e.hash };
  });
  const full = new Set<string>();
  const all = new Set<string>();
  for (const e of entries) {
    all.add(`${e.path}@${e.version}`);
    if (!e.isGoMod) full.add(`${e.path}@${e.version}`);
  }
  const parseError = parsed.problems[0]?.toString() ?? null;
  return { summary: { lines: entries.length, modules: all.size, goModOnly: all.size - full.size, parseError }, entries };
}

/** summarizeGoSum returns readGoSumFacts' summary alone. */
export function summarizeGoSum(file: string, text: string): Without<GoSumRow, 'moduleId'> {
  return readGoSumFacts(file, text).summary;
}
