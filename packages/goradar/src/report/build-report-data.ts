import { indexFacts } from '../findings/fact-index.js';
import type { FleetFacts } from '../findings/fleet-facts.js';
import type { NewFinding } from '../store/types.js';
import { buildFindingsFigure, buildOverview } from './build-overview.js';
import { buildGoVersions } from './build-go-versions.js';
import { buildRepoSections } from './build-repos.js';
import { buildReplaces } from './build-replaces.js';
import { buildEmerging, buildReuse } from './build-reuse.js';
import { buildSkew } from './build-skew.js';
import { buildTrends } from './build-trends.js';
import { REPORT_SCHEMA, type ReportData } from './report-data.js';

/** ReportInput is everything a report is computed from. */
export interface ReportInput {
  facts: FleetFacts;
  /** findings as computeFindings (or the store) returns them, most severe first. */
  findings: readonly NewFinding[];
  /** generatedAt is the report's timestamp (ISO), given so that reports are reproducible. */
  generatedAt: string;
  title?: string;
}

/** buildReportData computes every figure of the report from stored facts and findings. */
export function buildReportData(input: ReportInput): ReportData {
  const index = indexFacts(input.facts);
  return {
    schema: REPORT_SCHEMA,
    title: input.title ?? 'goradar fleet report',
    generatedAt: input.generatedAt,
    overview: buildOverview(index, input.findings),
    findings: buildFindingsFigure(index, input.findings),
    reuse: buildReuse(index),
    skew: buildSkew(index),
    goVersions: buildGoVersions(index, input.findings),
    trends: buildTrends(index),
    emerging: buildEmerging(index),
    replaces: buildReplaces(index),
    repos: buildRepoSections(index, input.findings),
  };
}
