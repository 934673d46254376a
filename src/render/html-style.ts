// Style sheet of the report views (html-view.ts, html-sequence.ts). The HTML report inlines it
// (allowed by a CSP hash); the web UI's build writes it into web/dist/app.css. System fonts only:
// nothing is fetched. Status colours: established green, failed red, down amber, partial blue.
export const REPORT_CSS = `
:root {
  --bg: #f6f7f9; --panel: #ffffff; --text: #1b1f24; --muted: #5b6470; --line: #dde1e6; --soft: #eef1f4;
  --accent: #1f5fbf; --focus: #1f5fbf;
  --ok: #1a7f37; --ok-bg: #e3f4e7; --bad: #c62828; --bad-bg: #fde8e8; --warn: #a25c00; --warn-bg: #fff1d6;
  --part: #1d5fa8; --part-bg: #e2edfa; --unk: #5b6470; --unk-bg: #eceff2; --ev: #7a3ec2;
  --mono: ui-monospace, "SFMono-Regular", "Cascadia Mono", Menlo, Consolas, "Noto Sans Mono CJK JP", "Liberation Mono", monospace;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Hiragino Sans", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, "Helvetica Neue", Arial, sans-serif;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111418; --panel: #1a1e24; --text: #e6e9ed; --muted: #9aa4b0; --line: #2e353e; --soft: #222830;
    --accent: #6ea8ff; --focus: #8ab8ff;
    --ok: #4cc26a; --ok-bg: #163222; --bad: #ff6b6b; --bad-bg: #3a1a1c; --warn: #f0b24a; --warn-bg: #3a2c12;
    --part: #74aef5; --part-bg: #17283d; --unk: #9aa4b0; --unk-bg: #262c34; --ev: #b48cf0;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.55 var(--sans); }
code, pre, .mono { font-family: var(--mono); font-size: 0.88em; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; }
h3 { font-size: 1.08rem; }
h4 { font-size: 1rem; }
h5 { font-size: .78rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: .9rem 0 .35rem; }
h3.sub { margin-top: 1.4rem; font-size: .95rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.warn-text { color: var(--warn); }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.plain > li { padding: .2rem 0; overflow-wrap: anywhere; }

/* status and severity badges */
.badge, .sev, .vendor { display: inline-block; border-radius: 999px; padding: .05rem .6rem; font-size: .78rem; font-weight: 600; line-height: 1.5; white-space: nowrap; vertical-align: middle; }
.badge::before { content: ""; display: inline-block; width: .5rem; height: .5rem; border-radius: 50%; background: currentColor; margin-right: .35rem; vertical-align: .05rem; }
.badge { color: var(--unk); background: var(--unk-bg); }
.badge.st-established { color: var(--ok); background: var(--ok-bg); }
.badge.st-failed { color: var(--bad); background: var(--bad-bg); }
.badge.st-down { color: var(--warn); background: var(--warn-bg); }
.badge.st-partial { color: var(--part); background: var(--part-bg); }
.sev { font-weight: 600; padding: .02rem .5rem; }
.sev.sev-error { color: var(--bad); background: var(--bad-bg); }
.sev.sev-warning { color: var(--warn); background: var(--warn-bg); }
.sev.sev-info { color: var(--part); background: var(--part-bg); }
.vendor { color: var(--muted); background: var(--soft); font-weight: 600; margin-right: .5rem; }
code.code { font-weight: 700; background: var(--soft); border-radius: 4px; padding: .05rem .35rem; overflow-wrap: anywhere; }

/* summary tiles */
.tiles { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr)); gap: .6rem; }
.tile { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--unk); border-radius: 8px; padding: .55rem .8rem; display: flex; flex-direction: column; }
.tile .n { font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.2; }
.tile .l { color: var(--muted); font-size: .85rem; }
.tile.tile-total { border-left-color: var(--accent); }
.tile.st-established { border-left-color: var(--ok); }
.tile.st-failed { border-left-color: var(--bad); }
.tile.st-down { border-left-color: var(--warn); }
.tile.st-partial { border-left-color: var(--part); }
.tile.zero .n { color: var(--muted); font-weight: 500; }

/* tables */
.table-scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th, table.grid td { text-align: left; padding: .5rem .7rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
table.grid thead th { font-size: .78rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); background: var(--soft); position: sticky; top: 0; }
table.grid tbody tr:last-child td { border-bottom: 0; }
table.grid.compact th, table.grid.compact td { padding: .3rem .55rem; font-size: .88rem; }
tr.is-evidence td { background: color-mix(in srgb, var(--ev) 10%, transparent); }
tr.is-evidence td:first-child { box-shadow: inset 3px 0 0 var(--ev); }
.tid { color: var(--muted); font-weight: 600; font-variant-numeric: tabular-nums; }

/* tunnel */
section.tunnel { background: var(--panel); border: 1px solid var(--line); border-top: 4px solid var(--unk); border-radius: 10px; padding: 1.1rem 1.2rem 1.2rem; margin: 1.2rem 0; }
section.tunnel.st-established { border-top-color: var(--ok); }
section.tunnel.st-failed { border-top-color: var(--bad); }
section.tunnel.st-down { border-top-color: var(--warn); }
section.tunnel.st-partial { border-top-color: var(--part); }
.tunnel-title { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; overflow-wrap: anywhere; }
.tunnel-title .tname { min-width: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0 1rem; }
dl.facts dt { color: var(--muted); font-size: .88rem; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }

/* diagnoses */
article.diag { border: 1px solid var(--line); border-left: 4px solid var(--unk); border-radius: 8px; padding: .8rem 1rem; margin: .8rem 0; background: var(--panel); }
article.diag.sev-error { border-left-color: var(--bad); }
article.diag.sev-warning { border-left-color: var(--warn); }
article.diag.sev-info { border-left-color: var(--part); }
article.diag.verdict { background: linear-gradient(0deg, var(--panel), var(--panel)); box-shadow: 0 1px 3px rgba(0,0,0,.06); }
article.diag header { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-bottom: .3rem; }
.diag-kind { font-size: .75rem; text-transform: uppercase; letter-spacing: .07em; color: var(--muted); font-weight: 700; }
.conf { color: var(--muted); font-size: .82rem; margin-left: auto; }
.diag-title { margin: .2rem 0 .3rem; overflow-wrap: anywhere; }
p.why { margin: .2rem 0 .4rem; overflow-wrap: anywhere; }
dl.details { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .4rem 0; font-size: .9rem; }
dl.details dt { color: var(--muted); }
dl.details dd { margin: 0; overflow-wrap: anywhere; }
ol.evidence { list-style: none; padding: 0; margin: 0; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); }
ol.evidence li { padding: .35rem .6rem; border-bottom: 1px solid var(--line); }
ol.evidence li:last-child { border-bottom: 0; }
ol.evidence .loc { font-family: var(--mono); font-size: .78rem; color: var(--ev); font-weight: 600; margin-right: .5rem; overflow-wrap: anywhere; }
ol.evidence .side { font-size: .75rem; color: var(--muted); }
ol.evidence code.line { display: block; white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; margin-top: .1rem; }
details.whole-line > summary { font-size: .78rem; font-weight: 600; color: var(--muted); padding: .15rem 0 0; }
ol.fix { margin: 0; padding-left: 1.4rem; }
ol.fix li { margin: .3rem 0; overflow-wrap: anywhere; }
.fix-text { white-space: pre-wrap; }
code.cmd { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem; font-size: .84em; overflow-wrap: anywhere; }
.others article.diag { background: var(--panel); }

/* sequence diagram */
figure.seq { margin: .4rem 0 1rem; }
.seq-scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); }
svg.seq-svg { display: block; width: 100%; min-width: 460px; max-width: 760px; height: auto; margin: 0 auto; }
.seq-svg text { font-family: var(--mono); font-size: 11px; fill: var(--text); }
.seq-head rect { fill: var(--soft); stroke: var(--line); }
.seq-head-inferred rect { stroke-dasharray: 5 4; fill: none; stroke: var(--muted); }
.seq-role { font-family: var(--sans) !important; font-weight: 700; font-size: 12px !important; }
.seq-name { fill: var(--muted) !important; }
.seq-addr { fill: var(--muted) !important; font-size: 10px !important; }
.seq-life { stroke: var(--line); stroke-width: 2; }
.seq-life-inferred { stroke-dasharray: 4 5; stroke: var(--muted); stroke-width: 1; }
.seq-time { fill: var(--muted) !important; font-size: 10px !important; }
.seq-line { stroke: var(--accent); stroke-width: 1.6; }
.seq-head-arrow { fill: var(--accent); }
.seq-dashed .seq-line { stroke-dasharray: 6 4; }
.seq-retransmit .seq-line { stroke: var(--warn); }
.seq-retransmit .seq-head-arrow { fill: var(--warn); }
.seq-error .seq-line { stroke: var(--bad); }
.seq-error .seq-head-arrow { fill: var(--bad); }
.seq-label { font-weight: 600; }
.seq-notify { fill: var(--bad) !important; font-weight: 700; }
.seq-note rect { fill: var(--unk-bg); stroke: var(--unk); stroke-width: 1; }
.seq-note.seq-good rect { fill: var(--ok-bg); stroke: var(--ok); }
.seq-note.seq-good text.seq-note-text { fill: var(--ok); }
.seq-note.seq-bad rect { fill: var(--bad-bg); stroke: var(--bad); }
.seq-note.seq-bad text.seq-note-text { fill: var(--bad); }
.seq-note.seq-warn rect { fill: var(--warn-bg); stroke: var(--warn); }
.seq-note.seq-warn text.seq-note-text { fill: var(--warn); }
.seq-note-text { font-family: var(--sans) !important; font-weight: 600; }
.seq-ev-dot { fill: var(--ev); }
figure.seq figcaption { font-size: .82rem; color: var(--muted); margin-top: .4rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
.seq-legend { display: inline-flex; flex-wrap: wrap; gap: .3rem 1rem; }
.lg::before { content: ""; display: inline-block; width: 1.6rem; height: 0; border-top: 2px solid var(--accent); vertical-align: middle; margin-right: .35rem; }
.lg-dashed::before { border-top-style: dashed; }
.lg-ev::before { width: .55rem; height: .55rem; border: 0; border-radius: 50%; background: var(--ev); }

details.timeline, details.inputs { margin: .6rem 0; }
details > summary { cursor: pointer; font-weight: 600; padding: .3rem 0; }
details.timeline .table-scroll { max-height: 32rem; overflow: auto; }
.findings-line { margin: .8rem 0; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
section.inventory, section.configs, section.summary { margin: 1.2rem 0; }

@media (max-width: 640px) {
  body { font-size: 14px; }
  section.tunnel { padding: .8rem .75rem; border-radius: 8px; }
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dt { margin-top: .35rem; }
  article.diag { padding: .7rem .7rem; }
  .conf { margin-left: 0; }
  table.tunnels-table thead { display: none; }
  table.tunnels-table, table.tunnels-table tbody, table.tunnels-table tr, table.tunnels-table td { display: block; width: 100%; }
  table.tunnels-table tr { border-bottom: 1px solid var(--line); padding: .4rem 0; }
  table.tunnels-table td { border: 0; padding: .15rem .7rem; }
  table.tunnels-table td::before { content: attr(data-label); display: block; font-size: .72rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
}

@media print {
  :root { --bg: #fff; --panel: #fff; --soft: #f3f4f6; }
  body { font-size: 11pt; background: #fff; color: #000; }
  .no-print, nav, .skip-link { display: none !important; }
  section.tunnel, article.diag, figure.seq { break-inside: avoid-page; }
  section.tunnel { border-width: 1px; border-top-width: 4px; box-shadow: none; }
  .seq-scroll, .table-scroll { overflow: visible; border: 0; }
  svg.seq-svg { min-width: 0; max-width: 640px; }
  a { color: inherit; text-decoration: none; }
  details.timeline .table-scroll { max-height: none; }
}
`;
