// Module worker: analyses long texts off the main thread so typing never stutters.
// It loads the same package as the page (the .wasm beside ../pkg/).
import { init, analyze } from "../js/index.js";

const ready = init();

self.onmessage = async (/** @type {MessageEvent<{id:number,text:string}>} */ e) => {
  const { id, text } = e.data;
  try {
    await ready;
    self.postMessage({ id, analysis: analyze(text) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
