import { gover } from '@goradar/gomod';
import type { NewFinding } from '../../store/types.js';
import { siblingFile } from '../fact-index.js';
import type { Rule, RuleContext, ScopedModule } from '../rule-context.js';
import { isParsed, moduleFinding, scopedModules } from '../rule-context.js';

/**
 * sumsNeeded is how many module versions need a go.sum entry: every selected build-list module
 * not replaced by a directory (directories have no checksum). Without a build list, the
 * requirement lines stand in for it.
 */
export function sumsNeeded(ctx: RuleContext, scope: ScopedModule): number {
  const list = (ctx.index.buildListByModule.get(scope.module.id) ?? []).filter((b) => b.position > 0);
  if (list.length > 0) return list.filter((b) => b.replacement === null || b.replacement.includes('@')).length;
  const dirReplaced = new Set((ctx.index.replacesByModule.get(scope.module.id) ?? []).filter((r) => r.newVersion === null).map((r) => r.oldPath));
  return new Set((ctx.index.requirementsByModule.get(scope.module.id) ?? []).filter((r) => !dirReplaced.has(r.path)).map((r) => `${r.path}@${r.version}`)).size;
}

/** graphVertices is the number of distinct module versions of the module's graph (main module excluded). */
function graphVertices(ctx: RuleContext, scope: ScopedModule): number {
  const seen = new Set<string>();
  for (const b of ctx.index.buildListByModule.get(scope.module.id) ?? []) if (b.position > 0) seen.add(`${b.path}@${b.version}`);
  for (const e of ctx.index.graphEdgesByModule.get(scope.module.id) ?? []) {
    if (e.fromVersion !== '') seen.add(`${e.fromPath}@${e.fromVersion}`);
    seen.add(`${e.toPath}@${e.toVersion}`);
  }
  for (const v of [...seen]) if (v.startsWith('go@') || v.startsWith('toolchain@')) seen.delete(v);
  return seen.size;
}

function missingFinding(scope: ScopedModule, needed: number, has: number | null): NewFinding {
  const versions = (n: number): string => `${n} module version${n === 1 ? '' : 's'}`;
  const message =
    has === null
      ? `go.sum is missing: ${versions(needed)} need${needed === 1 ? 's' : ''} checksums`
      : `go.sum lists ${versions(has)}, but the build needs at least ${needed}`;
  return moduleFinding(scope, { kind: 'go-sum-missing', severity: 'medium', line: null, file: siblingFile(scope.module.dir, 'go.sum'), message, evidence: { needed, has } });
}

/**
 * goSumRule flags a go.sum that is absent or has fewer module versions than the build list needs
 * (go-sum-missing), and one with more module versions than the module graph has (go-sum-stale;
 * only for go ≥ 1.18 modules outside a workspace with a loaded graph, where `go mod tidy` keeps
 * no others).
 * https://go.dev/ref/mod#go-sum-files
 */
export const goSumRule: Rule = (ctx) => {
  const out: NewFinding[] = [];
  for (const scope of scopedModules(ctx.index)) {
    if (!isParsed(scope.module)) continue;
    const sum = ctx.index.goSumByModule.get(scope.module.id);
    if (sum?.parseError) continue;
    const needed = sumsNeeded(ctx, scope);
    if (!sum) {
      if (needed > 0 && scope.module.workspaceId === null) out.push(missingFinding(scope, needed, null));
      continue;
    }
    if (sum.modules < needed) out.push(missingFinding(scope, needed, sum.modules));
    const vertices = graphVertices(ctx, scope);
    const go = scope.module.goVersion;
    const pruned = go !== null && gover.compare(go, '1.18') >= 0;
    const alone = scope.module.workspaceId === null;
    if (alone && pruned && scope.module.graphError === null && vertices > 0 && sum.modules > vertices) {
      out.push(
        moduleFinding(scope, {
          kind: 'go-sum-stale',
          severity: 'low',
          line: null,
          file: siblingFile(scope.module.dir, 'go.sum'),
          message: `go.sum lists ${sum.modules} module versions, but the module graph has only ${vertices}: run go mod tidy`,
          evidence: { has: sum.modules, graphVersions: vertices },
        }),
      );
    }
  }
  return out;
};
