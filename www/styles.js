// The widget's stylesheet, adopted as a constructed CSSStyleSheet (CSP-safe). Theme it from
// outside with the --fintone-* custom properties; `theme="dark"` switches the defaults.
export const css = `
:host {
  --fintone-bg: #ffffff; --fintone-fg: #1b1f24; --fintone-muted: #5b6470; --fintone-border: #d5dae1;
  --fintone-panel: #f6f8fa; --fintone-accent: #1f5fbf;
  --fintone-pos: 22 130 70; --fintone-neg: 196 40 40; --fintone-figure: #6b3fa0;
  --fintone-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  display: block; background: var(--fintone-bg);
  border: 1px solid var(--fintone-border); border-radius: 10px; padding: 1rem 1.25rem;
}
/* Host isolation: the shadow DOM keeps the page's selectors out, but inherited properties
   (color, fonts, letter-spacing, text-transform, visibility…) still flow in through the host.
   This wrapper resets them all; theming goes only through the --fintone-* custom properties,
   which 'all' leaves alone. */
.fintone { all: initial; display: block; color: var(--fintone-fg); font-family: var(--fintone-font);
  font-size: var(--fintone-font-size, medium); line-height: 1.5; }
:host([theme="dark"]) {
  --fintone-bg: #15191e; --fintone-fg: #e6e9ee; --fintone-muted: #a3acb8; --fintone-border: #39414b;
  --fintone-panel: #1e242b; --fintone-accent: #7fb0ff; --fintone-pos: 88 200 130; --fintone-neg: 255 120 120; --fintone-figure: #c9a6ff;
}
label { font-weight: 600; display: block; margin-bottom: .25em; }
textarea { width: 100%; box-sizing: border-box; font: inherit; font-size: .95em; color: inherit; background: var(--fintone-panel);
  border: 1px solid var(--fintone-border); border-radius: 6px; padding: .6em; resize: vertical; }
textarea:focus-visible, button:focus-visible, mark:focus-visible, tr:focus-visible { outline: 3px solid var(--fintone-accent); outline-offset: 2px; }
.actions { display: flex; gap: .5em; align-items: center; flex-wrap: wrap; margin: .5em 0 1em; }
button { font: inherit; padding: .35em .9em; border-radius: 6px; border: 1px solid var(--fintone-border); background: var(--fintone-panel); color: inherit; cursor: pointer; }
button.analyze { background: var(--fintone-accent); color: var(--fintone-bg); border-color: var(--fintone-accent); font-weight: 600; }
.status { color: var(--fintone-muted); font-size: .9em; }
h2 { font-size: 1em; margin: 0 0 .5em; }
.gauge { padding: .75em 1em; border-radius: 8px; background: var(--fintone-panel); border: 1px solid var(--fintone-border); margin-bottom: 1em; }
.gauge-label { font-size: 1.4em; font-weight: 700; }
.gauge.pos .gauge-label { color: rgb(var(--fintone-pos)); }
.gauge.neg .gauge-label { color: rgb(var(--fintone-neg)); }
.meter { position: relative; height: 10px; border-radius: 5px; margin: .5em 0 .25em;
  background: linear-gradient(90deg, rgb(var(--fintone-neg)), var(--fintone-border) 50%, rgb(var(--fintone-pos))); }
.needle { position: absolute; top: -5px; width: 4px; height: 20px; margin-left: -2px; background: var(--fintone-fg); border-radius: 2px; }
.scale { display: flex; justify-content: space-between; font-size: .8em; color: var(--fintone-muted); }
.article { white-space: pre-wrap; font-size: 1em; padding: .75em 4.5em .75em 1em; background: var(--fintone-panel);
  border-radius: 8px; border: 1px solid var(--fintone-border); max-height: 32em; overflow: auto; }
/* Room above the first line, so a focused phrase's tooltip is not clipped by the scroll box. */
.article { padding-top: 1.6em; }
/* Long articles come in chunks the browser lays out only when in view; a chunk being hovered
   or holding focus is laid out normally, so a phrase's tooltip is not clipped at its edge. */
.chunk { content-visibility: auto; contain-intrinsic-size: auto 40em; }
.chunk:hover, .chunk:focus-within { content-visibility: visible; }
.sentence { position: relative; }
.sentence:hover { background: rgb(127 127 127 / .12); }
.sent-score { font-size: .72em; font-weight: 600; margin-left: .3em; padding: 0 .3em; border-radius: 4px; border: 1px solid currentColor; white-space: nowrap; vertical-align: 1px; }
.sent-score.pos { color: rgb(var(--fintone-pos)); } .sent-score.neg { color: rgb(var(--fintone-neg)); }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
mark.phrase { position: relative; cursor: help; text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.s1 { --strength: .1; } mark.s2 { --strength: .3; } mark.s3 { --strength: .5; } mark.s4 { --strength: .7; } mark.s5 { --strength: .9; }
mark.phrase.pos { background: rgb(var(--fintone-pos) / calc(.12 + .35 * var(--strength, .5))); text-decoration: underline solid rgb(var(--fintone-pos)); }
mark.phrase.neg { background: rgb(var(--fintone-neg) / calc(.12 + .35 * var(--strength, .5))); text-decoration: underline wavy rgb(var(--fintone-neg)); }
mark.phrase.neu { background: rgb(127 127 127 / .2); text-decoration: underline dotted; }
mark.phrase.pos::before { content: "▲"; font-size: .6em; vertical-align: super; color: rgb(var(--fintone-pos)); }
mark.phrase.neg::before { content: "▼"; font-size: .6em; vertical-align: super; color: rgb(var(--fintone-neg)); }
mark .tip { display: none; position: absolute; left: 0; bottom: 100%; z-index: 2; white-space: nowrap; font-size: .8em; font-weight: 600;
  background: var(--fintone-fg); color: var(--fintone-bg); padding: .2em .5em; border-radius: 4px; text-decoration: none; }
mark.phrase:hover .tip, mark.phrase:focus .tip { display: block; }
mark.figure { background: transparent; border: 1px dashed var(--fintone-figure); color: var(--fintone-figure); font-weight: 600; }
mark.mention { background: transparent; font-weight: 700; border-bottom: 2px solid transparent; }
mark.mention.active { background: rgb(255 200 0 / .45); border-bottom-color: var(--fintone-accent); }
.tables { display: grid; grid-template-columns: 1fr; gap: 1em; margin-top: 1em; }
.table-box { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
caption { text-align: left; font-weight: 700; padding-bottom: .35em; }
th, td { text-align: left; padding: .3em .5em; border-bottom: 1px solid var(--fintone-border); vertical-align: top; }
thead th { color: var(--fintone-muted); font-weight: 600; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
td.pos { color: rgb(var(--fintone-pos)); } td.neg { color: rgb(var(--fintone-neg)); }
table.tickers tbody tr { cursor: pointer; }
table.tickers tbody tr:hover, tr.selected { background: rgb(127 127 127 / .12); }
.bar { display: inline-block; width: 5em; height: .5em; background: var(--fintone-border); border-radius: 4px; vertical-align: middle; overflow: hidden; }
.bar-fill { display: block; height: 100%; background: var(--fintone-accent); }
button.more { margin-top: .5em; }
.empty { color: var(--fintone-muted); font-size: .9em; margin: .25em 0; }
`;
