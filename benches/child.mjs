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
} else {
  throw new Error("usage: child.mjs cold ENGINE | memory ENGINE|none corpus|text BYTES");
}
