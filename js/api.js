// The JS API over the wasm-bindgen glue: the init() state machine and the "call init()
// first" errors. The entries (index.js for browsers and bundlers, node.js for Node) differ
// only in where init() finds the .wasm when it is given no argument.
import initGlue, * as glue from "../pkg/fintone.js";

/** @type {"new" | "loading" | "ready" | "failed"} */
let state = "new";
/** @type {Promise<void> | null} */
let pending = null;
/** @type {unknown} */
let failure = null;

/**
 * Loads and instantiates the module once; later calls return at once (or the call in
 * flight). After a failure, calling again retries.
 * @param {unknown} input what the caller passed to init()
 * @param {(input: unknown) => Promise<unknown>} resolveInput turns it into something the
 *   wasm-bindgen glue accepts (URL, Request, Response, BufferSource, WebAssembly.Module)
 * @returns {Promise<void>}
 */
export function initWith(input, resolveInput) {
  if (state === "ready") return Promise.resolve();
  if (pending) return pending;
  state = "loading";
  pending = (async () => {
    try {
      const source = await resolveInput(input);
      if (source instanceof WebAssembly.Module) {
        // Instantiating a compiled module synchronously is quick and skips a round trip
        // through V8's background threads (tens of ms on a busy machine).
        glue.initSync({ module: source });
      } else {
        await initGlue({ module_or_path: /** @type {any} */ (source) });
      }
      // Build the default analyser (lexicon matcher, company index) now, so that the first
      // analyze() after init() is as quick as the rest: in wasm that build is milliseconds.
      glue.analyze("", undefined);
      state = "ready";
    } catch (e) {
      state = "failed";
      failure = e;
      throw new Error(`fintone: init() could not load the WebAssembly module: ${message(e)}`, {
        cause: e,
      });
    } finally {
      pending = null;
    }
  })();
  return pending;
}

/** @param {unknown} e */
function message(e) {
  return e instanceof Error ? e.message : String(e);
}

function ready() {
  if (state === "ready") return;
  if (state === "failed") {
    throw new Error(
      `fintone: init() failed (${message(failure)}); fix that and call \`await init()\` again before analyze() or new Analyzer()`,
    );
  }
  if (state === "loading") {
    throw new Error(
      "fintone: init() has not finished yet; `await init()` before analyze() or new Analyzer()",
    );
  }
  throw new Error(
    "fintone: call `await init()` once before analyze() or new Analyzer() (it loads the WebAssembly module)",
  );
}

/**
 * Analyses one text. Same result as the CLI's JSON, as a plain object.
 * @param {string} text
 * @param {import("./index.js").Options} [options]
 * @returns {import("./index.js").Analysis}
 */
export function analyze(text, options) {
  ready();
  return glue.analyze(text, options);
}

/** An analyser for many texts with the same options (built once). */
export class Analyzer {
  /** @type {glue.Analyzer | undefined} */
  #inner;

  /** @param {import("./index.js").Options} [options] */
  constructor(options) {
    ready();
    this.#inner = new glue.Analyzer(options);
  }

  /**
   * @param {string} text
   * @returns {import("./index.js").Analysis}
   */
  analyze(text) {
    if (!this.#inner) throw new Error("fintone: this Analyzer was freed; create a new one");
    return this.#inner.analyze(text);
  }

  /** Releases the WebAssembly memory now (otherwise the garbage collector does it). */
  free() {
    this.#inner?.free();
    this.#inner = undefined;
  }

}

// `using a = new Analyzer()` where the runtime has explicit resource management.
if (typeof Symbol.dispose === "symbol") {
  Object.defineProperty(Analyzer.prototype, Symbol.dispose, {
    value() {
      this.free();
    },
  });
}

/** The engine version. */
export function version() {
  ready();
  return glue.version();
}
