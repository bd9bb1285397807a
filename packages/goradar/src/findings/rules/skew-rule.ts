import { semver } from '@goradar/gomod';
import type { NewFinding } from '../../store/types.js';
import { newestVersion, requiredVersions } from '../fleet-versions.js';
import type { Rule } from '../rule-context.js';
import { isParsed, moduleFinding, scopedModules } from '../rule-context.js';

/**
 * skewRule flags every requirement line that asks for an older version of a module than another
 * repository of the fleet does (latest snapshots). A different minor or major line is medium,
 * a patch or pseudo-version difference within one minor line is low.
 */
export const skewRule: Rule = (ctx) => {
  const skewed = new Map(
    requiredVersions(ctx.index, ctx.index.latest)
      .filter((mv) => mv.versions.length > 1)
      .map((mv) => [mv.path, mv]),
  );
  const out: NewFinding[] = [];
  for (const scope of scopedModules(ctx.index)) {
    if (!isParsed(scope.module)) continue;
    for (const r of ctx.index.requirementsByModule.get(scope.module.id) ?? []) {
      const mv = skewed.get(r.path);
      if (!mv) continue;
      const newest = newestVersion(mv);
      if (semver.compare(r.version, newest) >= 0) continue;
      const minorBehind = semver.majorMinor(r.version) !== semver.majorMinor(newest);
      out.push(
        moduleFinding(scope, {
          kind: 'version-skew',
          severity: minorBehind ? 'medium' : 'low',
          line: r.line,
          message: `requires ${r.path}@${r.version} while the fleet also uses ${newest} (${mv.versions.length} versions in use)`,
          evidence: {
            path: r.path,
            version: r.version,
            newest,
            versions: mv.versions.map((v) => ({ version: v.version, repos: v.repoIds.size })),
          },
        }),
      );
    }
  }
  return out;
};
