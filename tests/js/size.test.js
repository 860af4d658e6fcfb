// The .wasm size budget (issue 3: 250 KB gzipped without the company table). Size is
// deterministic for a given toolchain, so this is a fair test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_GZIP = 250 * 1024;

test(`the .wasm is at most ${BUDGET_GZIP / 1024} KB gzipped`, () => {
  const wasm = readFileSync(new URL("../../pkg/fintone_bg.wasm", import.meta.url));
  const gz = gzipSync(wasm, { level: 9 }).length;
  console.log(`# fintone_bg.wasm: ${wasm.length} bytes raw (${(wasm.length / 1024).toFixed(1)} KB), ${gz} bytes gzip -9 (${(gz / 1024).toFixed(1)} KB)`);
  assert.ok(gz <= BUDGET_GZIP, `${gz} bytes gzipped > budget ${BUDGET_GZIP}`);
});
