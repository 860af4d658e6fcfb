// Module worker: analyses long texts off the main thread so typing never stutters.
// It loads the same package as the page (the .wasm beside ../pkg/).
//
// A 1 MB article's Analysis has tens of thousands of phrases and sentences. Posted as one
// object, the page would spend a second decoding it in one go; so it goes as JSON strings
// (cheap to copy), in slices of SLICE items, each decoded by the page as its own task.
import { init } from "../js/index.js";
import { analyzerCache } from "./analyzers.js";

const ready = init();
const SLICE = 2000;
const LISTS = /** @type {const} */ (["sentences", "phrases", "figures"]);

const analyzeWith = analyzerCache();

self.onmessage = async (/** @type {MessageEvent<{id:number,text:string,options:object|null}>} */ e) => {
  const { id, text, options } = e.data;
  try {
    await ready;
    const analysis = analyzeWith(text, options);
    const head = { ...analysis };
    for (const k of LISTS) head[k] = [];
    self.postMessage({ id, head: JSON.stringify(head) });
    for (const k of LISTS) {
      for (let i = 0; i < analysis[k].length; i += SLICE) {
        self.postMessage({ id, list: k, items: JSON.stringify(analysis[k].slice(i, i + SLICE)) });
      }
    }
    self.postMessage({ id, done: true });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
