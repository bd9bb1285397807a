import { gover } from '@goradar/gomod';
import type { NewFinding } from '../../store/types.js';
import { goLineLang, lowerMedian, minorsBehind, OUTLIER_MINOR_GAP, toolchainLang } from '../go-versions.js';
import type { Rule, ScopedModule } from '../rule-context.js';
import { isParsed, moduleFinding, scopedModules } from '../rule-context.js';

/** goDirectiveMissingRule flags go.mod files without a `go` line: Go then assumes 1.16. https://go.dev/ref/mod#go-mod-file-go */
export const goDirectiveMissingRule: Rule = (ctx) =>
  scopedModules(ctx.index)
    .filter((s) => isParsed(s.module) && s.module.goVersion === null)
    .map((scope) =>
      moduleFinding(scope, {
        kind: 'go-directive-missing',
        severity: 'low',
        line: null,
        message: `no go directive: Go treats the module as go ${gover.DEFAULT_GO_MOD_VERSION}`,
        evidence: { assumed: gover.DEFAULT_GO_MOD_VERSION },
      }),
    );

type Directive = 'go' | 'toolchain';

function langOf(scope: ScopedModule, directive: Directive): string {
  return directive === 'go' ? goLineLang(scope.module.goVersion) : toolchainLang(scope.module.toolchain);
}

function outliers(scopes: readonly ScopedModule[], directive: Directive): NewFinding[] {
  const langs = scopes.map((s) => langOf(s, directive)).filter((l) => l !== '');
  const median = lowerMedian(langs);
  if (median === '') return [];
  return scopes.flatMap((scope) => {
    const lang = langOf(scope, directive);
    const behind = lang === '' ? 0 : minorsBehind(lang, median);
    if (behind < OUTLIER_MINOR_GAP) return [];
    const written = directive === 'go' ? scope.module.goVersion : scope.module.toolchain;
    return [
      moduleFinding(scope, {
        kind: 'go-version-outlier',
        severity: 'low',
        line: null,
        message: `${directive} ${written} is ${Number.isFinite(behind) ? behind : 'a major version'} minor releases behind the fleet median ${median}`,
        evidence: { directive, version: written, lang, median, behind: Number.isFinite(behind) ? behind : null },
      }),
    ];
  });
}

/**
 * goVersionOutlierRule flags go and toolchain lines at least OUTLIER_MINOR_GAP minor releases
 * below the fleet's (lower) median language version, over the latest snapshots.
 */
export const goVersionOutlierRule: Rule = (ctx) => {
  const scopes = scopedModules(ctx.index).filter((s) => isParsed(s.module));
  return [...outliers(scopes, 'go'), ...outliers(scopes, 'toolchain')];
};
