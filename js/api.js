// The JS API over the wasm-bindgen glue: the init() state machine, the "call init() first"
// errors, and the results turned into plain objects. The package has two builds, each with its
// own glue module and WebAssembly instance: pkg/ (with the company table) and pkg/slim/
// (without it, built for size). `engine(glue, resolveInput)` makes the API over one of them;
// the entries (index.js and node.js for pkg/, slim.js and slim-node.js for pkg/slim/) each
// bind their own, and differ only in where init() finds the .wasm when given no argument.

/** @typedef {typeof import("../pkg/fintone.js")} Glue */

/**
 * The API over one build's glue module.
 * @param {Glue} glue
 * @param {(input: unknown) => Promise<unknown>} resolveInput turns what the caller passed to
 *   init() into something the wasm-bindgen glue accepts (URL, Request, Response,
 *   BufferSource, WebAssembly.Module): the entry's own rule for where the .wasm is
 */
export function engine(glue, resolveInput) {
  /** @type {"new" | "loading" | "ready" | "failed"} */
  let state = "new";
  /** @type {Promise<void> | null} */
  let pending = null;
  /** @type {unknown} */
  let failure = null;

  /**
   * Loads the WebAssembly module and prepares the analyser the page will use first (see
   * `warmUp`). Idempotent: later calls return at once (or the call in flight), after
   * preparing their own `warmUp` if they give one. After a failed load, calling again
   * retries.
   * @param {import("./index.js").InitInput} [input] where the .wasm is, when not where the
   *   entry looks for it
   * @param {import("./index.js").InitSettings} [settings]
   * @returns {Promise<void>}
   */
  function init(input, settings) {
    let warm;
    try {
      warm = warmUpOf(settings);
    } catch (e) {
      return Promise.reject(e);
    }
    if (state === "ready") {
      if (settings === undefined) return Promise.resolve();
      try {
        warmUp(warm);
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e);
      }
    }
    if (!pending) {
      state = "loading";
      pending = load(input);
    }
    // The module is loaded (and usable) whether or not this call's `warmUp` is valid: a bad
    // one rejects this call only, not the others waiting on the same load.
    return pending.then(() => warmUp(warm));
  }

  /**
   * Loads and instantiates the module.
   * @param {import("./index.js").InitInput} [input]
   */
  async function load(input) {
    try {
      const source = await resolveInput(input);
      if (source instanceof WebAssembly.Module) {
        // Instantiating a compiled module synchronously is quick and skips a round trip
        // through V8's background threads (tens of ms on a busy machine).
        glue.initSync({ module: source });
      } else {
        await glue.default({ module_or_path: /** @type {any} */ (source) });
      }
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
  }

  /**
   * Builds what an analysis with `warm` needs (the lexicon matcher; the company index when
   * tickers are on), so that the first analyze() after init() is as quick as the rest: in
   * wasm that build is milliseconds, most of it the company index. Each is built once per
   * module and shared, so a later analyser with the same needs finds them ready.
   * @param {{ options: import("./index.js").Options | undefined } | null} warm
   */
  function warmUp(warm) {
    if (warm === null) return;
    try {
      glue.analyze(new Uint8Array(0), warm.options);
    } catch (e) {
      throw new Error(`fintone: init(): warmUp: ${message(e).replace(/^fintone: /, "")}`, { cause: e });
    }
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
  function analyze(text, options) {
    ready();
    return unpack(glue.analyze(utf8(text, "analyze(text, options?)"), options), text);
  }

  /** An analyser for many texts with the same options (built once). */
  class Analyzer {
    /** @type {InstanceType<Glue["Analyzer"]> | undefined} */
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
      return unpack(this.#inner.analyze(utf8(text, "Analyzer.analyze(text)")), text);
    }

    /**
     * Analyses a long text in parts, so that memory follows the part (about 64 K characters,
     * cut at a line break) rather than the text: `onPart` gets each part's sentences, phrases
     * and figures as soon as they are done, with offsets in the whole text; the return value
     * holds what belongs to the whole text (overall score, tickers, target). A text of one
     * part gives exactly `analyze`'s result, split in two. Across a cut, nothing carries over
     * (see README, "Long texts").
     * @param {string} text
     * @param {(part: import("./index.js").Part) => void} onPart
     * @returns {import("./index.js").StreamSummary}
     */
    analyzeStream(text, onPart) {
      if (!this.#inner) throw new Error("fintone: this Analyzer was freed; create a new one");
      if (typeof text !== "string") {
        throw new TypeError(`fintone: Analyzer.analyzeStream(text, onPart) needs the text as a string, got ${text === null ? "null" : typeof text}`);
      }
      if (typeof onPart !== "function") {
        throw new TypeError(`fintone: Analyzer.analyzeStream(text, onPart) needs onPart as a function, got ${onPart === null ? "null" : typeof onPart}`);
      }
      const read = asRead(text);
      const stream = this.#inner.stream();
      try {
        for (let from = 0; from < text.length; ) {
          const end = partEnd(text, from);
          const packed = stream.push(utf8(text.slice(from, end), "Stream.push(text)"));
          const n = packed[0];
          const { sentences, phrases, figures } = unpack(packed, read, true);
          onPart({ start: n[n.length - 2], end: n[n.length - 1], sentences, phrases, figures });
          from = end;
        }
        const packed = stream.finish();
        const n = packed[0];
        const { overall, tickers, target } = unpack(packed, read, true);
        const sentenceCount = n[n.length - 2], parts = n[n.length - 1];
        // Keys in the Rust struct's order, as in the CLI's summary line.
        return target ? { overall, tickers, target, sentenceCount, parts } : { overall, tickers, sentenceCount, parts };
      } finally {
        stream.free();
      }
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

  /**
   * `new Analyzer(options).analyzeStream(text, onPart)`, for one long text.
   * @param {string} text
   * @param {(part: import("./index.js").Part) => void} onPart
   * @param {import("./index.js").Options} [options]
   * @returns {import("./index.js").StreamSummary}
   */
  function analyzeStream(text, onPart, options) {
    const analyzer = new Analyzer(options);
    try {
      return analyzer.analyzeStream(text, onPart);
    } finally {
      analyzer.free();
    }
  }

  /** The engine version. */
  function version() {
    ready();
    return glue.version();
  }

  return { init, analyze, Analyzer, analyzeStream, version };
}

/**
 * Reads init()'s settings: what to warm up, `null` for nothing.
 * @param {unknown} settings
 * @returns {{ options: import("./index.js").Options | undefined } | null}
 */
function warmUpOf(settings) {
  if (settings === undefined || settings === null) return { options: undefined };
  if (typeof settings !== "object" || Array.isArray(settings)) {
    throw new TypeError(`fintone: init(input, settings): settings must be an object such as { warmUp: false }, got ${describe(settings)}`);
  }
  for (const key of Object.keys(settings)) {
    if (key !== "warmUp") {
      throw new TypeError(`fintone: init(input, settings): unknown setting \`${key}\` (known: warmUp)`);
    }
  }
  const w = /** @type {{ warmUp?: unknown }} */ (settings).warmUp;
  if (w === undefined || w === true) return { options: undefined };
  if (w === false) return null;
  if (typeof w !== "object" || w === null || Array.isArray(w)) {
    throw new TypeError(`fintone: init(input, settings): warmUp must be a boolean or the options the page will analyse with, got ${describe(w)}`);
  }
  return { options: /** @type {import("./index.js").Options} */ (w) };
}

/** @param {unknown} v */
function describe(v) {
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v;
}

const encoder = new TextEncoder();
/**
 * Reused for texts of up to SCRATCH_UNITS UTF-16 units (3 bytes each at most in UTF-8): a
 * long article, and the parts `analyzeStream` cuts (PART_UNITS and a line), in at most
 * 768 KB kept for the page's life.
 */
const SCRATCH_UNITS = 1 << 18;
let scratch = new Uint8Array(0);

/**
 * The text as UTF-8 bytes for the wasm module, lone surrogates as U+FFFD (three bytes for
 * the one unit, as wasm-bindgen's own string conversion did: the offsets the engine returns
 * stay the caller's UTF-16 units). `encodeInto` into a buffer kept between calls, then the
 * glue's copy into the module's memory: both native copies. wasm-bindgen's string conversion
 * ran a JS loop over every char up to the first one that is not ASCII, which was most of
 * the text and several percent of a sentiment-only call (benches/README, "Thirteenth
 * look"). A text longer than the buffer's reach gets a buffer of its own, so that one long
 * text does not leave megabytes held.
 * @param {unknown} text
 * @param {string} call the API call, for the error message
 * @returns {Uint8Array}
 */
function utf8(text, call) {
  if (typeof text !== "string") {
    throw new TypeError(`fintone: ${call} needs the text as a string, got ${text === null ? "null" : typeof text}`);
  }
  if (text.length > SCRATCH_UNITS) return encoder.encode(text);
  if (scratch.length < text.length * 3) scratch = new Uint8Array(Math.max(text.length * 3, 4096));
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
}

/** @param {unknown} e */
function message(e) {
  return e instanceof Error ? e.message : String(e);
}

/** A part's length in UTF-16 code units, after which the next line break ends it. */
export const PART_UNITS = 65536;

/**
 * Where the part of `text` that starts at `from` ends: the rule of `part_end` in
 * src/stream.rs, in UTF-16 units, so that JS and the CLI cut a text at the same places.
 * After the first "\n" at least PART_UNITS into the part; failing that, after the first
 * space, tab, "\r" or "\n" at least 4 × PART_UNITS in; failing that, after the character
 * that reaches 8 × PART_UNITS (never between the halves of a surrogate pair).
 * @param {string} text
 * @param {number} from
 * @param {number} [units] the part length (tests use small ones)
 * @returns {number}
 */
export function partEnd(text, from, units = PART_UNITS) {
  const n = text.length;
  // Each search is bounded to its window (a slice of a flat string is a view, not a copy):
  // searching on to the end of the text would make a long text without line breaks
  // quadratic, one scan of the rest per part.
  const a = from + units;
  const line = text.slice(a, from + 4 * units).indexOf("\n");
  if (line >= 0) return a + line + 1;
  const b = from + 4 * units;
  const last = from + 8 * units - 1; // the unit that reaches 8 × units
  const space = text.slice(b, last + 1).search(SPACE);
  if (space >= 0) return b + space + 1;
  if (last >= n) return n;
  const c = text.charCodeAt(last);
  if (c >= 0xd800 && c <= 0xdbff && last + 1 < n) {
    const d = text.charCodeAt(last + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return last + 2;
  }
  return last + 1;
}
const SPACE = /[\n\t\r ]/;


// Each lone surrogate (a high one not followed by a low one, or a low one not preceded by a
// high one).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text as the engine read it: wasm-bindgen hands Rust each lone surrogate as U+FFFD, one
 * UTF-16 unit for one, so offsets are the same and spans' texts carry U+FFFD.
 * @param {string} s
 */
function asRead(s) {
  const t = /** @type {any} */ (s);
  if (typeof t.isWellFormed === "function") return t.isWellFormed() ? s : /** @type {string} */ (t.toWellFormed());
  return s.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * The result as a plain object, from the packed form the wasm module returns: a
 * `Float64Array` of numbers and a string table (`to_js` in src/wasm.rs describes the format;
 * this reads it in the same order). Building the objects here is several times cheaper than
 * building them field by field across the boundary. Keys come in the Rust structs' order, as
 * in the CLI's JSON; each span's `text` is its slice of the input.
 * @param {[Float64Array, string]} packed
 * @param {string} input the text that was analysed
 * @param {boolean} [read] `input` is already `asRead` (a stream reads its text once)
 * @returns {import("./index.js").Analysis}
 */
function unpack([n, table], input, read = false) {
  // The text is read (lone surrogates made U+FFFD) only when a span's text is taken: a
  // sentiment-only result has none, and the check is a pass over the whole input.
  /** @type {string | undefined} */
  let text = read ? input : undefined;
  /** @param {number} start @param {number} end */
  const slice = (start, end) => (text ??= asRead(input)).slice(start, end);
  let i = 0;
  const num = () => n[i++];
  const strings = new Array(num());
  for (let k = 0, at = 0; k < strings.length; k++) {
    const len = num();
    strings[k] = table.slice(at, at + len);
    at += len;
  }
  /** @returns {string} */
  const str = () => strings[n[i++]];
  const mentions = () => {
    const out = new Array(num());
    for (let k = 0; k < out.length; k++) {
      const start = num(), end = num();
      out[k] = { start, end, text: slice(start, end) };
    }
    return out;
  };

  const overall = { score: num(), label: str() };
  const sentences = new Array(num());
  for (let k = 0; k < sentences.length; k++) {
    sentences[k] = { start: num(), end: num(), score: num(), label: str() };
  }
  const phrases = new Array(num());
  for (let k = 0; k < phrases.length; k++) {
    const start = num(), end = num();
    phrases[k] = { start, end, text: slice(start, end), score: num(), sentence: num(), rule: str() };
  }
  const tickers = new Array(num());
  for (let k = 0; k < tickers.length; k++) {
    tickers[k] = { symbol: str(), name: str(), relevance: num(), score: num(), label: str(), mentions: mentions() };
  }
  const figures = new Array(num());
  for (let k = 0; k < figures.length; k++) {
    const start = num(), end = num();
    /** @type {import("./index.js").Figure} */
    const f = { start, end, text: slice(start, end), kind: /** @type {any} */ (str()), value: num() };
    const bits = num();
    if (bits & 1) f.currency = str();
    if (bits & 2) f.per = /** @type {any} */ (str());
    if (bits & 4) f.unit = str();
    if (bits & 8) f.low = num();
    if (bits & 16) f.high = num();
    if (bits & 32) f.metric = str();
    // The period's text is the input's slice at periodStart..periodEnd; the key goes in
    // first, where the Rust struct has it.
    if (bits & 64) f.period = "";
    if (bits & 128) f.periodStart = num();
    if (bits & 256) f.periodEnd = num();
    if (bits & 64) f.period = slice(/** @type {number} */ (f.periodStart), /** @type {number} */ (f.periodEnd));
    if (bits & 512) {
      /** @type {any} */
      const change = { direction: str(), value: num(), unit: str() };
      if (num()) change.basis = str();
      f.change = change;
    }
    if (bits & 1024) f.previous = num();
    figures[k] = f;
  }
  /** @type {import("./index.js").Analysis} */
  const result = { overall: /** @type {any} */ (overall), sentences: /** @type {any} */ (sentences), phrases, tickers: /** @type {any} */ (tickers), figures };
  if (num()) result.target = /** @type {any} */ ({ name: str(), score: num(), label: str(), mentions: mentions() });
  return result;
}
