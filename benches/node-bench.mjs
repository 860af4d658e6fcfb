// `npm run bench`: fintone in Node through the package.
//   - latency of a 10 KB article after init (target < 2 ms): first call, then the median
//     and p95 of many calls, for analyze() and a reused Analyzer;
//   - cold start, import to first result, in a fresh process each time (target < 30 ms):
//     median of several runs.
// `--json` prints the figures as JSON.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const json = process.argv.includes("--json");

if (process.argv[2] === "--cold") {
  // Child: time from the start of the import to the first result.
  const t0 = performance.now();
  const { init, analyze } = await import("fintone");
  const t1 = performance.now();
  await init();
  const t2 = performance.now();
  const r = analyze("Revenue rose 12% and losses narrowed.");
  const ms = performance.now() - t0;
  if (!r.phrases.length) throw new Error("no result");
  console.log(JSON.stringify({ ms, import: t1 - t0, init: t2 - t1, first: ms - (t2 - t0), sinceProcessStart: performance.now() }));
  process.exit(0);
}

const { init, analyze, Analyzer } = await import("fintone");
await init();

const sample = readFileSync(new URL("../samples/article.txt", import.meta.url), "utf8");
// A 10 KB article: the sample, repeated with varied numbers so no two paragraphs are equal.
let article = "";
for (let i = 0; article.length < 10 * 1024; i++) article += sample.replace(/\d+/g, (d) => String(Number(d) + i)) + "\n\n";
article = article.slice(0, 10 * 1024);

function stats(fn, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[n >> 1], p95: times[Math.floor(n * 0.95)], min: times[0] };
}

const t0 = performance.now();
const first = analyze(article);
const firstMs = performance.now() - t0;
const a = new Analyzer();
stats(() => analyze(article), 200); // warm up
const viaAnalyze = stats(() => analyze(article), 2000);
const viaAnalyzer = stats(() => a.analyze(article), 2000);
const sentimentOnly = new Analyzer({ tickers: false, figures: false, phrases: false, sentences: false });
const lean = stats(() => sentimentOnly.analyze(article), 2000);
const mbps = (article.length / 1e6) / (viaAnalyzer.median / 1e3);

function coldStart(flags) {
  const runs = [];
  for (let i = 0; i < 9; i++) {
    const out = execFileSync(process.execPath, [...flags, new URL(import.meta.url).pathname, "--cold"], { encoding: "utf8" });
    runs.push(JSON.parse(out));
  }
  return runs.sort((x, y) => x.ms - y.ms);
}
const cold = coldStart([]);
const coldMedian = cold[cold.length >> 1];
const median = (k) => cold.map((c) => c[k]).sort((x, y) => x - y)[cold.length >> 1];

const wasm = readFileSync(new URL("../pkg/fintone_bg.wasm", import.meta.url));
const { gzipSync } = await import("node:zlib");
const report = {
  article: { bytes: Buffer.byteLength(article), phrases: first.phrases.length, sentences: first.sentences.length },
  firstCallMs: firstMs,
  analyzeMs: viaAnalyze,
  analyzerMs: viaAnalyzer,
  sentimentOnlyMs: lean,
  throughputMBps: mbps,
  coldStartMs: { median: coldMedian.ms, min: cold[0].ms, max: cold.at(-1).ms, processStartToResult: coldMedian.sinceProcessStart },
  coldStartPartsMs: { import: median("import"), init: median("init"), first: median("first") },
  wasmBytes: { raw: wasm.length, gzip: gzipSync(wasm, { level: 9 }).length },
};

if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const f = (x) => x.toFixed(3);
  console.log(`fintone ${process.version} — 10 KB article (${report.article.bytes} bytes, ${report.article.sentences} sentences, ${report.article.phrases} phrases)`);
  console.log(`  first call after init     ${f(firstMs)} ms`);
  console.log(`  analyze(text)             median ${f(viaAnalyze.median)} ms, p95 ${f(viaAnalyze.p95)} ms   (target < 2 ms)`);
  console.log(`  Analyzer.analyze(text)    median ${f(viaAnalyzer.median)} ms, p95 ${f(viaAnalyzer.p95)} ms  (${mbps.toFixed(1)} MB/s)`);
  console.log(`  sentiment only            median ${f(lean.median)} ms`);
  console.log(`  cold start import→result  median ${f(coldMedian.ms)} ms (min ${f(cold[0].ms)}, max ${f(cold.at(-1).ms)}; ${cold.length} processes)  (target < 30 ms)`);
  console.log(`                            process start→result median ${f(coldMedian.sinceProcessStart)} ms`);
  // init() includes building the default analyser (lexicon automaton): most of the time,
  // since that build runs in V8's baseline (Liftoff) code on a cold start.
  console.log(`                            of which import ${f(median("import"))}, init ${f(median("init"))} (incl. lexicon build), first analyze ${f(median("first"))} ms`);
  console.log(`  .wasm                     ${report.wasmBytes.raw} bytes raw, ${report.wasmBytes.gzip} bytes gzip -9`);
}
