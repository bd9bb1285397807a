/** REPORT_CSS styles the HTML report: readable, printable, high-contrast, no external resources. */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1a1a1a; --muted: #4a4a4a; --line: #d0d0d0; --accent: #1b6ca8; --bg-alt: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .5rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
nav ul { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none; padding: 0; }
a { color: #0b4f82; }
a:focus, summary:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
.caption, figcaption { color: var(--muted); font-size: .92rem; margin: .3rem 0 .8rem; }
figure { margin: 0 0 1rem; }
.chart { position: relative; height: 340px; }
.chart.tall { height: 560px; }
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: .6rem; margin: 0; }
.stats div { background: var(--bg-alt); border-radius: 6px; padding: .6rem .8rem; }
.stats dt { color: var(--muted); font-size: .85rem; }
.stats dd { margin: 0; font-size: 1.35rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { white-space: nowrap; }
td code { overflow-wrap: anywhere; }
th { background: var(--bg-alt); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { display: inline-block; white-space: nowrap; padding: 0 .45rem; border-radius: 4px; color: #fff; font-size: .8rem; font-weight: 600; }
.sev-critical { background: #67000d; } .sev-high { background: #c62828; } .sev-medium { background: #b35400; }
.sev-low { background: #6b6a00; } .sev-info { background: #546e7a; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88em; }
footer { max-width: 1200px; margin: 2rem auto; padding: 1rem 1.25rem; color: var(--muted); border-top: 1px solid var(--line); }
@media print { .chart { height: 280px; } nav { display: none; } }
`;
