/**
 * CLIENT_SCRIPT draws the report's charts in the browser from the chart specifications embedded
 * as JSON (#goradar-charts). It uses only the inlined Chart.js and chartjs-chart-matrix, sets
 * `window.goradarCharts` to the Chart instances and `data-charts` on <html> to their number.
 * It is plain ES2017 so that it runs unchanged in any current browser.
 */
export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var specs = JSON.parse(document.getElementById('goradar-charts').textContent);
  var charts = [];
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  function matrix(config) {
    var ds = config.data.datasets[0];
    ds.backgroundColor = function (ctx) {
      var raw = ctx.raw || { v: 0 };
      var a = 0.15 + 0.85 * (raw.v / ds.maxValue);
      return 'rgba(27, 108, 168, ' + a.toFixed(3) + ')';
    };
    ds.borderColor = 'rgba(0, 0, 0, 0.25)';
    ds.borderWidth = 1;
    ds.width = function (ctx) {
      var area = ctx.chart.chartArea;
      return area ? Math.max(2, area.width / ds.columns - 2) : 10;
    };
    ds.height = function (ctx) {
      var area = ctx.chart.chartArea;
      return area ? Math.max(2, area.height / Math.max(1, ds.rows) - 2) : 10;
    };
    config.options.plugins.tooltip = {
      callbacks: {
        title: function (items) { return items.length ? items[0].raw.y : ''; },
        label: function (item) { return item.raw.version + ': ' + item.raw.v + ' repositories'; }
      }
    };
    return config;
  }
  specs.forEach(function (spec) {
    var canvas = document.getElementById(spec.canvasId);
    if (!canvas) return;
    var config = spec.config.type === 'matrix' ? matrix(spec.config) : spec.config;
    try {
      charts.push(new Chart(canvas, config));
    } catch (err) {
      canvas.setAttribute('data-error', String(err && err.message ? err.message : err));
    }
  });
  window.goradarCharts = charts;
  document.documentElement.setAttribute('data-charts', String(charts.length));
})();
`;
