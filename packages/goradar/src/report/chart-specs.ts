import { gover } from '@goradar/gomod';
import type { ReportData } from './report-data.js';

/** ChartSpec is one chart: the canvas it draws on and its Chart.js configuration (plain JSON). */
export interface ChartSpec {
  canvasId: string;
  /** label is the canvas's accessible name. */
  label: string;
  config: { type: string; data: unknown; options: unknown };
}

const PALETTE = ['#1b6ca8', '#d1495b', '#2e8b57', '#edae49', '#6a4c93', '#00798c', '#8d6346', '#c2185b', '#4f6d7a', '#66a182'];
const SEVERITY_COLOURS: Record<string, string> = { critical: '#67000d', high: '#c62828', medium: '#ef6c00', low: '#9e9d24', info: '#607d8b' };
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;

function axisTitle(text: string): { display: true; text: string } {
  return { display: true, text };
}

function findingsChart(d: ReportData): ChartSpec {
  return {
    canvasId: 'chart-findings',
    label: 'Bar chart: findings by severity',
    config: {
      type: 'bar',
      data: { labels: [...SEVERITIES], datasets: [{ label: 'findings', data: SEVERITIES.map((s) => d.findings.bySeverity[s]), backgroundColor: SEVERITIES.map((s) => SEVERITY_COLOURS[s]) }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: axisTitle('findings') } } },
    },
  };
}

function reuseChart(d: ReportData): ChartSpec {
  const rows = d.reuse.rows;
  const pct = (n: number): number => (d.reuse.totalRepos === 0 ? 0 : Math.round((n / d.reuse.totalRepos) * 1000) / 10);
  return {
    canvasId: 'chart-reuse',
    label: 'Horizontal bar chart: share of repositories requiring each module, direct and indirect',
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.path),
        datasets: [
          { label: 'direct', data: rows.map((r) => pct(r.directRepos)), backgroundColor: PALETTE[0] },
          { label: 'indirect only', data: rows.map((r) => pct(r.indirectRepos)), backgroundColor: PALETTE[3] },
        ],
      },
      options: { indexAxis: 'y', scales: { x: { stacked: true, min: 0, max: 100, title: axisTitle('% of repositories') }, y: { stacked: true } } },
    },
  };
}

function skewChart(d: ReportData): ChartSpec {
  const rows = d.skew.rows;
  const cells = rows.flatMap((r) => r.versions.map((v, i) => ({ x: String(i + 1), y: r.path, v: v.repos, version: v.version })));
  const columns = Math.max(1, ...rows.map((r) => r.versions.length));
  return {
    canvasId: 'chart-skew',
    label: 'Heatmap: modules by version rank, shaded by the number of repositories requiring each version',
    config: {
      type: 'matrix',
      data: { datasets: [{ label: 'repositories', data: cells, columns, rows: rows.length, maxValue: Math.max(1, ...cells.map((c) => c.v)) }] },
      options: {
        plugins: { legend: { display: false } },
        scales: {
          x: { type: 'category', labels: Array.from({ length: columns }, (_, i) => String(i + 1)), offset: true, grid: { display: false }, title: axisTitle('version rank (1 = oldest in use)') },
          y: { type: 'category', labels: rows.map((r) => r.path), offset: true, grid: { display: false } },
        },
      },
    },
  };
}

function goVersionChart(d: ReportData): ChartSpec {
  const g = d.goVersions;
  const labels = [...new Set([...g.go, ...g.toolchain].map((v) => v.version))].sort(gover.compare);
  const count = (list: typeof g.go, v: string): number => list.find((x) => x.version === v)?.modules ?? 0;
  return {
    canvasId: 'chart-go-versions',
    label: 'Bar chart: modules per go and toolchain language version',
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: 'go line', data: labels.map((v) => count(g.go, v)), backgroundColor: PALETTE[0] },
          { label: 'toolchain line', data: labels.map((v) => count(g.toolchain, v)), backgroundColor: PALETTE[2] },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: axisTitle('modules') } } },
    },
  };
}

function lineChart(id: string, label: string, points: string[], series: Array<{ label: string; shares: number[] }>): ChartSpec {
  return {
    canvasId: id,
    label,
    config: {
      type: 'line',
      data: {
        labels: points,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.shares.map((x) => Math.round(x * 1000) / 10),
          borderColor: PALETTE[i % PALETTE.length],
          backgroundColor: PALETTE[i % PALETTE.length],
        })),
      },
      options: { scales: { y: { min: 0, max: 100, title: axisTitle('% of repositories') } } },
    },
  };
}

/** chartSpecs returns the configuration of every chart of the HTML report. */
export function chartSpecs(d: ReportData): ChartSpec[] {
  return [
    findingsChart(d),
    reuseChart(d),
    skewChart(d),
    goVersionChart(d),
    lineChart('chart-trends', 'Line chart: share of repositories showing each practice per history point', d.trends.points, d.trends.series),
    lineChart('chart-emerging', 'Line chart: share of repositories requiring each emerging module per history point', d.emerging.points, d.emerging.rows.map((r) => ({ label: r.path, shares: r.shares }))),
  ];
}
