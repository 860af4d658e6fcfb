// Repeated calls do not leak: after a warm-up, 10,000 more calls leave the wasm linear memory
// and the JS heap where they were. In its own file (own process) so that no large input has
// grown the memory beforehand and hidden a leak.
import { test } from "node:test";
import assert from "node:assert/strict";
import { init, analyze, Analyzer } from "fintone";
import initGlue from "../../pkg/fintone.js";
import { article } from "./corpus.js";

await init();
// Already initialised: the glue hands back the module's exports, and with them its memory.
const wasm = await initGlue();

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
