// A consumer that touches every field of the package's types; `tsc --noEmit` must accept it
// (run by tests/js/types.test.js). Change it with the types.
import { init, analyze, analyzeStream, Analyzer, partEnd, PART_UNITS, version } from "fintone";
import type { Analysis, Figure, FigureKind, InitInput, InitSettings, Options, Part, Rule, StreamSummary, TickerScore } from "fintone";

const inputs: InitInput[] = [
  "/fintone_bg.wasm",
  new URL("https://example.invalid/fintone_bg.wasm"),
  new Uint8Array(8),
  new ArrayBuffer(8),
  new Response(null),
  fetch("/fintone_bg.wasm"),
];
void inputs;

await init();
const warmUps: InitSettings[] = [{}, { warmUp: true }, { warmUp: false }, { warmUp: { tickers: false, figures: false } }];
for (const settings of warmUps) await init(undefined, settings);
// @ts-expect-error warmUp takes options or a boolean, not a string
await init(undefined, { warmUp: "tickers" });
const v: string = version();

const options: Required<Options> = {
  labels: ["very bad", "bad", "meh", "good", "very good"],
  thresholds: { neutral: 0.1, strong: 0.4 },
  lexicon: [{ phrase: "sold out", score: 0.6 }],
  sentences: true,
  phrases: true,
  tickers: true,
  figures: true,
  target: "Acme",
  universe: [{ symbol: "ACME", name: "Acme Robotics", aliases: ["Acme"] }, { symbol: "GLBX", name: "Globex" }],
  replaceDefault: false,
  maxInputBytes: 1 << 20,
};

using a = new Analyzer(options);
const r: Analysis = a.analyze("Acme sold out.");
const r2: Analysis = analyze("text", { figures: false });
const r3: Analysis = analyze("text");
void [r2, r3, v];

let n = 0;
const s: string = r.overall.label + r.overall.score.toFixed(2);
for (const x of r.sentences) n += x.start + x.end + x.score + x.label.length;
for (const p of r.phrases) {
  const rule: Rule = p.rule;
  n += p.start + p.end + p.score + p.sentence + p.text.length + rule.length;
}
const ticker = (t: TickerScore) => {
  n += t.relevance + t.score + t.symbol.length + t.name.length + t.label.length;
  for (const m of t.mentions) n += m.start + m.end + m.text.length;
};
r.tickers.forEach(ticker);
const figure = (f: Figure) => {
  const kind: FigureKind = f.kind;
  n += f.start + f.end + f.value + f.text.length + kind.length;
  n += (f.currency?.length ?? 0) + (f.per?.length ?? 0) + (f.unit?.length ?? 0);
  n += (f.low ?? 0) + (f.high ?? 0) + (f.previous ?? 0);
  n += (f.metric?.length ?? 0) + (f.period?.length ?? 0) + (f.periodStart ?? 0) + (f.periodEnd ?? 0);
  if (f.change) n += f.change.value + f.change.direction.length + f.change.unit.length + (f.change.basis?.length ?? 0);
};
r.figures.forEach(figure);
if (r.target) {
  n += r.target.score + r.target.name.length + r.target.label.length;
  for (const m of r.target.mentions) n += m.start + m.end + m.text.length;
}
// A long text in parts.
const onPart = (p: Part) => {
  n += p.start + p.end + p.sentences.length + p.phrases.length;
  p.figures.forEach(figure);
};
const summary: StreamSummary = a.analyzeStream("Acme sold out.\n", onPart);
const summary2: StreamSummary = analyzeStream("text", onPart, { target: "Acme" });
n += summary.overall.score + summary.sentenceCount + summary.parts + (summary2.target?.score ?? 0);
summary.tickers.forEach(ticker);
n += partEnd("text", 0) + partEnd("text", 0, 16) + PART_UNITS;
console.log(s, n);

// Wrong uses must not type-check.
// @ts-expect-error text must be a string
analyze(42);
// @ts-expect-error unknown option
analyze("x", { sentense: false });
// @ts-expect-error five labels
new Analyzer({ labels: ["a", "b"] });
// @ts-expect-error onPart is required
a.analyzeStream("x");
// @ts-expect-error optional field
const t: string = r.target.name;
void t;

// The slim build has the same API and types.
import * as slim from "fintone/slim";
await slim.init();
const slimResult: Analysis = new slim.Analyzer({ universe: [{ symbol: "ACME", name: "Acme Robotics" }] }).analyze("Acme rose.");
const slimScore: number = slim.analyze("Acme rose.").overall.score + slimResult.overall.score;
void slimScore;
