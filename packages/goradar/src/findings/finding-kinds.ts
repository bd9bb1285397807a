import type { Severity } from '../store/types.js';

/** FindingKind is the stable identifier of a findings rule (docs/findings.md describes each). */
export type FindingKind =
  | 'unparseable-manifest'
  | 'retracted-version'
  | 'excluded-version'
  | 'replace-local'
  | 'deprecated-module'
  | 'multiple-majors'
  | 'version-skew'
  | 'replace-fork'
  | 'graph-error'
  | 'go-sum-missing'
  | 'go-sum-stale'
  | 'replace-pin'
  | 'pseudo-version'
  | 'incompatible-version'
  | 'unused-requirement'
  | 'go-directive-missing'
  | 'go-version-outlier';

/** FindingKindInfo describes a kind for people: a title and the severities it can carry. */
export interface FindingKindInfo {
  kind: FindingKind;
  title: string;
  /** severities lists every severity the rule assigns, most severe first. */
  severities: Severity[];
}

/** FINDING_KINDS describes every findings rule, most severe first. */
export const FINDING_KINDS: readonly FindingKindInfo[] = [
  { kind: 'unparseable-manifest', title: 'Manifest does not parse', severities: ['high'] },
  { kind: 'retracted-version', title: 'Retracted version in use', severities: ['high'] },
  { kind: 'excluded-version', title: 'Requirement on an excluded version', severities: ['high'] },
  { kind: 'replace-local', title: 'Replace to a local directory', severities: ['high', 'info'] },
  { kind: 'deprecated-module', title: 'Deprecated module', severities: ['medium', 'low', 'info'] },
  { kind: 'multiple-majors', title: 'Several major versions in one build', severities: ['medium'] },
  { kind: 'version-skew', title: 'Version skew across the fleet', severities: ['medium', 'low'] },
  { kind: 'replace-fork', title: 'Replace to a fork', severities: ['medium'] },
  { kind: 'graph-error', title: 'Module graph could not be loaded', severities: ['medium'] },
  { kind: 'go-sum-missing', title: 'go.sum missing or incomplete', severities: ['medium'] },
  { kind: 'go-sum-stale', title: 'go.sum has stale entries', severities: ['low'] },
  { kind: 'replace-pin', title: 'Replace pinning another version', severities: ['low'] },
  { kind: 'pseudo-version', title: 'Pseudo-version requirement', severities: ['low', 'info'] },
  { kind: 'incompatible-version', title: '+incompatible requirement', severities: ['low'] },
  { kind: 'unused-requirement', title: 'Declared but unused requirement', severities: ['low'] },
  { kind: 'go-directive-missing', title: 'No go directive', severities: ['low'] },
  { kind: 'go-version-outlier', title: 'go / toolchain version outlier', severities: ['low'] },
];

/** SEVERITIES lists the severity levels, most severe first. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** severityRank is 0 for the most severe level and grows as severity falls. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** findingTitle returns the human title of kind, or the kind itself for an unknown one. */
export function findingTitle(kind: string): string {
  return FINDING_KINDS.find((k) => k.kind === kind)?.title ?? kind;
}
