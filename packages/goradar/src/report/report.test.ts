import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { advisoryTable } from '../findings/advisories.js';
import { computeFindings } from '../findings/compute-findings.js';
import { loadFleetFacts } from '../findings/fleet-facts.js';
import { buildFleetStore } from '../findings/test-support/fleet-builder.js';
import { buildReportData } from './build-report-data.js';
import { renderJson, renderMarkdown } from './render-markdown.js';
import { SAMPLE_FLEET } from './test-support/sample-fleet.js';

const here = dirname(fileURLToPath(import.meta.url));
const store = buildFleetStore(SAMPLE_FLEET);
afterAll(() => store.close());

const advisories = advisoryTable([{ path: 'lib.example/log', latest: 'v1.2.0', retractions: [{ low: 'v1.1.0', high: 'v1.1.0', rationale: 'corrupts <output>' }], deprecated: null }]);
const facts = loadFleetFacts(store);
const findings = computeFindings(facts, { advisories });
const data = buildReportData({ facts, findings, generatedAt: '2026-01-02T03:04:05.000Z' });

function golden(name: string, actual: string): void {
  const file = join(here, 'testdata', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('report figures over the sample fleet', () => {
  it('counts reuse over the latest snapshots, direct and indirect', () => {
    expect(data.reuse.totalRepos).toBe(4);
    expect(data.reuse.rows.slice(0, 3)).toEqual([
      { path: 'lib.example/iter', repos: 3, share: 0.75, directRepos: 3, indirectRepos: 0 },
      { path: 'lib.example/log', repos: 3, share: 0.75, directRepos: 3, indirectRepos: 0 },
      { path: 'lib.example/shapes', repos: 2, share: 0.5, directRepos: 2, indirectRepos: 0 },
    ]);
    expect(data.reuse.rows.find((r) => r.path === 'lib.example/text')).toEqual({ path: 'lib.example/text', repos: 2, share: 0.5, directRepos: 1, indirectRepos: 1 });
  });

  it('shows the skew of every module required at several versions', () => {
    expect(data.skew.rows.map((r) => [r.path, r.versions.map((v) => `${v.version}:${v.repos}`).join(' '), r.reposBehind])).toEqual([
      ['lib.example/log', 'v0.0.0-20240101000000-abcdefabcdef:1 v1.1.0:2', 1],
      ['lib.example/shapes', 'v1.0.0:1 v1.2.0:1', 1],
    ]);
  });

  it('follows practices and emerging modules over the points, current last', () => {
    expect(data.trends.points).toEqual(['2023', '2024', 'current']);
    expect(data.trends.reposPerPoint).toEqual([2, 3, 4]);
    const series = Object.fromEntries(data.trends.series.map((s) => [s.id, s.repos]));
    expect(series).toMatchObject({ generics: [0, 1, 2], goroutines: [0, 1, 2], slog: [0, 1, 1], context: [1, 1, 1], cgo: [0, 1, 1], wasm: [0, 0, 1], iterators: [0, 0, 2] });
    expect(data.emerging.rows[0]).toEqual({ path: 'lib.example/iter', shares: [0, 0.3333, 0.75], growth: 0.75 });
  });

  it('spreads go and toolchain lines and names the outliers', () => {
    expect(data.goVersions.go).toEqual([
      { version: '1.18', modules: 1 },
      { version: '1.22', modules: 1 },
      { version: '1.23', modules: 1 },
      { version: '1.24', modules: 1 },
    ]);
    expect(data.goVersions.goMedian).toBe('1.22');
    expect(data.goVersions.outliers).toEqual([{ repo: 'gamma', moduleDir: '.', directive: 'go', version: '1.18' }]);
  });

  it('classifies replaces and counts findings by severity', () => {
    expect(data.replaces.counts).toEqual({ 'local-inside': 0, 'local-outside': 1, fork: 1, pin: 0 });
    expect(data.findings.total).toBe(findings.length);
    expect(Object.values(data.findings.bySeverity).reduce((a, b) => a + b, 0)).toBe(findings.length);
    expect(data.findings.byKind.find((k) => k.kind === 'retracted-version')?.count).toBe(2);
  });
});

describe('renderers', () => {
  it('renders Markdown as in the golden file', () => golden('sample-report.md', renderMarkdown(data)));
  it('renders JSON as in the golden file', () => golden('sample-report.json', renderJson(data)));

  it('keeps hostile text inert in Markdown', () => {
    const md = renderMarkdown(data);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<b>');
    expect(md).toContain('### &lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('../&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
  });

  it('puts every figure in the JSON', () => {
    const parsed = JSON.parse(renderJson(data)) as typeof data;
    expect(parsed).toEqual(data);
    expect(Object.keys(parsed)).toEqual(['schema', 'title', 'generatedAt', 'overview', 'findings', 'reuse', 'skew', 'goVersions', 'trends', 'emerging', 'replaces', 'repos']);
  });
});
