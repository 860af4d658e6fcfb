// <fintone-analyzer> on the slim build (`import "fintone/widget/slim"`): the same element
// (./element.js) over `fintone/slim`, which has no company table, so give it your coverage
// list (`element.options = { universe: [...] }`). Import one of the two widget entries on a
// page, not both: they define the same element, and the first one imported wins.
import * as engine from "../js/slim.js";
import { define } from "./element.js";

export { render, renderSliced, parseLabels } from "./element.js";

/** The element's class (defined as <fintone-analyzer> on import). */
export const FintoneAnalyzer = define(engine, () => new Worker(new URL("./worker-slim.js", import.meta.url), { type: "module" }));
