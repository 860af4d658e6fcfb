// The widget's module worker: analyses long texts off the main thread so typing never
// stutters. Each worker entry (./worker.js for the main build, ./worker-slim.js for the slim
// one) loads the same build as its page (the .wasm beside ../pkg/) and calls `serve`.
//
// A 1 MB article's Analysis has tens of thousands of phrases and sentences. Posted as one
// object, the page would spend a second decoding it in one go; so it goes as JSON strings
// (cheap to copy): the lists in slices of SLICE items, each decoded by the page as its own
// task, then the rest of the result (`head`), then `done`.
import { analyzerCache } from "./analyzers.js";

const SLICE = 2000;
const LISTS = /** @type {const} */ (["sentences", "phrases", "figures"]);

/** Posts `items` of list `k` in slices of SLICE. @param {number} id @param {string} k @param {unknown[]} items */
function post(id, k, items) {
  for (let i = 0; i < items.length; i += SLICE) {
    self.postMessage({ id, list: k, items: JSON.stringify(items.slice(i, i + SLICE)) });
  }
}

/**
 * Answers the element's messages with `engine`.
 * @param {{ init: () => Promise<void>, Analyzer: typeof import("../js/index.js").Analyzer, PART_UNITS: number }} engine
 */
export function serve({ init, Analyzer, PART_UNITS }) {
  const ready = init();
  const analyzers = analyzerCache(Analyzer);
  self.onmessage = async (/** @type {MessageEvent<{id:number,text:string,options:object|null}>} */ e) => {
    const { id, text, options } = e.data;
    try {
      await ready;
      const analyzer = analyzers(options);
      let head;
      if (text.length > PART_UNITS) {
        // A long text in parts (README, "Long texts"): each part's lists go out as soon as it
        // is done, and the worker's wasm memory follows the part, not the text (WebAssembly
        // memory never shrinks, and this worker lives as long as the page).
        const { overall, tickers, target } = analyzer.analyzeStream(text, (part) => {
          for (const k of LISTS) post(id, k, part[k]);
        });
        head = target ? { overall, tickers, target } : { overall, tickers };
      } else {
        const analysis = analyzer.analyze(text);
        head = { ...analysis };
        for (const k of LISTS) {
          delete head[k];
          post(id, k, analysis[k]);
        }
      }
      self.postMessage({ id, head: JSON.stringify(head) });
      self.postMessage({ id, done: true });
    } catch (err) {
      self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
    }
  };
}
