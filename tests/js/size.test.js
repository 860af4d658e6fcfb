// The .wasm size budgets of issue 7, as built (deterministic for a given toolchain, so a
// fair test):
// - the published package, with the company table (pkg/): at most 350 KB gzipped;
// - the slim build without it (pkg/slim/, `fintone/slim`): at most 150 KB gzipped. It is
//   built for size (cargo opt-level "z" with LLVM's inline threshold at 15,
//   scripts/build-wasm.sh --slim): 147,676 B by gzip -9 and 148,801 by Node's zlib when set
//   (2026-11-29), at 2.3x the CPU per call; at opt-level 2 it is ~176 KB (README, "The slim
//   build"; Cargo.toml has the size/speed curve).
// scripts/test.sh builds both before this runs; the test fails, rather than skips, when one
// is missing.
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

test("the slim .wasm (no company table) is at most 150 KB gzipped", () => {
  const gz = measure("../../pkg/slim/fintone_bg.wasm");
  assert.ok(gz <= 150 * 1024, `${gz} bytes gzipped > budget ${150 * 1024}`);
});
