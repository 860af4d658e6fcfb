// fintone for Node: with no argument (or a file: URL or a path), init() reads the .wasm
// from disk, since Node's fetch cannot read file: URLs.
import { readFile } from "node:fs/promises";
import { initWith } from "./api.js";

export { analyze, Analyzer, version } from "./api.js";

/**
 * Loads the WebAssembly module. Idempotent.
 * @param {import("./index.js").InitInput} [input]
 * @returns {Promise<void>}
 */
export function init(input) {
  return initWith(input, async (i) => {
    if (i === undefined || i === null) {
      return readFile(new URL("../pkg/fintone_bg.wasm", import.meta.url));
    }
    if (i instanceof URL && i.protocol === "file:") return readFile(i);
    if (typeof i === "string" && (i.startsWith("file:") || !/^[a-z][a-z0-9+.-]*:/i.test(i))) {
      return readFile(i.startsWith("file:") ? new URL(i) : i);
    }
    return i;
  });
}
