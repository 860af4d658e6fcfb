// The peer bench's child processes: each measures one thing in a fresh Node, so no engine's
// memory or JIT state leaks into another's figure. Prints one JSON line.
//
//   node benches/child.mjs cold ENGINE
//       process start -> first result (performance.now() counts from process start), and
//       import of the engine's package -> first result.
//   node --expose-gc benches/child.mjs memory ENGINE|none corpus|text BYTES
//       peak RSS (getrusage maxRSS) after analysing the corpus of BYTES article by article
//       ("corpus"), or one text of BYTES joined from it ("text"). "none" builds the same
//       input and runs no engine: the baseline.
//   node benches/child.mjs scaling BYTES ROUNDS CORPUS TEXTS
//       fintone's MB/s (wall and CPU) at one input size, after a warm-up at that size.
const [mode, name, source, bytesArg] = process.argv.slice(2);

if (mode === "cold") {
  // The harness (engines.mjs and the node: modules it uses for sizes) is loaded first: it is
  // not part of any engine's start-up. load() then imports the engine's package.
  const { byName } = await import("./engines.mjs");
  const engine = byName(name);
  const t0 = performance.now();
  const run = await engine.load();
  const t1 = performance.now();
  const r = run("Revenue rose 12% and losses narrowed, but the outlook was weak.");
  const t2 = performance.now();
  if (!Number.isFinite(engine.score(r))) throw new Error(`${name}: no score`);
  console.log(JSON.stringify({ processStartToResult: t2, importToResult: t2 - t0, load: t1 - t0, first: t2 - t1 }));
} else if (mode === "memory") {
  const { corpus, joined } = await import("./corpus.mjs");
  const bytes = Number(bytesArg);
  const articles = corpus(source === "corpus" ? bytes : Math.min(bytes, 5_000_000));
  const texts = source === "corpus" ? articles : [joined(articles, bytes)];
  const inputBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let run = (t) => t.length;
  let score = (r) => r;
  if (name !== "none") {
    const { byName } = await import("./engines.mjs");
    const engine = byName(name);
    run = await engine.load();
    score = engine.score;
    score(run("Revenue rose 12%.")); // one-time set-up is part of the baseline
  }
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let sink = 0;
  // Results are dropped as they come, as a batch job that writes them out would.
  for (const t of texts) sink += score(run(t));
  if (!Number.isFinite(sink)) throw new Error(`${name}: no score`);
  const peak = process.resourceUsage().maxRSS * 1024;
  let wasmMemory = null;
  if (name.startsWith("fintone")) {
    // Already initialised: the glue hands back the module's exports, and with them its memory.
    const { default: glue } = await import(name === "fintone-slim" ? "../pkg/slim/fintone.js" : "../pkg/fintone.js");
    wasmMemory = (await glue()).memory.buffer.byteLength;
  }
  console.log(JSON.stringify({ inputBytes, rssBefore, peak, wasmMemory }));
} else if (mode === "scaling") {
  // fintone's full analysis at one input size: TEXTS texts of BYTES joined from the corpus
  // (of CORPUS bytes) when BYTES is under 1 MB, else one text; a warm-up at that size, then
  // ROUNDS timed passes, wall clock and this process's CPU time.
  const [bytes, rounds, corpusBytes, small] = [name, source, bytesArg, process.argv[6]].map(Number);
  const { corpus, joined, bytesOf } = await import("./corpus.mjs");
  const articles = corpus(corpusBytes);
  const texts =
    bytes < 1_000_000
      ? Array.from({ length: small }, (_, k) => joined(articles, bytes, Math.floor((k * articles.length) / small)))
      : [joined(articles, bytes)];
  const { byName } = await import("./engines.mjs");
  const engine = byName("fintone");
  const run = await engine.load();
  // Warm-up: at least 3 MB at this size (the JIT's tiers, and V8's heap sized for results of
  // this size: after a single 1 MB call the next rounds still ran at half speed).
  const total = bytesOf(texts);
  let sink = 0;
  for (let warm = 0; warm < 3_000_000; warm += total) {
    for (const t of texts) sink += engine.score(run(t));
  }
  const MB = 1 << 20;
  const mbps = [];
  const cpuMbps = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const t of texts) sink += engine.score(run(t));
    mbps.push(total / MB / ((performance.now() - t0) / 1e3));
    const c = process.cpuUsage(c0);
    cpuMbps.push(total / MB / ((c.user + c.system) / 1e6));
  }
  if (!Number.isFinite(sink)) throw new Error("fintone: no score");
  // `bytes`: the mean text size (`joined` stops before a text would pass BYTES).
  console.log(JSON.stringify({ bytes: Math.round(total / texts.length), texts: texts.length, mbps, cpuMbps }));
} else {
  throw new Error("usage: child.mjs cold ENGINE | memory ENGINE|none corpus|text BYTES | scaling BYTES ROUNDS CORPUS TEXTS");
}
