// fintone for Node: with no argument (or a file: URL or a path), init() reads the .wasm
// from disk, since Node's fetch cannot read file: URLs. It compiles the bytes synchronously:
// for a module this size that is a few milliseconds with V8's lazy compilation, where the
// asynchronous path waits on background threads (measured ~20 ms more on a busy 2-core box).
import { readFile } from "node:fs/promises";
import { initWith } from "./api.js";

export { analyze, analyzeStream, Analyzer, partEnd, PART_UNITS, version } from "./api.js";

/**
 * Loads the WebAssembly module. Idempotent.
 * @param {import("./index.js").InitInput} [input]
 * @returns {Promise<void>}
 */
export function init(input) {
  return initWith(input, async (i) => {
    if (i === undefined || i === null) {
      return new WebAssembly.Module(await readFile(new URL("../pkg/fintone_bg.wasm", import.meta.url)));
    }
    if (i instanceof URL && i.protocol === "file:") return new WebAssembly.Module(await readFile(i));
    if (typeof i === "string" && (i.startsWith("file:") || !/^[a-z][a-z0-9+.-]*:/i.test(i))) {
      return new WebAssembly.Module(await readFile(i.startsWith("file:") ? new URL(i) : i));
    }
    return i;
  });
}
