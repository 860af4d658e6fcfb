// The .wasm size budgets, as built (deterministic for a given toolchain, so a fair test):
// - the published package, with the company table: at most 350 KB gzipped (issue 7);
// - the slim build without it (`--no-default-features`): at most 195 KB gzipped. Issue 7
//   asks 150 KB; the engine's code alone is ~135 KB gzipped and its tables (lexicon, word
//   lists, Unicode case data) ~45 KB, so that needs features removed. This holds the gains
//   of the hand-written options reader, the shared sort and the numeral reader (182.0 KB by
//   this measure when set, 2026-11-29) against regressions.
// The slim build is made by scripts/test.sh into target/wasm-slim/ before this runs; the
// test fails, rather than skips, when it is missing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

function measure(path) {
  const wasm = readFileSync(new URL(path, import.meta.url));
  const gz = gzipSync(wasm, { level: 9 }).length;
  console.log(`# ${path}: ${wasm.length} bytes raw (${(wasm.length / 1024).toFixed(1)} KB), ${gz} bytes gzip -9 (${(gz / 1024).toFixed(1)} KB)`);
  return gz;
}

test("the published .wasm (with the company table) is at most 350 KB gzipped", () => {
  const gz = measure("../../pkg/fintone_bg.wasm");
  assert.ok(gz <= 350 * 1024, `${gz} bytes gzipped > budget ${350 * 1024}`);
});

test("the slim .wasm (no company table) is at most 195 KB gzipped", () => {
  const gz = measure("../../target/wasm-slim/fintone_bg.wasm");
  assert.ok(gz <= 195 * 1024, `${gz} bytes gzipped > budget ${195 * 1024}`);
});
