import { parseGoMod, type GoMod, type GoWork, type ReplaceDirective } from '../modfile/index.js';
import type { GoModSummary, GoWorkSummary, Replacement } from './summary.js';

function toReplacement(r: ReplaceDirective): Replacement {
  return { old: { path: r.old.path, version: r.old.version ?? '' }, new: { path: r.new.path, version: r.new.version ?? '' } };
}

/** summaryFromGoMod keeps what the module graph needs from a parsed go.mod. */
export function summaryFromGoMod(mod: GoMod): GoModSummary {
  return {
    module: mod.module?.path ?? '',
    goVersion: mod.go?.version ?? '',
    toolchain: mod.toolchain?.name ?? '',
    requires: mod.require.map((r) => ({ path: r.path, version: r.version, indirect: r.indirect })),
    excludes: mod.exclude.map((e) => ({ path: e.path, version: e.version })),
    replaces: mod.replace.map(toReplacement),
    retracts: mod.retract.map((r) => ({ low: r.low, high: r.high, rationale: r.rationale })),
    deprecated: mod.module?.deprecated ?? '',
  };
}

/** summaryFromGoWork keeps what the module graph needs from a parsed go.work. */
export function summaryFromGoWork(work: GoWork): GoWorkSummary {
  return {
    goVersion: work.go?.version ?? '',
    toolchain: work.toolchain?.name ?? '',
    uses: work.use.map((u) => u.path),
    replaces: work.replace.map(toReplacement),
  };
}

/**
 * parseDependencyGoMod parses a dependency's go.mod laxly (as the go command reads go.mod files of
 * module versions) and summarizes it; it throws the parser's error list on syntax errors.
 */
export function parseDependencyGoMod(file: string, text: string): GoModSummary {
  const result = parseGoMod(file, text, { lax: true });
  if (!result.ok) throw result.errors;
  return summaryFromGoMod(result.value);
}
