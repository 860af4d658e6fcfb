// Large inputs, and memory that stays flat over many calls.
import { test } from "node:test";
import assert from "node:assert/strict";
import { init, analyze, Analyzer } from "fintone";
import initGlue from "../../pkg/fintone.js";
import { article } from "./corpus.js";
import { assertSpans } from "./helpers.js";

await init();
// Already initialised: the glue hands back the module's exports, and with them its memory.
const wasm = await initGlue();

function repeatTo(bytes, unit) {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))).slice(0, bytes);
}

for (const [name, size] of [["1 MB", 1 << 20], ["10 MB", 10 << 20]]) {
  test(`a ${name} input with emoji is analysed, spans exact`, () => {
    const text = repeatTo(size, article + "\n📈 Café résumé: revenue rose 5%. 🚀\n\n");
    const t0 = performance.now();
    const r = analyze(text);
    const ms = performance.now() - t0;
    console.log(`# ${name}: ${r.sentences.length} sentences, ${r.phrases.length} phrases in ${ms.toFixed(0)} ms`);
    assert.ok(r.sentences.length > 100);
    const last = r.phrases.at(-1);
    assert.equal(text.slice(last.start, last.end), last.text);
    if (size <= 1 << 20) assertSpans(text, r);
  });
}

test("10,000 calls: wasm memory and JS heap stay flat", () => {
  const texts = [article, "Revenue rose 📈", "Shares plunged after the CEO quit.", "x".repeat(5000)];
  const a = new Analyzer({ target: "Acme" });
  const run = (n) => {
    for (let i = 0; i < n; i++) {
      const t = texts[i % texts.length];
      i % 2 ? analyze(t) : a.analyze(t);
      try { analyze(i, {}); } catch {}
    }
  };
  run(1000); // warm up: the allocator settles
  globalThis.gc?.();
  const wasmBefore = wasm.memory.buffer.byteLength;
  const heapBefore = process.memoryUsage().heapUsed;
  run(10000);
  globalThis.gc?.();
  const wasmAfter = wasm.memory.buffer.byteLength;
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`# wasm memory ${wasmBefore} -> ${wasmAfter} bytes; JS heap ${(heapBefore / 1e6).toFixed(1)} -> ${(heapAfter / 1e6).toFixed(1)} MB${globalThis.gc ? "" : " (no --expose-gc)"}`);
  assert.equal(wasmAfter, wasmBefore, "wasm linear memory grew");
  if (globalThis.gc) assert.ok(heapAfter - heapBefore < 5e6, "JS heap grew by more than 5 MB");
});
