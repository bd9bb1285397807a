import { splitPathVersion } from '@goradar/gomod';
import type { NewFinding } from '../../store/types.js';
import type { Rule, RuleContext, ScopedModule } from '../rule-context.js';
import { isParsed, moduleFinding, scopedModules } from '../rule-context.js';

/** majorFamily is a module path without its major-version suffix (`/v2`, gopkg.in's `.v3`). */
export function majorFamily(path: string): string {
  return splitPathVersion(path)?.prefix ?? path;
}

interface BuildModule {
  path: string;
  version: string;
}

/** buildModules is the module's build list without itself, or its requirements when none was loaded. */
function buildModules(ctx: RuleContext, scope: ScopedModule): { modules: BuildModule[]; source: string } {
  const list = (ctx.index.buildListByModule.get(scope.module.id) ?? []).filter((b) => b.position > 0);
  if (list.length > 0) return { modules: list, source: 'build-list' };
  return { modules: ctx.index.requirementsByModule.get(scope.module.id) ?? [], source: 'require' };
}

/**
 * majorsRule flags a build that contains several major versions of one module (e.g. x and x/v2):
 * two copies of its packages and state. https://go.dev/ref/mod#major-version-suffixes
 */
export const majorsRule: Rule = (ctx) => {
  const out: NewFinding[] = [];
  for (const scope of scopedModules(ctx.index)) {
    if (!isParsed(scope.module)) continue;
    const { modules, source } = buildModules(ctx, scope);
    const families = new Map<string, Map<string, string>>();
    for (const m of modules) {
      const family = families.get(majorFamily(m.path)) ?? new Map<string, string>();
      families.set(majorFamily(m.path), family);
      if (!family.has(m.path)) family.set(m.path, m.version);
    }
    const requirements = ctx.index.requirementsByModule.get(scope.module.id) ?? [];
    for (const [family, paths] of [...families.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (paths.size < 2) continue;
      const members = [...paths.entries()].map(([path, version]) => `${path}@${version}`);
      const line = requirements.find((r) => paths.has(r.path))?.line ?? null;
      out.push(
        moduleFinding(scope, {
          kind: 'multiple-majors',
          severity: 'medium',
          line,
          message: `builds with ${paths.size} major versions of ${family}: ${members.join(', ')}`,
          evidence: { family, modules: members, source },
        }),
      );
    }
  }
  return out;
};
