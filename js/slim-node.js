// fintone's slim build for Node (see ./slim.js): init() with no argument (or a file: URL or
// a path) reads the .wasm from disk (./load-node.js).
import * as glue from "../pkg/slim/fintone.js";
import { engine } from "./api.js";
import { nodeInput } from "./load-node.js";

export const { init, analyze, analyzeStream, Analyzer, version } = engine(glue, (i) => nodeInput(i, new URL("../pkg/slim/fintone_bg.wasm", import.meta.url)));
export { partEnd, PART_UNITS } from "./api.js";
