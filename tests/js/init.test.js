// init() inputs and failures, each in a fresh module instance (a child process), since a
// module initialises once per process.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

const root = new URL("../../", import.meta.url);
function run(code) {
  return execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" }).trim();
}
const ok = `const r = analyze("Revenue rose."); console.log(r.phrases[0].text);`;

test("init() with bytes, a WebAssembly.Module, a file URL, a path and a Response", () => {
  const pre = `import { init, analyze } from "fintone"; import { readFileSync } from "node:fs"; const file = new URL("file://${new URL("pkg/fintone_bg.wasm", root).pathname}");`;
  for (const input of [
    "readFileSync(file)",
    "new Uint8Array(readFileSync(file)).buffer",
    "new WebAssembly.Module(readFileSync(file))",
    "file",
    "file.pathname",
    "new Response(readFileSync(file), { headers: { 'content-type': 'application/wasm' } })",
    "Promise.resolve(new Response(readFileSync(file)))",
  ]) {
    assert.equal(run(`${pre} await init(${input}); ${ok}`), "Revenue rose", input);
  }
});

test("a failed init gives a clear Error, later calls say init failed, and a retry works", () => {
  const out = run(`
    import { init, analyze } from "fintone";
    try { await init(new Uint8Array([0, 1, 2, 3])); console.log("no error"); } catch (e) { console.log("init:", e.message); }
    try { analyze("x"); } catch (e) { console.log("analyze:", e.message); }
    await init();
    ${ok}`);
  const [first, second, third] = out.split("\n");
  assert.match(first, /^init: fintone: init\(\) could not load the WebAssembly module/);
  assert.match(second, /^analyze: fintone: init\(\) failed .*call `await init\(\)` again/);
  assert.equal(third, "Revenue rose");
});

test("analyze while init is still loading says to await it", () => {
  const out = run(`
    import { init, analyze } from "fintone";
    const p = init();
    try { analyze("x"); } catch (e) { console.log(e.message); }
    await p; ${ok}`);
  assert.match(out, /has not finished yet; `await init\(\)`/);
  assert.match(out, /Revenue rose$/);
});

test("the browser entry with no argument fetches the .wasm beside the module", () => {
  // Node's fetch cannot read file: URLs, so serve it with a tiny fetch stand-in.
  const out = run(`
    import { readFile } from "node:fs/promises";
    globalThis.fetch = async (u) => new Response(await readFile(new URL(String(u))), { headers: { "content-type": "application/wasm" } });
    const { init, analyze } = await import("./js/index.js");
    await init(); ${ok}`);
  assert.equal(out, "Revenue rose");
});

// The module's linear memory, caught as the glue instantiates it: the company table is
// the largest thing init() builds, and what `warmUp: { tickers: false }` leaves out.
const catchMemory = `
  let memory;
  const Instance = WebAssembly.Instance;
  WebAssembly.Instance = function (m, i) { const x = new Instance(m, i); memory = x.exports.memory; return x; };
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...a) => { const r = await instantiate(...a); memory = (r.instance ?? r).exports.memory; return r; };
  const { init, analyze, Analyzer } = await import("fintone");`;

test("init() warms up what the page's options need: the company index only with tickers on", () => {
  const memoryAfter = (settings) =>
    Number(run(`${catchMemory} await init(undefined, ${settings}); console.log(memory.buffer.byteLength);`));
  const byDefault = memoryAfter("undefined");
  assert.equal(memoryAfter("{ warmUp: true }"), byDefault);
  assert.equal(memoryAfter("{ warmUp: {} }"), byDefault);
  const sentimentOnly = memoryAfter("{ warmUp: { tickers: false, figures: false } }");
  const nothing = memoryAfter("{ warmUp: false }");
  // The company table takes over a megabyte of the module's memory once loaded.
  assert.ok(byDefault - sentimentOnly >= 1 << 20, `default ${byDefault} B, sentiment-only ${sentimentOnly} B`);
  assert.ok(nothing <= sentimentOnly, `nothing ${nothing} B, sentiment-only ${sentimentOnly} B`);
});

test("after any warm-up, every analysis works: what was not built is built on first use", () => {
  for (const settings of ["{ warmUp: false }", "{ warmUp: { tickers: false, figures: false } }", "{ warmUp: { sentences: false } }"]) {
    const out = run(`
      import { init, analyze, Analyzer } from "fintone";
      await init(undefined, ${settings});
      const so = analyze("Revenue rose at Apple Inc.", { tickers: false, figures: false });
      const full = new Analyzer().analyze("Revenue rose 5% at Apple Inc.");
      console.log(so.phrases[0].text, so.tickers.length, full.tickers[0].symbol, full.figures[0].text);`);
    assert.equal(out, "Revenue rose 0 AAPL 5%", settings);
  }
});

test("bad init() settings reject with an Error naming them; the module loads all the same", () => {
  const out = run(`
    import { init, analyze } from "fintone";
    for (const s of ["5", "{ warmup: {} }", "{ warmUp: 3 }", "{ warmUp: [] }", "{ warmUp: { tickers: 'yes' } }"]) {
      try { await init(undefined, eval("(" + s + ")")); console.log("no error"); } catch (e) { console.log(e.name + ": " + e.message); }
    }
    ${ok}`);
  const lines = out.split("\n");
  assert.match(lines[0], /^TypeError: fintone: init\(input, settings\): settings must be an object/);
  assert.match(lines[1], /^TypeError: .*unknown setting `warmup` \(known: warmUp\)/);
  assert.match(lines[2], /^TypeError: .*warmUp must be a boolean or the options .*got number/);
  assert.match(lines[3], /^TypeError: .*warmUp must be .*got an array/);
  assert.match(lines[4], /^Error: fintone: init\(\): warmUp: invalid option `tickers`/);
  assert.equal(lines[5], "Revenue rose");
});

test("calls waiting on one load each get their own warm-up's outcome", () => {
  const out = run(`
    import { init, analyze } from "fintone";
    const results = await Promise.allSettled([init(), init(undefined, { warmUp: { thresholds: { neutral: 2 } } }), init(undefined, { warmUp: false })]);
    console.log(results.map((r) => r.status).join(" "));
    ${ok}`);
  const [statuses, text] = out.split("\n");
  assert.equal(statuses, "fulfilled rejected fulfilled");
  assert.equal(text, "Revenue rose");
});
