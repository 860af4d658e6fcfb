// init() inputs and failures, each in a fresh module instance (a child process), since a
// module initialises once per process.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

const root = new URL("../../", import.meta.url);
function run(code) {
  return execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" }).trim();
}
const ok = `const r = analyze("Revenue rose."); console.log(r.phrases[0].text);`;

test("init() with bytes, a WebAssembly.Module, a file URL, a path and a Response", () => {
  const pre = `import { init, analyze } from "fintone"; import { readFileSync } from "node:fs"; const file = new URL("file://${new URL("pkg/fintone_bg.wasm", root).pathname}");`;
  for (const input of [
    "readFileSync(file)",
    "new Uint8Array(readFileSync(file)).buffer",
    "new WebAssembly.Module(readFileSync(file))",
    "file",
    "file.pathname",
    "new Response(readFileSync(file), { headers: { 'content-type': 'application/wasm' } })",
    "Promise.resolve(new Response(readFileSync(file)))",
  ]) {
    assert.equal(run(`${pre} await init(${input}); ${ok}`), "Revenue rose", input);
  }
});

test("a failed init gives a clear Error, later calls say init failed, and a retry works", () => {
  const out = run(`
    import { init, analyze } from "fintone";
    try { await init(new Uint8Array([0, 1, 2, 3])); console.log("no error"); } catch (e) { console.log("init:", e.message); }
    try { analyze("x"); } catch (e) { console.log("analyze:", e.message); }
    await init();
    ${ok}`);
  const [first, second, third] = out.split("\n");
  assert.match(first, /^init: fintone: init\(\) could not load the WebAssembly module/);
  assert.match(second, /^analyze: fintone: init\(\) failed .*call `await init\(\)` again/);
  assert.equal(third, "Revenue rose");
});

test("analyze while init is still loading says to await it", () => {
  const out = run(`
    import { init, analyze } from "fintone";
    const p = init();
    try { analyze("x"); } catch (e) { console.log(e.message); }
    await p; ${ok}`);
  assert.match(out, /has not finished yet; `await init\(\)`/);
  assert.match(out, /Revenue rose$/);
});

test("the browser entry with no argument fetches the .wasm beside the module", () => {
  // Node's fetch cannot read file: URLs, so serve it with a tiny fetch stand-in.
  const out = run(`
    import { readFile } from "node:fs/promises";
    globalThis.fetch = async (u) => new Response(await readFile(new URL(String(u))), { headers: { "content-type": "application/wasm" } });
    const { init, analyze } = await import("./js/index.js");
    await init(); ${ok}`);
  assert.equal(out, "Revenue rose");
});
