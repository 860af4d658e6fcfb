// Large inputs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { init, analyze } from "fintone";
import { article } from "./corpus.js";
import { assertSpans } from "./helpers.js";

await init();

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
