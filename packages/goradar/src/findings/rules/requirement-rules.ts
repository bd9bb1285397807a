import { isPseudoVersion, semver } from '@goradar/gomod';
import type { NewFinding, RequirementRow } from '../../store/types.js';
import type { Rule, RuleContext, ScopedModule } from '../rule-context.js';
import { isParsed, moduleFinding, scopedModules } from '../rule-context.js';

function parsedScopes(ctx: RuleContext): ScopedModule[] {
  return scopedModules(ctx.index).filter((s) => isParsed(s.module));
}

function requirementsOf(ctx: RuleContext, scope: ScopedModule): RequirementRow[] {
  return ctx.index.requirementsByModule.get(scope.module.id) ?? [];
}

function requirementEvidence(r: RequirementRow): Record<string, unknown> {
  return { path: r.path, version: r.version, indirect: r.indirect };
}

/** pseudoVersionRule flags requirements on pseudo-versions (untagged commits). https://go.dev/ref/mod#pseudo-versions */
export const pseudoVersionRule: Rule = (ctx) =>
  parsedScopes(ctx).flatMap((scope) =>
    requirementsOf(ctx, scope)
      .filter((r) => isPseudoVersion(r.version))
      .map((r) =>
        moduleFinding(scope, {
          kind: 'pseudo-version',
          severity: r.indirect ? 'info' : 'low',
          line: r.line,
          message: `requires ${r.path}@${r.version}, a pseudo-version (an untagged commit)`,
          evidence: requirementEvidence(r),
        }),
      ),
  );

/** incompatibleRule flags `+incompatible` requirements. https://go.dev/ref/mod#incompatible-versions */
export const incompatibleRule: Rule = (ctx) =>
  parsedScopes(ctx).flatMap((scope) =>
    requirementsOf(ctx, scope)
      .filter((r) => semver.build(r.version) === '+incompatible')
      .map((r) =>
        moduleFinding(scope, {
          kind: 'incompatible-version',
          severity: 'low',
          line: r.line,
          message: `requires ${r.path}@${r.version}: a major version without a go.mod (no semantic import versioning)`,
          evidence: requirementEvidence(r),
        }),
      ),
  );

/**
 * excludedRule flags requirements on a version the same go.mod excludes: since Go 1.16 such a
 * requirement is dropped, so the file says something the build does not do.
 * https://go.dev/ref/mod#go-mod-file-exclude
 */
export const excludedRule: Rule = (ctx) =>
  parsedScopes(ctx).flatMap((scope) => {
    const excludes = ctx.index.excludesByModule.get(scope.module.id) ?? [];
    return requirementsOf(ctx, scope).flatMap((r) => {
      const hit = excludes.find((e) => e.path === r.path && e.version === r.version);
      if (!hit) return [];
      return [
        moduleFinding(scope, {
          kind: 'excluded-version',
          severity: 'high',
          line: r.line,
          message: `requires ${r.path}@${r.version}, which line ${hit.line} excludes: the requirement is ignored`,
          evidence: { ...requirementEvidence(r), excludeLine: hit.line },
        }),
      ];
    });
  });

function isReplaced(ctx: RuleContext, scope: ScopedModule, path: string, version: string): boolean {
  return (ctx.index.replacesByModule.get(scope.module.id) ?? []).some((r) => r.oldPath === path && (r.oldVersion === null || r.oldVersion === version));
}

/**
 * retractedRule flags requirement lines and selected build-list versions that the module's
 * latest go.mod retracts. Replaced modules are skipped, as Go skips them.
 * https://go.dev/ref/mod#go-mod-file-retract
 */
export const retractedRule: Rule = (ctx) =>
  parsedScopes(ctx).flatMap((scope) => {
    const out: NewFinding[] = [];
    const reported = new Set<string>();
    const lines = requirementsOf(ctx, scope).map((r) => ({ path: r.path, version: r.version, line: r.line as number | null, source: 'require' }));
    const selected = (ctx.index.buildListByModule.get(scope.module.id) ?? [])
      .filter((b) => b.position > 0)
      .map((b) => ({ path: b.path, version: b.version, line: null, source: 'build-list' }));
    for (const item of [...lines, ...selected]) {
      const key = `${item.path}@${item.version}`;
      if (reported.has(key) || isReplaced(ctx, scope, item.path, item.version)) continue;
      const hit = ctx.advisories.retraction(item.path, item.version);
      if (!hit) continue;
      reported.add(key);
      const why = hit.rationale ? `: ${hit.rationale}` : '';
      out.push(
        moduleFinding(scope, {
          kind: 'retracted-version',
          severity: 'high',
          line: item.line,
          message: `${item.source === 'require' ? 'requires' : 'builds with'} ${key}, retracted by its authors${why}`,
          evidence: { path: item.path, version: item.version, source: item.source, retracted: { low: hit.low, high: hit.high }, rationale: hit.rationale, latest: hit.latest },
        }),
      );
    }
    return out;
  });

/**
 * deprecatedRule flags requirements on modules whose latest go.mod says `// Deprecated:`, and
 * modules that declare themselves deprecated. https://go.dev/ref/mod#go-mod-file-module-deprecation
 */
export const deprecatedRule: Rule = (ctx) =>
  parsedScopes(ctx).flatMap((scope) => {
    const out: NewFinding[] = requirementsOf(ctx, scope).flatMap((r) => {
      const hit = isReplaced(ctx, scope, r.path, r.version) ? undefined : ctx.advisories.deprecation(r.path);
      if (!hit) return [];
      return [
        moduleFinding(scope, {
          kind: 'deprecated-module',
          severity: r.indirect ? 'low' : 'medium',
          line: r.line,
          message: `requires ${r.path}, deprecated: ${hit.message}`,
          evidence: { ...requirementEvidence(r), deprecated: hit.message, latest: hit.latest },
        }),
      ];
    });
    if (scope.module.deprecated !== null) {
      out.push(
        moduleFinding(scope, {
          kind: 'deprecated-module',
          severity: 'info',
          line: null,
          message: `module ${scope.module.path} declares itself deprecated: ${scope.module.deprecated}`,
          evidence: { path: scope.module.path, deprecated: scope.module.deprecated, self: true },
        }),
      );
    }
    return out;
  });
