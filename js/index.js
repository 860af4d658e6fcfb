// fintone for browsers and bundlers. With no argument, init() fetches the .wasm that sits
// beside this package (bundlers such as Vite see the `new URL(..., import.meta.url)` and
// emit the file). Node resolves the "node" condition to ./node.js instead.
import * as glue from "../pkg/fintone.js";
import { engine } from "./api.js";

export const { init, analyze, analyzeStream, Analyzer, version } = engine(glue, async (i) => i ?? new URL("../pkg/fintone_bg.wasm", import.meta.url));
export { partEnd, PART_UNITS } from "./api.js";
