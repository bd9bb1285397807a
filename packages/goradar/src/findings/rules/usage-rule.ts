import type { NewFinding } from '../../store/types.js';
import type { Rule } from '../rule-context.js';
import { isParsed, moduleFinding, scopedModules } from '../rule-context.js';

/**
 * unusedRequirementRule flags direct requirements that no .go file of the module imports (a
 * package of the required module). Modules whose code was not read completely (no files, or
 * files that failed analysis, or no build list to attribute imports with) are skipped: absence of
 * evidence is not evidence there.
 */
export const unusedRequirementRule: Rule = (ctx) => {
  const out: NewFinding[] = [];
  for (const scope of scopedModules(ctx.index)) {
    if (!isParsed(scope.module)) continue;
    const signals = ctx.index.signalsByModule.get(scope.module.id);
    if (!signals || signals.files === 0 || signals.failedFiles > 0) continue;
    const requirements = ctx.index.requirementsByModule.get(scope.module.id) ?? [];
    const buildList = ctx.index.buildListByModule.get(scope.module.id) ?? [];
    // Imports are attributed to modules through the build list: without one, nothing is known.
    if (scope.module.graphError !== null || (buildList.length === 0 && requirements.length > 0)) continue;
    const imports = (ctx.index.importsByModule.get(scope.module.id) ?? []).map((i) => i.importPath);
    for (const u of ctx.index.usageByModule.get(scope.module.id) ?? []) {
      if (u.requirement !== 'direct' || u.importedFiles + u.importedTestFiles > 0) continue;
      // An import under the path that the build list could not attribute (an excluded version,
      // say) is still a use: the requirement is then wrong, not unused.
      if (imports.some((p) => p === u.path || p.startsWith(`${u.path}/`))) continue;
      const req = requirements.find((r) => r.path === u.path && !r.indirect);
      out.push(
        moduleFinding(scope, {
          kind: 'unused-requirement',
          severity: 'low',
          line: req?.line ?? null,
          message: `requires ${u.path}${u.version ? `@${u.version}` : ''} directly, but no .go file of the module imports it`,
          evidence: { path: u.path, version: u.version, goFiles: signals.files },
        }),
      );
    }
  }
  return out;
};
