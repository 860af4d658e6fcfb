// Shared checks for the JS tests.
import assert from "node:assert/strict";

/** Every span of an analysis indexes `text` exactly, in UTF-16 code units. */
export function assertSpans(text, a) {
  const spans = [
    ...a.phrases.map((p) => ["phrase", p]),
    ...a.figures.map((f) => ["figure", f]),
    ...a.tickers.flatMap((t) => t.mentions.map((m) => ["mention", m])),
    ...(a.target ? a.target.mentions.map((m) => ["target mention", m]) : []),
  ];
  for (const [what, s] of spans) {
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${what} in bounds`);
    assert.equal(text.slice(s.start, s.end), s.text, `${what} ${s.start}..${s.end}`);
  }
  for (const s of a.sentences) {
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, "sentence in bounds");
  }
  return spans.length;
}
