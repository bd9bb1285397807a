import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFindings } from '../findings/compute-findings.js';
import { loadFleetFacts } from '../findings/fleet-facts.js';
import { buildFleetStore } from '../findings/test-support/fleet-builder.js';
import { buildReportData } from './build-report-data.js';
import { loadChartAssets } from './chart-assets.js';
import { escapeHtml, escapeMarkdown, jsonForScript, scriptSafe } from './escape.js';
import { renderHtml, type ChartAssets } from './render-html.js';
import { checkReportInBrowser, describeWithChromium } from './test-support/browser-check.js';
import { HOSTILE_DIR, HOSTILE_NAME, SAMPLE_FLEET } from './test-support/sample-fleet.js';

const store = buildFleetStore(SAMPLE_FLEET);
afterAll(() => store.close());
const facts = loadFleetFacts(store);
const data = buildReportData({ facts, findings: computeFindings(facts), generatedAt: '2026-01-02T03:04:05.000Z', title: 'Fleet </title><script>alert(4)</script>' });
let assets: ChartAssets;
let html: string;
beforeAll(async () => {
  assets = await loadChartAssets();
  html = renderHtml(data, assets);
});

describe('escaping', () => {
  it.each<[string, string]>([
    ['<a href="x">&\'', '&lt;a href=&quot;x&quot;&gt;&amp;&#39;'],
    ['plain', 'plain'],
  ])('escapeHtml(%j)', (input, expected) => expect(escapeHtml(input)).toBe(expected));

  it.each<[string, string]>([
    ['a|b', 'a\\|b'],
    ['*x* _y_ `z` [l](u)', '\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u)'],
    ['<b>&', '&lt;b&gt;&amp;'],
    ['line\nbreak', 'line break'],
  ])('escapeMarkdown(%j)', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));

  it('keeps JSON for a script element free of markup but equal when parsed', () => {
    const value = { s: '</script><!-- & \u2028' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('neutralises a closing script tag and source maps in inlined code', () => {
    expect(scriptSafe('var s = "</script>";\n//# sourceMappingURL=x.map')).toBe('var s = "<\\/script>";\n');
  });
});

describe('renderHtml', () => {
  it('is one self-contained page: no external resources, only hashed inline scripts', () => {
    expect(html).not.toMatch(/<(script|img|link|iframe)[^>]*\s(src|href)=/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
    expect(csp).toContain("default-src 'none'");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(3);
    for (const s of scripts) expect(csp).toContain(`'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
    expect(scripts[0]).toContain('Chart.js v4');
    expect(scripts[1]).toContain('chartjs-chart-matrix');
  });

  it('escapes every piece of fleet text', () => {
    expect(html).not.toContain(HOSTILE_NAME);
    expect(html).not.toContain(HOSTILE_DIR);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>bold');
    expect(html).toContain(escapeHtml(HOSTILE_NAME));
    expect(html).toContain('<title>Fleet &lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;</title>');
  });

  it('has a landmark, a heading and a captioned figure or table for every section', () => {
    for (const id of ['overview', 'findings', 'reuse', 'skew', 'go-versions', 'trends', 'emerging', 'replaces', 'repos']) {
      expect(html).toContain(`<section id="${id}" aria-labelledby="${id}-h">`);
    }
    const canvases = [...html.matchAll(/<canvas id="([^"]+)" role="img" aria-label="([^"]+)">/g)].map((m) => m[1]);
    expect(canvases).toEqual(['chart-findings', 'chart-reuse', 'chart-skew', 'chart-go-versions', 'chart-trends', 'chart-emerging']);
    expect(html).toMatch(/<html lang="en">/);
  });
});

describeWithChromium('the HTML report in a browser', () => {
  it('draws every chart offline, runs no injected script and attempts no request', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goradar-report-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    const seen = await checkReportInBrowser(file, dir);
    process.stdout.write(`HTML report screenshot: ${seen.screenshot}\n`);
    expect(seen.blockedRequests).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.alerts).toEqual([]);
    expect(seen.title).toBe('Fleet </title><script>alert(4)</script>');
    expect(seen.chartTypes).toEqual(['bar', 'bar', 'matrix', 'bar', 'line', 'line']);
    for (const c of seen.canvases) {
      expect(c.error, c.id).toBeNull();
      expect(c.paintedPixels, c.id).toBeGreaterThan(500);
    }
  });
});
