// What init() loads in Node, for the two Node entries (node.js, slim-node.js): with no
// argument (or a file: URL or a path), the .wasm read from disk, since Node's fetch cannot
// read file: URLs. It compiles the bytes synchronously: for a module this size that is a few
// milliseconds with V8's lazy compilation, where the asynchronous path waits on background
// threads (measured ~20 ms more on a busy 2-core box).
import { readFile } from "node:fs/promises";

/**
 * @param {unknown} input what the caller passed to init()
 * @param {URL} beside the build's own .wasm, for no argument
 * @returns {Promise<unknown>}
 */
export async function nodeInput(input, beside) {
  if (input === undefined || input === null) {
    return new WebAssembly.Module(await readFile(beside));
  }
  if (input instanceof URL && input.protocol === "file:") return new WebAssembly.Module(await readFile(input));
  if (typeof input === "string" && (input.startsWith("file:") || !/^[a-z][a-z0-9+.-]*:/i.test(input))) {
    return new WebAssembly.Module(await readFile(input.startsWith("file:") ? new URL(input) : input));
  }
  return input;
}
