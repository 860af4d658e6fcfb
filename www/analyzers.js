// One place for "analyse with these options": the default analysis when there are none,
// else an Analyzer kept per set of options, since building one (its phrase matcher and
// company index) costs milliseconds. Used by the element on the main thread and by its worker.
import { analyze, Analyzer } from "../js/index.js";

/**
 * A function that analyses `text` with `options` (null: the defaults), reusing the
 * Analyzer of the last options it saw.
 * @returns {(text: string, options: Record<string, unknown> | null) => import("../js/index.js").Analysis}
 */
export function analyzerCache() {
  /** @type {{ key: string, analyzer: Analyzer } | null} */
  let last = null;
  return (text, options) => {
    if (!options) return analyze(text);
    const key = JSON.stringify(options);
    if (last?.key !== key) last = { key, analyzer: new Analyzer(options) };
    return last.analyzer.analyze(text);
  };
}
