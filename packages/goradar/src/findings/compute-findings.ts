import type { ModuleAdvisories } from './advisories.js';
import { noAdvisories } from './advisories.js';
import { indexFacts } from './fact-index.js';
import { severityRank } from './finding-kinds.js';
import type { FleetFacts } from './fleet-facts.js';
import type { Rule } from './rule-context.js';
import { goSumRule } from './rules/go-sum-rules.js';
import { goDirectiveMissingRule, goVersionOutlierRule } from './rules/go-version-rules.js';
import { majorsRule } from './rules/majors-rule.js';
import { graphErrorRule, manifestRule } from './rules/manifest-rules.js';
import { replaceRule } from './rules/replace-rules.js';
import { deprecatedRule, excludedRule, incompatibleRule, pseudoVersionRule, retractedRule } from './rules/requirement-rules.js';
import { skewRule } from './rules/skew-rule.js';
import { unusedRequirementRule } from './rules/usage-rule.js';
import { workspaceGraphErrorRule, workspaceSumRule } from './rules/workspace-rules.js';
import type { NewFinding } from '../store/types.js';

/** RULES lists every findings rule, in the order their findings are produced. */
export const RULES: readonly Rule[] = [
  manifestRule,
  graphErrorRule,
  workspaceGraphErrorRule,
  retractedRule,
  excludedRule,
  deprecatedRule,
  replaceRule,
  majorsRule,
  skewRule,
  goSumRule,
  workspaceSumRule,
  pseudoVersionRule,
  incompatibleRule,
  unusedRequirementRule,
  goDirectiveMissingRule,
  goVersionOutlierRule,
];

function compareText(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** compareFindings orders findings most severe first, then by repo, file, line, kind and message. */
export function compareFindings(a: NewFinding, b: NewFinding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    a.repoId - b.repoId ||
    compareText(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.kind, b.kind) ||
    compareText(a.message, b.message)
  );
}

/** FindingsOptions supply what the stored facts lack: retractions and deprecations. */
export interface FindingsOptions {
  advisories?: ModuleAdvisories;
}

/**
 * computeFindings runs every rule over the latest snapshot of each repository and returns the
 * findings in a stable order (the same facts always give the same list).
 */
export function computeFindings(facts: FleetFacts, options: FindingsOptions = {}): NewFinding[] {
  const ctx = { index: indexFacts(facts), advisories: options.advisories ?? noAdvisories };
  return RULES.flatMap((rule) => rule(ctx)).sort(compareFindings);
}
