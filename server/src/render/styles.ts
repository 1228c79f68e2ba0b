// The renderer's CSS: a base, the VS Code theme colours for the preview, a
// neutral light theme for exports, and a print stylesheet (A4 and Letter).

export const BASE_CSS = `
:root { --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --accent: #0969da; --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --fill: #ddf4ff; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; color: var(--fg); background: var(--bg); font: 15px/1.55 -apple-system, "Segoe UI", system-ui, sans-serif; }
main.plan { max-width: 900px; margin: 0 auto; }
h1 { font-size: 1.7em; margin: 0 0 .4em; }
h2 { font-size: 1.3em; border-bottom: 1px solid var(--line); padding-bottom: .2em; margin: 1.6em 0 .6em; }
h3 { font-size: 1.1em; margin: 1.2em 0 .4em; }
h4 { font-size: .95em; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: .9em 0 .3em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: .2em 1em; margin: 0 0 1em; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: .95em; }
caption { text-align: left; font-weight: 600; margin-bottom: .3em; }
th, td { border: 1px solid var(--line); padding: .35em .55em; text-align: left; vertical-align: top; }
ul.steps, ul.methods { padding-left: 1.2em; }
li.step { list-style: none; margin-left: -1.2em; display: flex; gap: .5em; align-items: baseline; }
li.step .box { width: 1.1em; } li.step.met .text { color: var(--muted); text-decoration: line-through; }
li.step .due { margin-left: auto; white-space: nowrap; color: var(--muted); font-size: .9em; }
li.step.overdue .due { color: var(--bad); font-weight: 600; }
.progress { display: flex; align-items: center; gap: .6em; margin: .2em 0 .4em; }
.progress .bar { flex: 0 0 180px; height: 8px; border-radius: 4px; background: var(--line); overflow: hidden; }
.progress .fill { height: 100%; background: var(--ok); }
.progress .label { color: var(--muted); font-size: .9em; }
figure.timeline { margin: 1em 0; } figure.timeline figcaption { color: var(--muted); font-size: .85em; }
.timeline .axis { stroke: var(--line); stroke-width: 2; } .timeline .today { stroke: var(--accent); stroke-width: 2; stroke-dasharray: 4 3; }
.timeline text { fill: var(--muted); font-size: 11px; } .timeline .mark.open { fill: var(--accent); } .timeline .mark.met { fill: var(--ok); }
.timeline .mark.overdue { fill: var(--bad); } .timeline .mark.review { fill: var(--warn); }
.key.open { color: var(--accent); } .key.met { color: var(--ok); } .key.overdue { color: var(--bad); } .key.review { color: var(--warn); }
aside.readiness { border: 1px solid var(--warn); border-radius: 6px; padding: .4em 1em; margin: 0 0 1em; }
aside.readiness.ready { border-color: var(--ok); } aside.readiness.not-ready { border: 2px solid var(--bad); }
aside.readiness h2 { border: 0; margin: .3em 0; font-size: 1.05em; } aside.readiness.ready h2 { color: var(--ok); } aside.readiness.not-ready h2, aside.readiness.not-ready > strong { color: var(--bad); }
aside.readiness li.error strong { color: var(--bad); } aside.readiness li.warning strong { color: var(--warn); }
details.requirements { border: 1px solid var(--line); border-radius: 6px; padding: .3em 1em; margin: 0 0 1em; } details.requirements.not-met summary { color: var(--bad); font-weight: 600; } details.requirements h3 { margin: .6em 0 .2em; font-size: 1em; } details.requirements ul { list-style: none; padding-left: .2em; margin: .2em 0; } details.requirements li.not-met .mark { color: var(--bad); } details.requirements li.met .mark { color: var(--ok); } details.requirements .lines { color: var(--muted); font-size: .9em; }
blockquote.client-words { margin: .2em 0 .5em; padding: .2em .9em; border-left: 3px solid var(--accent); color: var(--fg); font-style: italic; }
section.safety-plan { border-left: 4px solid var(--bad); padding-left: 1em; }
section.sign-off li.superseded { color: var(--muted); } section.sign-off li.changed-since, section.sign-off li.older-digest { color: var(--bad); } section.sign-off .note { color: var(--muted); font-size: .9em; }
figure.measures-chart { margin: 1em 0 1.4em; break-inside: avoid; } figure.measures-chart figcaption { color: var(--muted); font-size: .9em; } figure.measures-chart .sources { font-size: .9em; }
.measures-chart .band.b0 rect { fill: var(--fg); fill-opacity: .035; } .measures-chart .band.b1 rect { fill: var(--fg); fill-opacity: .1; } .measures-chart .frame { fill: none; stroke: var(--line); }
.measures-chart text { fill: var(--muted); font-size: 11px; } .measures-chart .value, .measures-chart .target-label { fill: var(--fg); } .measures-chart .value { font-weight: 600; }
.measures-chart .scores { fill: none; stroke: var(--accent); stroke-width: 2; } .measures-chart .score circle { fill: var(--bg); stroke: var(--fg); stroke-width: 2; }
.measures-chart .target line { stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 6 4; }
code { font-size: .9em; }
`;

export const PREVIEW_CSS = `
:root {
  --fg: var(--vscode-editor-foreground, #1f2328); --muted: var(--vscode-descriptionForeground, #59636e);
  --bg: var(--vscode-editor-background, #ffffff); --line: var(--vscode-panel-border, #d1d9e0);
  --accent: var(--vscode-textLink-foreground, #0969da); --ok: var(--vscode-testing-iconPassed, #1a7f37);
  --warn: var(--vscode-editorWarning-foreground, #9a6700); --bad: var(--vscode-editorError-foreground, #cf222e);
}
body { font-family: var(--vscode-font-family, system-ui, sans-serif); }
[data-line].highlight { outline: 1px dashed var(--accent); }
`;

export const EXPORT_CSS = '';

export const PRINT_CSS = `
@page { margin: 16mm 14mm; }
@media print {
  body { padding: 0; font-size: 11pt; background: #fff; color: #000; }
  section.problem { break-before: page; }
  section.goal, table, li.step, figure.measures-chart { break-inside: avoid; }
  .measures-chart .scores { stroke: #000; }
  aside.readiness.ready { display: none; }
  aside.readiness.not-ready { border: 2px solid #000; }
  a { color: inherit; text-decoration: none; }
}
`;
