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

for (const [name, size] of [["1 MB", 1 << 20], ["10 MB", 10 << 20], ["16 MB", 16 << 20]]) {
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

test("over the 32 MiB default limit: a clear Error naming maxInputBytes, and the module goes on", () => {
  // Built from a short unit so that the test does not itself hold much more than the input.
  const text = repeatTo((32 << 20) + 1, "Revenue rose. ");
  assert.throws(() => analyze(text), /over the limit of 33554432 bytes.*maxInputBytes/);
  assert.match(analyze("Revenue rose sharply.").overall.label, /positive/);
});
