/**
 * `go mod edit -fmt` and `go work edit -fmt`: the file after duplicate removal, block sorting and
 * clean-up, printed in standard style. https://go.dev/ref/mod#go-mod-edit
 */
import * as semver from '../semver/semver.js';
import { formatSyntax } from './format-syntax.js';
import { normalizeSyntax, removeDups } from './normalize.js';
import type { GoMod, GoWork } from './types.js';

/** formatGoMod returns exactly what `go mod edit -fmt` writes for mod. */
export function formatGoMod(mod: GoMod): string {
  const { killed } = removeDups({ exclude: mod.exclude, replace: mod.replace, tool: mod.tool, ignore: mod.ignore });
  const semanticExcludeSort = mod.go !== undefined && semver.compare(`v${mod.go.version}`, 'v1.21') >= 0;
  return formatSyntax(normalizeSyntax(mod.syntax, { killed, semanticExcludeSort, retractSort: true }));
}

/** formatGoWork returns exactly what `go work edit -fmt` writes for work. */
export function formatGoWork(work: GoWork): string {
  const { killed } = removeDups({ replace: work.replace });
  return formatSyntax(normalizeSyntax(work.syntax, { killed, semanticExcludeSort: false, retractSort: false }));
}
