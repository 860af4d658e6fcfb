// The widget's stylesheet, adopted as a constructed CSSStyleSheet (CSP-safe). Theme it from
// outside with the --fintone-* custom properties; `theme="dark"` switches the defaults.
export const css = `
:host {
  --fintone-bg: #ffffff; --fintone-fg: #1b1f24; --fintone-muted: #5b6470; --fintone-border: #d5dae1;
  --fintone-panel: #f6f8fa; --fintone-accent: #1f5fbf;
  --fintone-pos: 22 130 70; --fintone-neg: 196 40 40; --fintone-figure: #6b3fa0;
  --fintone-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  display: block; color: var(--fintone-fg); background: var(--fintone-bg); font-family: var(--fintone-font);
  line-height: 1.5; border: 1px solid var(--fintone-border); border-radius: 10px; padding: 1rem 1.25rem;
}
:host([theme="dark"]) {
  --fintone-bg: #15191e; --fintone-fg: #e6e9ee; --fintone-muted: #a3acb8; --fintone-border: #39414b;
  --fintone-panel: #1e242b; --fintone-accent: #7fb0ff; --fintone-pos: 88 200 130; --fintone-neg: 255 120 120; --fintone-figure: #c9a6ff;
}
label { font-weight: 600; display: block; margin-bottom: .25rem; }
textarea { width: 100%; box-sizing: border-box; font: inherit; font-size: .95rem; color: inherit; background: var(--fintone-panel);
  border: 1px solid var(--fintone-border); border-radius: 6px; padding: .6rem; resize: vertical; }
textarea:focus-visible, button:focus-visible, mark:focus-visible, tr:focus-visible { outline: 3px solid var(--fintone-accent); outline-offset: 2px; }
.actions { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; margin: .5rem 0 1rem; }
button { font: inherit; padding: .35rem .9rem; border-radius: 6px; border: 1px solid var(--fintone-border); background: var(--fintone-panel); color: inherit; cursor: pointer; }
button.analyze { background: var(--fintone-accent); color: var(--fintone-bg); border-color: var(--fintone-accent); font-weight: 600; }
.status { color: var(--fintone-muted); font-size: .9rem; }
h2 { font-size: 1rem; margin: 0 0 .5rem; }
.gauge { padding: .75rem 1rem; border-radius: 8px; background: var(--fintone-panel); border: 1px solid var(--fintone-border); margin-bottom: 1rem; }
.gauge-label { font-size: 1.4rem; font-weight: 700; }
.gauge.pos .gauge-label { color: rgb(var(--fintone-pos)); }
.gauge.neg .gauge-label { color: rgb(var(--fintone-neg)); }
.meter { position: relative; height: 10px; border-radius: 5px; margin: .5rem 0 .25rem;
  background: linear-gradient(90deg, rgb(var(--fintone-neg)), var(--fintone-border) 50%, rgb(var(--fintone-pos))); }
.needle { position: absolute; top: -5px; width: 4px; height: 20px; margin-left: -2px; background: var(--fintone-fg); border-radius: 2px; }
.scale { display: flex; justify-content: space-between; font-size: .8rem; color: var(--fintone-muted); }
.article { white-space: pre-wrap; font-size: 1rem; padding: .75rem 4.5rem .75rem 1rem; background: var(--fintone-panel);
  border-radius: 8px; border: 1px solid var(--fintone-border); max-height: 32rem; overflow: auto; }
/* Room above the first line, so a focused phrase's tooltip is not clipped by the scroll box. */
.article { padding-top: 1.6rem; }
.sentence { position: relative; }
.sentence:hover { background: rgb(127 127 127 / .12); }
.sent-score { font-size: .72rem; font-weight: 600; margin-left: .3rem; padding: 0 .3rem; border-radius: 4px; border: 1px solid currentColor; white-space: nowrap; vertical-align: 1px; }
.sent-score.pos { color: rgb(var(--fintone-pos)); } .sent-score.neg { color: rgb(var(--fintone-neg)); }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
mark.phrase { position: relative; cursor: help; text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.phrase.pos { background: rgb(var(--fintone-pos) / calc(.12 + .35 * var(--strength, .5))); text-decoration: underline solid rgb(var(--fintone-pos)); }
mark.phrase.neg { background: rgb(var(--fintone-neg) / calc(.12 + .35 * var(--strength, .5))); text-decoration: underline wavy rgb(var(--fintone-neg)); }
mark.phrase.neu { background: rgb(127 127 127 / .2); text-decoration: underline dotted; }
mark.phrase.pos::before { content: "▲"; font-size: .6em; vertical-align: super; color: rgb(var(--fintone-pos)); }
mark.phrase.neg::before { content: "▼"; font-size: .6em; vertical-align: super; color: rgb(var(--fintone-neg)); }
mark .tip { display: none; position: absolute; left: 0; bottom: 100%; z-index: 2; white-space: nowrap; font-size: .8rem; font-weight: 600;
  background: var(--fintone-fg); color: var(--fintone-bg); padding: .2rem .5rem; border-radius: 4px; text-decoration: none; }
mark.phrase:hover .tip, mark.phrase:focus .tip { display: block; }
mark.figure { background: transparent; border: 1px dashed var(--fintone-figure); color: var(--fintone-figure); font-weight: 600; }
mark.mention { background: transparent; font-weight: 700; border-bottom: 2px solid transparent; }
mark.mention.active { background: rgb(255 200 0 / .45); border-bottom-color: var(--fintone-accent); }
.tables { display: grid; grid-template-columns: 1fr; gap: 1rem; margin-top: 1rem; }
.table-box { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; font-weight: 700; padding-bottom: .35rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--fintone-border); vertical-align: top; }
thead th { color: var(--fintone-muted); font-weight: 600; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
td.pos { color: rgb(var(--fintone-pos)); } td.neg { color: rgb(var(--fintone-neg)); }
table.tickers tbody tr { cursor: pointer; }
table.tickers tbody tr:hover, tr.selected { background: rgb(127 127 127 / .12); }
.bar { display: inline-block; width: 5rem; height: .5rem; background: var(--fintone-border); border-radius: 4px; vertical-align: middle; overflow: hidden; }
.bar-fill { display: block; height: 100%; background: var(--fintone-accent); }
.empty { color: var(--fintone-muted); font-size: .9rem; margin: .25rem 0; }
`;
