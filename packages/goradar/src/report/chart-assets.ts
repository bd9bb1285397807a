import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GoradarError } from '../errors.js';
import type { ChartAssets } from './render-html.js';

/**
 * loadChartAssets reads the browser (UMD) builds of Chart.js and chartjs-chart-matrix from the
 * installed packages, to be inlined into the HTML report.
 */
export async function loadChartAssets(): Promise<ChartAssets> {
  const require = createRequire(import.meta.url);
  try {
    const chartDir = dirname(require.resolve('chart.js'));
    const matrixDir = dirname(require.resolve('chartjs-chart-matrix'));
    const [chartJs, matrixJs] = await Promise.all([
      readFile(join(chartDir, 'chart.umd.min.js'), 'utf8'),
      readFile(join(matrixDir, 'chartjs-chart-matrix.min.js'), 'utf8'),
    ]);
    return { chartJs, matrixJs };
  } catch (err) {
    throw new GoradarError('ERR_REPORT_ASSETS', `cannot read the charting library: ${(err as Error).message}`, {
      hint: 'reinstall goradar: chart.js and chartjs-chart-matrix are among its dependencies',
      cause: err,
    });
  }
}
