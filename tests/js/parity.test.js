// The wasm result deep-equals the CLI's JSON for the same text and options, over a varied
// corpus (the CLI's `analyze --jsonl`, with its echoed "id" dropped).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { init, Analyzer } from "fintone";
import { corpus } from "./corpus.js";

const root = new URL("../../", import.meta.url);
const cli = new URL("target/release/fintone", root).pathname;

test("wasm deep-equals the CLI over 240+ texts", async () => {
  // Up to date in a second when nothing changed.
  execFileSync("cargo", ["build", "--release", "--bin", "fintone"], { cwd: root, stdio: "inherit" });
  await init();
  const items = corpus(240, 7).concat([
    { text: "A" },
    { text: "Revenue rose\u0000 and fell\r\nlone CR\rhere. 🤖" },
    { text: "No. 1 U.S. Corp. Inc. approx. 5% — not bad, not good." },
    { text: "!!!???...,,,;;" },
    { text: "1234567890".repeat(300) },
  ]);
  assert.ok(items.length >= 200);
  const input = items.map((it, i) => JSON.stringify({ id: i, ...it })).join("\n") + "\n";
  const lines = execFileSync(cli, ["analyze", "--jsonl"], { input, encoding: "utf8", maxBuffer: 1 << 28 }).trim().split("\n");
  assert.equal(lines.length, items.length);
  const plain = new Analyzer();
  const targeted = new Map();
  for (const [i, line] of lines.entries()) {
    const { id, ...expected } = JSON.parse(line);
    assert.equal(id, i);
    const { text, target } = items[i];
    let a = plain;
    if (target) {
      if (!targeted.has(target)) targeted.set(target, new Analyzer({ target }));
      a = targeted.get(target);
    }
    assert.deepStrictEqual(a.analyze(text), expected, `text ${i}: ${JSON.stringify(text).slice(0, 80)}`);
  }
});

test("property: seeded random strings of tricky pieces give the same result in wasm and natively", async () => {
  // Like the proptest properties in tests/properties.rs, but across the boundary: each run
  // draws the same 400 strings (mulberry32, seed 2026) from pieces that stress the tokeniser,
  // the number and ticker recognisers and the UTF-16 conversion, glued without spaces or with
  // odd ones. (Lone surrogates cannot travel to the CLI as UTF-8; tests/js/offsets covers them.)
  const { rng } = await import("./corpus.js");
  const pieces = [
    "not", "no", "never", "rose", "fell", "losses", "narrowed", "costs", "surged", "beat", "missed", "guidance",
    "$AMZN", "$5", "$5bn", "(NASDAQ: AMZN)", "NYSE:JPM", "<JNJ.N>", "AMZN.O", "Apple", "Shell", "Target",
    "1,234.5", "-3.2%", "12 bps", "€1.2bn", "¥800", "£3.20", "1e9", "0.000001", "9".repeat(40), "Q3", "FY2025", "H1 2026",
    "📈", "🚀🚀", "👩‍💼", "🇺🇸", "é", "ﬁ", "株価", "𝔸", "\u0000", "\u0007", "\u200b", "\u00a0", "\t", "\r", "\n", "\r\n",
    "(", ")", "[", "]", "\"", "'", "“", "”", ".", ",", ";", ":", "!", "?", "-", "—", "...", "/", "&", "%", "#",
  ];
  const glue = ["", " ", "  ", "\n", ". ", ", "];
  const random = rng(2026);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const texts = [];
  for (let i = 0; i < 400; i++) {
    const n = Math.floor(random() * 40);
    let t = "";
    for (let k = 0; k < n; k++) t += pick(pieces) + pick(glue);
    texts.push(t);
  }
  await init();
  const input = texts.map((text, i) => JSON.stringify({ id: i, text })).join("\n") + "\n";
  const lines = execFileSync(cli, ["analyze", "--jsonl"], { input, encoding: "utf8", maxBuffer: 1 << 28 }).trim().split("\n");
  assert.equal(lines.length, texts.length);
  const a = new Analyzer();
  for (const [i, line] of lines.entries()) {
    const { id, ...expected } = JSON.parse(line);
    assert.equal(id, i);
    assert.deepStrictEqual(a.analyze(texts[i]), expected, `text ${i}: ${JSON.stringify(texts[i])}`);
  }
});
