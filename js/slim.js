// fintone's slim build for browsers and bundlers (`import { init, analyze } from
// "fintone/slim"`): the same API as the main entry over pkg/slim/, a build without the
// company table and optimised for size (README, "The slim build"). It finds the companies
// of the `universe` option (by name, alias, cashtag or exchange code) and no others. Node
// resolves the "node" condition to ./slim-node.js instead.
import * as glue from "../pkg/slim/fintone.js";
import { engine } from "./api.js";

export const { init, analyze, analyzeStream, Analyzer, version } = engine(glue, async (i) => i ?? new URL("../pkg/slim/fintone_bg.wasm", import.meta.url));
export { partEnd, PART_UNITS } from "./api.js";
