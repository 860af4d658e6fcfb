// analyzeStream: a long text in parts. The parts add up to the whole text's analysis, cut
// where the CLI's `--stream` cuts (the same partEnd rule as src/stream.rs), and the wasm
// memory follows the part, not the text. In its own file (own process) so that no earlier
// large input has grown the wasm memory before the memory check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { init, analyze, analyzeStream, Analyzer, partEnd, PART_UNITS } from "fintone";
import initGlue from "../../pkg/fintone.js";
import { assertSpans } from "./helpers.js";
import { corpus } from "./corpus.js";

await init();
const wasm = await initGlue();

/** Every cut of `text` with parts of `units`. */
function cuts(text, units) {
  const out = [];
  for (let from = 0; from < text.length; ) {
    from = partEnd(text, from, units);
    out.push(from);
  }
  return out;
}

test("a 10 MB text streamed: the wasm memory stays far below what analyze would need", () => {
  const text = corpus(400).map((c) => c.text).join("\n\n");
  const big = `${text}\n\n`.repeat(Math.ceil(10e6 / (text.length + 2)));
  assert.ok(big.length >= 10e6);
  const before = wasm.memory.buffer.byteLength;
  let n = 0;
  const summary = analyzeStream(big, (p) => (n += p.phrases.length));
  const grown = wasm.memory.buffer.byteLength - before;
  assert.ok(summary.parts > 150 && n > 100000, `${summary.parts} parts, ${n} phrases`);
  // analyze(big) grows the wasm memory by ~190 MB (benches/README); a stream by what one
  // part needs plus the summary's ticker mentions.
  assert.ok(grown <= 16 * 2 ** 20, `wasm memory grew by ${(grown / 2 ** 20).toFixed(1)} MB`);
});

test("partEnd cuts after a line break, then a space, then anywhere, as src/stream.rs does", () => {
  // The same cases as stream::tests in Rust; positions there are bytes, here UTF-16 units.
  assert.deepEqual(cuts("ab\ncdef\ngh\nij", 4), [8, 13]);
  assert.deepEqual(cuts(`${"a".repeat(17)} ${"b".repeat(3)}`, 4), [18, 21]);
  assert.deepEqual(cuts("x".repeat(70), 4), [32, 64, 70]);
  assert.deepEqual(cuts("éé\néé\né", 2), [3, 6, 7]);
  // 16 units = 8 emoji: never between the halves of a pair.
  assert.deepEqual(cuts("😀".repeat(20), 2), [16, 32, 40]);
  assert.deepEqual(cuts("x" + "😀".repeat(20), 2), [17, 33, 41]);
  assert.deepEqual(cuts("", 4), []);
  assert.equal(PART_UNITS, 65536);
  assert.equal(partEnd("short text", 0), 10);
});

/** The rule of src/stream.rs `part_end_with`, character by character: the reference. */
function refPartEnd(text, from, units) {
  let u = 0;
  for (let i = from; i < text.length; ) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const len = pair ? 2 : 1;
    const space = c === 10 || c === 32 || c === 9 || c === 13;
    if ((c === 10 && u >= units) || (space && u >= 4 * units) || u + len >= 8 * units) return i + len;
    u += len;
    i += len;
  }
  return text.length;
}

test("partEnd agrees with the rule spelled out character by character, on random text", () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pieces = ["a", "bc", " ", "\n", "\t", "\r", "😀", "é", "\uD800", "\uDC00", "日本", "word "];
  for (let k = 0; k < 300; k++) {
    let text = "";
    const len = Math.floor(rand() * 200);
    const spaceless = rand() < 0.3;
    while (text.length < len) {
      const p = pieces[Math.floor(rand() * pieces.length)];
      if (!spaceless || !/[\s]/.test(p)) text += p;
    }
    const units = 1 + Math.floor(rand() * 8);
    for (let from = 0; from < text.length; ) {
      const end = partEnd(text, from, units);
      assert.equal(end, refPartEnd(text, from, units), JSON.stringify({ text, from, units }));
      assert.ok(end > from);
      from = end;
    }
  }
});

test("text without line breaks or spaces: parts of 8 × PART_UNITS, cut between characters", () => {
  const text = "😀x".repeat(1_000_000); // 3 M units, no space
  const parts = [];
  analyzeStream(text, (p) => parts.push([p.start, p.end]), { tickers: false, figures: false });
  assert.ok(parts.length >= 5, String(parts.length));
  for (let i = 0; i < parts.length; i++) {
    assert.equal(parts[i][0], i ? parts[i - 1][1] : 0);
    const c = text.charCodeAt(parts[i][1] - 1);
    assert.ok(c < 0xd800 || c > 0xdbff, "never between the halves of a pair");
  }
  assert.equal(parts.at(-1)[1], text.length);
});

