// UTF-16 offsets at the boundary: emoji, accents, CJK, combining marks, lone surrogates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { init, analyze, Analyzer } from "fintone";
import { assertSpans } from "./helpers.js";
import { corpus } from "./corpus.js";

await init();

test("text.slice(start, end) === span.text with emoji and accents", () => {
  const texts = [
    "📈📈 Revenue rose 12% 🚀 while losses narrowed. Café résumé: shares plunged 😱.",
    "Société Générale's profit soared; Nestlé's costs fell. 👨‍👩‍👧‍👦 Déjà vu: revenue rose.",
    "日本語のテキスト。Revenue rose strongly 🎉. Ｆｕｌｌｗｉｄｔｈ shares plunged.",
    "e\u0301e\u0301 combining marks: revenue rose; 🏳️‍🌈 costs fell; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 profit jumped.",
  ];
  let spans = 0;
  for (const t of texts) spans += assertSpans(t, analyze(t, { target: "shares" }));
  for (const { text, target } of corpus(240)) spans += assertSpans(text, analyze(text, { target }));
  assert.ok(spans > 300, `only ${spans} spans checked`);
});

test("lone surrogates count as one unit each and do not shift later offsets", () => {
  const a = new Analyzer({ target: "Acme" });
  for (const s of ["\uD800", "\uDC00", "\uDBFF", "\uDFFF", "\uD800\uD800", "\uDC00\uD800"]) {
    const text = `x${s} Acme ${s}revenue rose 5% and ${s}shares plunged ${s}. 📈${s}`;
    const r = a.analyze(text);
    assert.ok(r.phrases.length >= 2, JSON.stringify(r.phrases));
    assertSpans(text, r);
    // The same text with U+FFFD in place of each lone surrogate gives the same offsets.
    const clean = text.replace(/[\uD800-\uDFFF]/g, (c, i) => (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text.slice(i, i + 2)) || /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text.slice(i - 1, i + 1)) ? c : "\uFFFD"));
    assert.deepEqual(
      r.phrases.map((p) => [p.start, p.end]),
      a.analyze(clean).phrases.map((p) => [p.start, p.end]),
    );
  }
  // Only surrogates, and the empty string.
  assert.equal(analyze("\uD800".repeat(1000)).overall.score, 0);
  assert.equal(analyze("").overall.score, 0);
});
