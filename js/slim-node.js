// fintone's slim build for Node (see ./slim.js): init() with no argument (or a file: URL or
// a path) reads the .wasm from disk (./load-node.js).
import * as glue from "../pkg/slim/fintone.js";
import { engine } from "./api.js";
import { nodeInput } from "./load-node.js";

const api = engine(glue);
export const { analyze, analyzeStream, Analyzer, version } = api;
export { partEnd, PART_UNITS } from "./api.js";

/**
 * Loads the WebAssembly module. Idempotent.
 * @param {import("./index.js").InitInput} [input]
 * @returns {Promise<void>}
 */
export function init(input) {
  return api.initWith(input, (i) => nodeInput(i, new URL("../pkg/slim/fintone_bg.wasm", import.meta.url)));
}
