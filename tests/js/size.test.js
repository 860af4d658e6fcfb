// The .wasm size budgets of issue 7, as built (deterministic for a given toolchain, so a
// fair test):
// - the published package, with the company table (pkg/): at most 350 KB gzipped;
// - the slim build without it (pkg/slim/, `fintone/slim`): at most 150 KB gzipped. It is
//   built for size (cargo opt-level "z" with LLVM's inline threshold at 15,
//   scripts/build-wasm.sh --slim): 147,685 B by gzip -9 and 148,794 by Node's zlib when set
//   (2026-11-30), at 2.3x the CPU per call; at opt-level 2 it is ~176 KB (README, "The slim
//   build"; Cargo.toml has the size/speed curve).
// And no function of either is over 20 KB of code: V8's optimising compiler (TurboFan) takes
// a working set of about 1 MB per KB of a function's body, several functions at once on
// background threads, and that was most of the peak memory of a streamed 10 MB text (the
// memory target: 56 MB over the baseline). A 32 KB `score_entity_in` (33 MB to compile) put
// that peak at 50-62 MB; at 17.6 KB it is 38-47 (benches/README, "eleventh look"). A function
// that grows past the limit goes back under it by keeping a stage out of line in wasm
// (`#[cfg_attr(target_arch = "wasm32", inline(never))]`, as `score_entity_in`'s stages are).
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

/** The body sizes of the functions in the code section of a .wasm, in bytes. */
function functionSizes(path) {
  const b = readFileSync(new URL(path, import.meta.url));
  let p = 8; // past the magic number and version
  const leb = () => {
    let r = 0, shift = 0, byte;
    do {
      byte = b[p++];
      r += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return r;
  };
  while (p < b.length) {
    const id = b[p++];
    const size = leb();
    if (id === 10) {
      const sizes = [];
      for (let n = leb(); n > 0; n--) {
        const body = leb();
        sizes.push(body);
        p += body;
      }
      return sizes;
    }
    p += size;
  }
  throw new Error(`${path}: no code section`);
}

const FUNCTION_LIMIT = 20 * 1024;
for (const [what, path] of [["published", "../../pkg/fintone_bg.wasm"], ["slim", "../../pkg/slim/fintone_bg.wasm"]]) {
  test(`no function of the ${what} .wasm is over 20 KB (V8's compile memory)`, () => {
    const sizes = functionSizes(path);
    const largest = Math.max(...sizes);
    console.log(`# ${path}: ${sizes.length} functions, the largest ${largest} bytes`);
    assert.ok(sizes.length > 100, `only ${sizes.length} functions read: is the parser wrong?`);
    assert.ok(largest <= FUNCTION_LIMIT, `a function of ${largest} bytes > ${FUNCTION_LIMIT}`);
  });
}
