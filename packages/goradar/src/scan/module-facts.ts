import type { ExcludeRow, GoSumRow, ModuleRow, ReplaceRow, RequirementRow, RetractRow, Without } from '../store/types.js';
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

/**
 * summarizeGoSum counts a go.sum's hash lines, module versions, and versions with only a
 * `/go.mod` hash. A line that is not `path version hash` is reported with its position
 * (`file:line: wrong number of fields`). https://go.dev/ref/mod#go-sum-files
 */
export function summarizeGoSum(file: string, text: string): Without<GoSumRow, 'moduleId'> {
  const full = new Set<string>();
  const goModOnly = new Set<string>();
  let lines = 0;
  let parseError: string | null = null;
  text.split('\n').forEach((raw, index) => {
    const fields = raw.trim().split(/\s+/).filter(Boolean);
    if (fields.length === 0) return;
    if (fields.length !== 3) {
      parseError ??= `${file}:${index + 1}: wrong number of fields ${fields.length}`;
      return;
    }
    lines++;
    const [path, version] = fields as [string, string];
    if (version.endsWith('/go.mod')) goModOnly.add(`${path}@${version.slice(0, -'/go.mod'.length)}`);
    else full.add(`${path}@${version}`);
  });
  for (const key of full) goModOnly.delete(key);
  return { lines, modules: full.size + goModOnly.size, goModOnly: goModOnly.size, parseError };
}
