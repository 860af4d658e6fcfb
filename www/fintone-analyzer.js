// <fintone-analyzer> on the main build (`import "fintone/widget"`): the element's code is in
// ./element.js; this entry gives it the engine and its worker (./worker.js) and defines it.
import * as engine from "../js/index.js";
import { define } from "./element.js";

export { render, renderSliced, parseLabels } from "./element.js";

/** The element's class (defined as <fintone-analyzer> on import). */
export const FintoneAnalyzer = define(engine, () => new Worker(new URL("./worker.js", import.meta.url), { type: "module" }));
