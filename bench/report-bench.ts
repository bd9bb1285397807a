/**
 * Benchmark of the findings rules and the report over a synthetic fleet: how long `goradar report`
 * takes for thousands of repositories, from a store that a scan filled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeFindings } from '../packages/goradar/src/findings/compute-findings.js';
import { loadFleetFacts } from '../packages/goradar/src/findings/fleet-facts.js';
import { buildFleetStore, type RepoSpec } from '../packages/goradar/src/findings/test-support/fleet-builder.js';
import { buildReportData } from '../packages/goradar/src/report/build-report-data.js';
import { loadChartAssets } from '../packages/goradar/src/report/chart-assets.js';
import { renderHtml } from '../packages/goradar/src/report/render-html.js';
import { renderJson, renderMarkdown } from '../packages/goradar/src/report/render-markdown.js';
import type { BenchSuite } from './suite.js';

/** syntheticFleet makes repos repositories at three points, each module requiring `requires` of a pool of modules. */
export function syntheticFleet(repos: number, requires: number): RepoSpec[] {
  const points = [
    { point: '2023', cutoff: '2024-01-01T00:00:00.000Z' },
    { point: '2024', cutoff: '2025-01-01T00:00:00.000Z' },
    { point: 'current', cutoff: null },
  ];
  return Array.from({ length: repos }, (_, r) => ({
    root: `/bench/repo-${r}`,
    snapshots: points.map((p, i) => {
      const reqs: Array<[string, string, boolean?]> = Array.from({ length: requires }, (_, k) => {
        const m = (r * 7 + k * 13) % 400;
        return [`mod${m}.example/lib`, `v1.${(m + r + i) % 6}.${k % 3}`, k % 4 === 0];
      });
      return { ...p, commit: `${r}`.padStart(40, '0'), modules: [{ path: `corp.example/repo${r}`, go: `1.${18 + ((r + i) % 7)}`, requires: reqs, buildList: reqs.map(([path, version]) => [path, version]), goSum: { lines: requires * 2, modules: requires }, goFiles: 10, imports: ['context', ...(i > 0 && r % 3 === 0 ? ['log/slog'] : [])] }] };
    }),
  }));
}

async function measure(log: (line: string) => void, repos: number): Promise<{ ms: number; findings: number; htmlBytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'goradar-bench-report-'));
  try {
    const store = buildFleetStore(syntheticFleet(repos, 40), join(dir, 'fleet.db'));
    const assets = await loadChartAssets();
    const start = performance.now();
    const facts = loadFleetFacts(store);
    const findings = computeFindings(facts);
    store.replaceFindings('all', findings);
    const data = buildReportData({ facts, findings, generatedAt: new Date(0).toISOString() });
    const html = renderHtml(data, assets);
    renderMarkdown(data);
    renderJson(data);
    const ms = performance.now() - start;
    store.close();
    log(`report over ${repos} repos × 3 points × 40 requirements: ${ms.toFixed(0)} ms, ${findings.length} findings, HTML ${(html.length / 1024).toFixed(0)} KiB`);
    return { ms, findings: findings.length, htmlBytes: html.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** suite measures findings + report time for fleets of 500 and 3000 synthetic repositories. */
export const suite: BenchSuite = {
  name: 'report',
  async run(log) {
    const rows = [];
    for (const repos of [500, 3000]) {
      const r = await measure(log, repos);
      rows.push({ name: `findings + report (${repos} repos)`, goradar: { value: r.ms, unit: 'ms', higherIsBetter: false }, extra: { findings: r.findings, htmlKiB: Math.round(r.htmlBytes / 1024) } });
    }
    return rows;
  },
};
