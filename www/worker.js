// Module worker: analyses long texts off the main thread so typing never stutters.
// It loads the same package as the page (the .wasm beside ../pkg/).
import { init, analyze, Analyzer } from "../js/index.js";

const ready = init();

/** @type {{ key: string, analyzer: any } | null} */
let custom = null;

self.onmessage = async (/** @type {MessageEvent<{id:number,text:string,labels:string[]|null}>} */ e) => {
  const { id, text, labels } = e.data;
  try {
    await ready;
    if (!labels) {
      self.postMessage({ id, analysis: analyze(text) });
      return;
    }
    const key = labels.join("\u0000");
    if (custom?.key !== key) custom = { key, analyzer: new Analyzer({ labels }) };
    self.postMessage({ id, analysis: custom.analyzer.analyze(text) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
