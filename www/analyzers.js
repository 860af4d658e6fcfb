// One place for "analyse with these options": an Analyzer kept per set of options, since
// building one with a custom lexicon or universe (its phrase matcher and company index)
// costs milliseconds; with the defaults it shares the built-in ones. Used by the element on the main thread and by its worker.
/** @typedef {import("../js/index.js").Analyzer} Analyzer */

/**
 * A function that gives the Analyzer for `options` (null: the defaults), reusing the one of
 * the last options it saw.
 * @param {typeof import("../js/index.js").Analyzer} Analyzer the build's (`fintone` or
 *   `fintone/slim`)
 * @returns {(options: Record<string, unknown> | null) => Analyzer}
 */
export function analyzerCache(Analyzer) {
  /** @type {{ key: string, analyzer: Analyzer } | null} */
  let last = null;
  return (options) => {
    const key = JSON.stringify(options ?? {});
    if (last?.key !== key) {
      last?.analyzer.free();
      last = { key, analyzer: new Analyzer(options ?? undefined) };
    }
    return last.analyzer;
  };
}
