/**
 * Opens an HTML report from disk in headless Chromium (driven by playwright-core) with every
 * non-file request blocked, and reads back what a person would see: charts drawn, errors, a
 * screenshot. Tests skip loudly when /usr/bin/chromium is absent.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe } from 'vitest';

/** CHROMIUM is the browser the checks drive (Debian's chromium package). */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let warned = false;

/** describeWithChromium is `describe` when Chromium is installed and a loudly announced skip otherwise. */
export function describeWithChromium(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, fn);
    return;
  }
  if (!warned) {
    warned = true;
    process.stderr.write(`\n*** SKIPPING browser checks of the HTML report: ${CHROMIUM} is not installed (apt-get install -y chromium). ***\n\n`);
  }
  describe.skip(`${name} [SKIPPED: chromium not installed]`, fn);
}

/** CanvasReport is what one chart canvas shows. */
export interface CanvasReport {
  id: string;
  width: number;
  height: number;
  /** paintedPixels counts pixels that are not fully transparent. */
  paintedPixels: number;
  error: string | null;
}

/** BrowserCheck is what opening a report in the browser showed. */
export interface BrowserCheck {
  blockedRequests: string[];
  consoleErrors: string[];
  chartInstances: number;
  chartTypes: string[];
  canvases: CanvasReport[];
  title: string;
  /** alerts lists every dialog the page tried to open (an XSS would). */
  alerts: string[];
  screenshot: string;
}

/** checkReportInBrowser opens file in Chromium and returns what it saw; the screenshot goes to screenshotDir. */
export async function checkReportInBrowser(file: string, screenshotDir: string): Promise<BrowserCheck> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'goradar-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
  const blockedRequests: string[] = [];
  const consoleErrors: string[] = [];
  const alerts: string[] = [];
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      blockedRequests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
    page.on('pageerror', (e) => void consoleErrors.push(e.message));
    page.on('dialog', (d) => void (alerts.push(d.message()), d.dismiss()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-charts'), undefined, { timeout: 20_000 });
    const seen = await page.evaluate(() => {
      const w = window as unknown as { goradarCharts?: Array<{ config: { type: string } }> };
      const canvases = Array.from(document.querySelectorAll('canvas')).map((c) => {
        const ctx = c.getContext('2d');
        let painted = 0;
        if (ctx && c.width > 0 && c.height > 0) {
          const data = ctx.getImageData(0, 0, c.width, c.height).data;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
        }
        return { id: c.id, width: c.width, height: c.height, paintedPixels: painted, error: c.getAttribute('data-error') };
      });
      return { chartInstances: w.goradarCharts?.length ?? 0, chartTypes: (w.goradarCharts ?? []).map((ch) => ch.config.type), canvases, title: document.title };
    });
    const screenshot = join(screenshotDir, 'report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    return { ...seen, blockedRequests, consoleErrors, alerts, screenshot };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
