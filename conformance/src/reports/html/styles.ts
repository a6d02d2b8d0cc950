/** The report's stylesheet, inline (no external fonts or assets): calm, readable, printable on A4 landscape. */
export const STYLES = `
:root {
  --ink: #1b1f24; --muted: #5a6270; --rule: #cfd5dd; --rule-light: #e4e8ee; --paper: #fff; --band: #f3f5f8;
  --navy: #16325c; --accent: #1f4e8c;
  --met: #1e6b3c; --met-bg: #e7f3ec; --ng: #a3231b; --ng-bg: #fbeceb; --nv: #7a4f00; --nv-bg: #fff3d6; --nv-fill: #d9a21b;
  --mp: #2c4f82; --mp-bg: #e8eef8; --na: #59616d; --na-bg: #eff1f4; --na-fill: #c3c9d2; --at: #2e6a46; --at-bg: #eaf4ee;
  font-family: "BIZ UDPGothic", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo, "Noto Sans JP", "Noto Sans CJK JP", "IPAPGothic", sans-serif;
  color: var(--ink); background: var(--paper); font-size: 15px; line-height: 1.7;
}
body { margin: 0; }
main { max-width: 1280px; margin: 0 auto; padding: 0 28px 48px; }
code, pre { font-family: "BIZ UDGothic", Consolas, "Noto Sans Mono CJK JP", "IPAGothic", monospace; font-size: 0.88em; }
h1, h2, h3 { color: var(--navy); font-weight: 700; letter-spacing: 0.02em; }
h2 { font-size: 1.3rem; border-left: 6px solid var(--navy); padding: 2px 0 2px 12px; margin: 40px 0 14px; }
a { color: var(--accent); }
[hidden] { display: none !important; }
.masthead { border-top: 8px solid var(--navy); border-bottom: 1px solid var(--rule); padding: 20px 0 18px; margin-bottom: 8px; }
.kicker { margin: 0; color: var(--muted); font-size: 0.95rem; letter-spacing: 0.08em; }
h1 { font-size: 1.9rem; margin: 2px 0 14px; }
.overall { display: inline-flex; align-items: center; gap: 16px; padding: 8px 20px; border: 2px solid; border-radius: 4px; font-size: 1.1rem; }
.overall strong { font-size: 1.7rem; letter-spacing: 0.08em; }
.overall.ok { color: var(--met); background: var(--met-bg); }
.overall.ng { color: var(--ng); background: var(--ng-bg); }
.reasons { margin: 12px 0 0; padding-left: 1.4em; }
.reasons .note { color: var(--nv); }
.manual { margin: 6px 0 0; color: var(--muted); }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 0 28px; margin: 16px 0 0; }
.facts div { display: flex; gap: 12px; border-bottom: 1px dotted var(--rule); padding: 4px 0; }
.facts dt { flex: 0 0 7em; color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.lead { color: var(--muted); margin: 0 0 10px; }
table { border-collapse: collapse; width: 100%; background: var(--paper); }
th, td { border: 1px solid var(--rule); padding: 6px 9px; text-align: left; vertical-align: top; }
thead th { background: var(--band); color: var(--navy); font-weight: 700; white-space: nowrap; }
.counts { width: auto; min-width: 60%; margin: 8px 0; }
.counts th[scope=row] { font-weight: 600; background: var(--paper); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.chart { display: block; max-width: 100%; height: auto; margin: 6px 0; font-size: 13px; }
.chart .axis, .chart .ratio { fill: var(--ink); }
.chart .track { fill: var(--band); stroke: var(--rule); }
.chart text { font-family: inherit; }
.seg text { font-weight: 700; fill: #fff; }
.seg-met rect, .swatch.seg-met { fill: var(--met); background: var(--met); }
.seg-attested rect, .swatch.seg-attested { fill: var(--at); background: var(--at); }
.seg-not-met rect, .swatch.seg-not-met { fill: var(--ng); background: var(--ng); }
.seg-not-verified rect, .swatch.seg-not-verified { fill: var(--nv-fill); background: var(--nv-fill); }
.seg-manual-pending rect, .swatch.seg-manual-pending { fill: var(--mp); background: var(--mp); }
.seg-not-applicable rect, .swatch.seg-not-applicable { fill: var(--na-fill); background: var(--na-fill); }
.seg-not-verified text, .seg-not-applicable text { fill: var(--ink); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 0; margin: 4px 0 12px; font-size: 0.9rem; }
.swatch { display: inline-block; width: 1.5em; height: 1.3em; margin-right: 6px; text-align: center; line-height: 1.3em; color: #fff; font-weight: 700; border-radius: 2px; vertical-align: -0.15em; }
.swatch.seg-not-verified, .swatch.seg-not-applicable { color: var(--ink); }
.filters { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; background: var(--band); border: 1px solid var(--rule); border-radius: 4px; padding: 10px 14px; margin: 32px 0 0; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.filters legend { float: left; margin-right: 6px; font-weight: 700; color: var(--navy); }
.filters label { font-weight: 600; color: var(--navy); }
.filters select, .filters input[type=search], .filters button { font: inherit; font-size: 0.92rem; padding: 3px 8px; border: 1px solid #98a2b3; border-radius: 3px; background: #fff; color: var(--ink); }
.filters input[type=search] { width: 20em; }
.filters button { cursor: pointer; }
.filters output { margin-left: auto; color: var(--muted); font-weight: 600; }
.chip { font-weight: 400 !important; color: var(--ink) !important; border: 1px solid var(--rule); border-radius: 999px; padding: 1px 10px 1px 6px; background: #fff; cursor: pointer; }
.chip .n { color: var(--muted); font-variant-numeric: tabular-nums; }
.area h2 { display: flex; align-items: baseline; gap: 12px; }
.area-id { font-variant-numeric: tabular-nums; color: var(--muted); }
.area-summary p { margin: 0; }
.reqs { margin-top: 10px; font-size: 0.93rem; }
.reqs .id { width: 5.2em; white-space: nowrap; font-variant-numeric: tabular-nums; }
.reqs .title { width: 12em; font-weight: 600; }
.reqs .text { color: #2b3139; }
.reqs .cls { width: 6.5em; white-space: nowrap; }
.reqs .verdict { width: 7.5em; white-space: nowrap; }
.reqs .reason { width: 26%; }
.reqs tr.group th { background: #f8f9fb; color: var(--navy); font-weight: 700; border-top: 2px solid var(--rule); }
.reqs tbody tr.req:hover td { background: #fafbfc; }
.badge { display: inline-block; padding: 1px 9px; border: 1px solid; border-radius: 3px; font-weight: 700; }
.v-met { color: var(--met); background: var(--met-bg); }
.v-attested { color: var(--at); background: var(--at-bg); }
.v-not-met { color: var(--ng); background: var(--ng-bg); }
.v-not-verified { color: var(--nv); background: var(--nv-bg); }
.v-manual-pending { color: var(--mp); background: var(--mp-bg); }
.v-not-applicable { color: var(--na); background: var(--na-bg); }
.chip.v-met, .chip.v-attested, .chip.v-not-met, .chip.v-not-verified, .chip.v-manual-pending, .chip.v-not-applicable { background: #fff; }
tr.req[data-verdict=not-met] td.id { box-shadow: inset 4px 0 0 var(--ng); }
details { margin-top: 6px; }
summary { cursor: pointer; color: var(--accent); font-size: 0.9rem; }
.checks { margin: 4px 0 0; padding-left: 1.1em; font-size: 0.88rem; }
.checks li { margin: 3px 0; overflow-wrap: anywhere; }
.st { font-weight: 700; }
.st-pass { color: var(--met); } .st-fail { color: var(--ng); } .st-error, .st-blocked, .st-skip { color: var(--nv); } .st-omit { color: var(--na); }
.msg { color: var(--muted); }
tr.exrow > td { background: #f7f9fb; border-top: 0; padding: 8px 14px 12px; }
.exhead { margin: 0 0 6px; font-weight: 700; color: var(--navy); }
.exchange { display: grid; grid-template-columns: 5em 1fr 1fr; gap: 4px 14px; border-top: 1px solid var(--rule-light); padding: 6px 0; }
.exchange .seq { margin: 0; color: var(--muted); font-size: 0.85rem; }
.exchange .note { grid-column: 2 / -1; margin: 0; color: var(--muted); }
.side { min-width: 0; }
.side .line { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.side pre { margin: 4px 0 0; padding: 6px 8px; background: #fff; border: 1px solid var(--rule-light); white-space: pre-wrap; overflow-wrap: anywhere; max-height: 22em; overflow: auto; font-size: 0.8rem; line-height: 1.5; }
section.area, tr.req { scroll-margin-top: 120px; }
.empty { padding: 24px; text-align: center; color: var(--muted); border: 1px dashed var(--rule); }
.print-only { display: none; }
footer { margin-top: 48px; padding-top: 12px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  :root { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  .filters, .ex:not([open]), .no-print { display: none !important; }
  .print-only { display: block; }
  h2 { break-after: avoid; }
  table, .chart { break-inside: auto; }
  tr, .chart, .summary table { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  summary { color: var(--ink); }
  details::details-content { content-visibility: visible; display: contents; }
  .side pre { max-height: none; overflow: visible; }
  tr.exrow { break-inside: auto; }
  .badge, .swatch, .seg rect, .overall { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
