// fintone for browsers and bundlers. With no argument, init() fetches the .wasm that sits
// beside this package (bundlers such as Vite see the `new URL(..., import.meta.url)` and
// emit the file). Node resolves the "node" condition to ./node.js instead.
import { initWith } from "./api.js";

export { analyze, analyzeStream, Analyzer, partEnd, PART_UNITS, version } from "./api.js";

/**
 * Loads the WebAssembly module. Idempotent.
 * @param {import("./index.js").InitInput} [input] where the .wasm is, when not beside the module
 * @returns {Promise<void>}
 */
export function init(input) {
  return initWith(input, async (i) => i ?? new URL("../pkg/fintone_bg.wasm", import.meta.url));
}
