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
