// fintone for browsers and bundlers. With no argument, init() fetches the .wasm that sits
// beside this package (bundlers such as Vite see the `new URL(..., import.meta.url)` and
// emit the file). Node resolves the "node" condition to ./node.js instead.
import * as glue from "../pkg/fintone.js";
import { engine } from "./api.js";

const api = engine(glue);
export const { analyze, analyzeStream, Analyzer, version } = api;
export { partEnd, PART_UNITS } from "./api.js";

/**
 * Loads the WebAssembly module. Idempotent.
 * @param {import("./index.js").InitInput} [input] where the .wasm is, when not beside the module
 * @returns {Promise<void>}
 */
export function init(input) {
  return api.initWith(input, async (i) => i ?? new URL("../pkg/fintone_bg.wasm", import.meta.url));
}
