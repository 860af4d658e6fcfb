// The engines the peer benchmark compares, each loaded as a user would load it and wrapped as
// `text -> score` so the bench treats them alike. `load()` does all the one-time work (import,
// init, building an analyser); `score(result)` pulls one number out of a result so the bench
// can check each engine really produced something.
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/**
 * @typedef {{ name: string, label: string, load: () => Promise<(text: string) => unknown>,
 *             score: (r: any) => number }} Engine
 */

/** @type {Engine[]} */
export const ENGINES = [
  {
    name: "fintone",
    label: "fintone analyze (full)",
    load: async () => {
      const { init, analyze } = await import("fintone");
      await init();
      return (text) => analyze(text);
    },
    score: (r) => r.overall.score,
  },
  {
    name: "fintone-sentiment",
    label: "fintone sentiment-only",
    load: async () => {
      const { init, Analyzer } = await import("fintone");
      // As a sentiment-only page loads it: init() warms up only what these options need
      // (no company table).
      const options = { tickers: false, figures: false, phrases: false, sentences: false };
      await init(undefined, { warmUp: options });
      const a = new Analyzer(options);
      return (text) => a.analyze(text);
    },
    score: (r) => r.overall.score,
  },
  {
    // The slim build: the same full analysis without the company table, built for size
    // (opt-level "z"). Its MB/s is the price of its bytes.
    name: "fintone-slim",
    label: "fintone/slim (full)",
    load: async () => {
      const { init, analyze } = await import("fintone/slim");
      await init();
      return (text) => analyze(text);
    },
    score: (r) => r.overall.score,
  },
  {
    // AFINN-165 word list, one score per token, with a negation flip of the next word.
    name: "sentiment",
    label: "sentiment 5 (AFINN)",
    load: async () => {
      const { default: Sentiment } = await import("sentiment");
      const s = new Sentiment();
      return (text) => s.analyze(text);
    },
    score: (r) => r.comparative,
  },
  {
    // The whole article in one call, as a peer swapping engines would call it. VADER is
    // designed for sentences (its compound score saturates on long texts), but splitting
    // first is the caller's job and the split would be ours, not the package's.
    name: "vader",
    label: "vader-sentiment 1.1.3",
    load: async () => {
      const { default: vader } = await import("vader-sentiment");
      return (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text);
    },
    score: (r) => r.compound,
  },
];

/**
 * fintone's streamed analysis of one long text (`analyzeStream`), each part's lists dropped
 * as they come, as a job writing them out would. Measured for memory on the 10 MB text only
 * (not one of the peer rounds' engines: on an article it is `analyze` plus a split).
 * @type {Engine}
 */
export const STREAM = {
  name: "fintone-stream",
  label: "fintone analyzeStream (full)",
  load: async () => {
    const { init, Analyzer } = await import("fintone");
    await init();
    const a = new Analyzer();
    return (text) => {
      let phrases = 0;
      const summary = a.analyzeStream(text, (part) => {
        phrases += part.phrases.length;
      });
      return { ...summary, phrases };
    };
  },
  score: (r) => r.overall.score,
};

export const byName = (name) => {
  const e = [...ENGINES, STREAM].find((x) => x.name === name);
  if (!e) throw new Error(`unknown engine ${name}: ${[...ENGINES, STREAM].map((x) => x.name).join(", ")}`);
  return e;
};

/**
 * What each engine ships, gzipped (-9): for fintone the .wasm (the JS glue is a few KB more),
 * and the slim build's (pkg/slim/) when it is built; for a peer, the files Node loads when
 * it is required (read from require.cache), concatenated as a bundler would, so unused files
 * in the package (tests, raw data) do not count.
 * @returns {Record<string, { files: number, raw: number, gzip: number }>}
 */
export function shippedSizes() {
  const gz = (buf) => gzipSync(buf, { level: 9 }).length;
  const out = {};
  const wasm = readFileSync(new URL("../pkg/fintone_bg.wasm", import.meta.url));
  out.fintone = { files: 1, raw: wasm.length, gzip: gz(wasm) };
  const slim = new URL("../pkg/slim/fintone_bg.wasm", import.meta.url);
  if (existsSync(slim)) {
    const buf = readFileSync(slim);
    out.fintoneSlim = { files: 1, raw: buf.length, gzip: gz(buf) };
  }
  const require = createRequire(import.meta.url);
  for (const [name, pkg] of [["sentiment", "sentiment"], ["vader", "vader-sentiment"]]) {
    require(pkg);
    const dir = `/node_modules/${pkg}/`;
    const files = Object.keys(require.cache).filter((f) => f.includes(dir));
    if (!files.length) throw new Error(`${pkg}: no file in require.cache`);
    const buf = Buffer.concat(files.map((f) => readFileSync(f)));
    out[name] = { files: files.length, raw: buf.length, gzip: gz(buf) };
  }
  return out;
}