test("a text of one part: the stream gives analyze's result, split in two", () => {
  for (const { text, target } of corpus(40)) {
    const options = target ? { target } : undefined;
    const parts = [];
    const summary = analyzeStream(text, (p) => parts.push(p), options);
    const whole = analyze(text, options);
    assert.equal(parts.length, text.length ? 1 : 0);
    const [p] = parts;
    const rebuilt = { overall: summary.overall, sentences: p.sentences, phrases: p.phrases, tickers: summary.tickers, figures: p.figures };
    if (summary.target) rebuilt.target = summary.target;
    assert.deepEqual(rebuilt, whole);
    assert.deepEqual([p.start, p.end], [0, text.length]);
    assert.equal(summary.sentenceCount, whole.sentences.length);
    assert.equal(summary.parts, 1);
  }
});

test("a long text: parts at the whole text's offsets add up to its sentences, phrases and figures", () => {
  // ~300 KB with accents, emoji and CRLF, so that parts start after multi-unit characters.
  const text = corpus(2400).map((c) => c.text).join("\n\n");
  assert.ok(text.length > 4 * PART_UNITS, String(text.length));
  const whole = analyze(text);
  const a = new Analyzer();
  const parts = [];
  const summary = a.analyzeStream(text, (p) => parts.push(p));
  a.free();
  assert.ok(parts.length >= 4, String(parts.length));
  assert.equal(summary.parts, parts.length);
  assert.equal(parts[0].start, 0);
  assert.equal(parts.at(-1).end, text.length);
  for (let i = 1; i < parts.length; i++) {
    assert.equal(parts[i].start, parts[i - 1].end);
    assert.equal(parts[i].start, partEnd(text, parts[i - 1].start));
  }
  for (const key of ["sentences", "phrases", "figures"]) {
    assert.deepEqual(parts.flatMap((p) => p[key]), whole[key], key);
  }
  assert.deepEqual(summary.overall, whole.overall);
  assert.equal(summary.sentenceCount, whole.sentences.length);
  // Every company of the whole text, named at the same places.
  const bySymbol = (ts) => Object.fromEntries(ts.map((t) => [t.symbol, t.mentions]));
  assert.deepEqual(bySymbol(summary.tickers), bySymbol(whole.tickers));
  const spans = assertSpans(text, {
    sentences: parts.flatMap((p) => p.sentences),
    phrases: parts.flatMap((p) => p.phrases),
    figures: parts.flatMap((p) => p.figures),
    tickers: summary.tickers,
  });
  assert.ok(spans > 1000, String(spans));
});

test("lone surrogates and emoji across cuts: spans slice the text as the engine read it", () => {
  const line = "Profit rose 12% \uD800 to €4.5 billion 😀, but costs jumped \uDC00 sharply.\n";
  const text = line.repeat(Math.ceil((3 * PART_UNITS) / line.length));
  const read = text.toWellFormed();
  const parts = [];
  analyzeStream(text, (p) => parts.push(p));
  assert.ok(parts.length >= 3);
  const phrases = parts.flatMap((p) => p.phrases);
  assert.ok(phrases.length > 1000);
  for (const ph of phrases) assert.equal(read.slice(ph.start, ph.end), ph.text);
  for (const f of parts.flatMap((p) => p.figures)) assert.equal(read.slice(f.start, f.end), f.text);
});

test("bad arguments are clear errors; an exception in onPart propagates and the analyser goes on", () => {
  const a = new Analyzer();
  assert.throws(() => a.analyzeStream(42, () => {}), { name: "TypeError", message: /needs the text as a string, got number/ });
  assert.throws(() => a.analyzeStream("text", null), { name: "TypeError", message: /needs onPart as a function, got null/ });
  assert.throws(() => analyzeStream("text", () => {}, { bogus: 1 }), /unknown option `bogus`/);
  const boom = new Error("stop");
  assert.throws(() => a.analyzeStream("Revenue rose.\n".repeat(20000), () => { throw boom; }), (e) => e === boom);
  assert.match(a.analyzeStream("Revenue rose.", () => {}).overall.label, /positive/);
  const parts = [];
  assert.equal(a.analyzeStream("", (p) => parts.push(p)).sentenceCount, 0);
  assert.equal(parts.length, 0);
  a.free();
  assert.throws(() => a.analyzeStream("text", () => {}), /freed/);
});

