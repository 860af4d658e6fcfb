// <fintone-analyzer>: paste an article, see its sentiment, tickers and figures.
// Plain ESM, no framework. Everything the user typed is rendered with textContent and
// createElement only: never an HTML string (tests/e2e/no-html-sinks.test.js enforces it).
//
// The element's code, for both builds: it imports no engine. Each entry calls `define` with
// the build it analyses with and a function that starts a worker loading the same build:
// ./fintone-analyzer.js (`fintone/widget`, the main build) and ./fintone-analyzer-slim.js
// (`fintone/widget/slim`, the slim build). The `new Worker(new URL(...))` stays in the
// entries, written out, for bundlers to find the worker.
import { analyzerCache } from "./analyzers.js";
import { css } from "./styles.js";

/** @typedef {import("../js/index.js").Analysis} Analysis */

/** Texts longer than this go to the Web Worker; shorter ones are quicker on the main thread. */
const WORKER_THRESHOLD = 20_000;
const DEBOUNCE_MS = 250;

let sheet;
function styleSheet() {
  // A constructed stylesheet: allowed under `style-src 'self'`, unlike inline <style>.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node|string)[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
function h(tag, attrs = {}, children = []) {
  const el = document.createElement(tag);
  for (const k in attrs) {
    if (k === "class") el.className = attrs[k];
    else el.setAttribute(k, attrs[k]);
  }
  if (children.length) el.append(...children); // strings become text nodes
  return el;
}

/** One formatter for every number shown: toLocaleString with options builds a new one per call. */
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });
/** "1 ticker", "3 tickers". @param {number} n @param {string} noun */
const count = (n, noun) => `${NUMBER.format(n)} ${noun}${n === 1 ? "" : "s"}`;
/** @param {number} x */
const fmt = (x) => (x >= 0 ? "+" : "−") + Math.abs(x).toFixed(2);
/** @param {number} x */
const sign = (x) => (x > 0.05 ? "pos" : x < -0.05 ? "neg" : "neu");
/** @param {number} x */
const arrow = (x) => (x > 0.05 ? "▲" : x < -0.05 ? "▼" : "●");

/** A rendering slice yields to the browser after this long, so input and paint stay smooth. */
const SLICE_MS = 8;
/** An article chunk ends at a line break once it holds this many UTF-16 units (or 4× that without one). */
const CHUNK_UNITS = 4_000;
/** Rows of the figures table drawn at first; a button draws the rest. */
const FIGURE_ROWS_SHOWN = 500;

/**
 * Renders an Analysis of `text` into `container` (replacing its content): gauge, highlighted
 * article, ticker table and figures table. For pages that build their own UI around fintone.
 * @param {Element | ShadowRoot} container
 * @param {Analysis} analysis
 * @param {string} text the text that was analysed (offsets are UTF-16 units into it)
 * @param {{labels?: boolean}} [opts]
 */
export function render(container, analysis, text, opts = {}) {
  for (const _ of renderSteps(container, analysis, text, opts));
}

/**
 * Like render(), but in slices of a few milliseconds with the browser free in between, and
 * the article's marks drawn only as its parts come near the visible area, so a 1 MB article
 * does not freeze the page. Resolves true when done, or false as soon as `current()` says a
 * newer result has superseded this one.
 * @param {Element | ShadowRoot} container @param {Analysis} analysis @param {string} text
 * @param {{labels?: boolean}} opts @param {() => boolean} current
 */
export async function renderSliced(container, analysis, text, opts, current) {
  let t0 = performance.now();
  for (const _ of renderSteps(container, analysis, text, opts, true)) {
    if (performance.now() - t0 < SLICE_MS) continue;
    await yieldToBrowser();
    if (!current()) return false;
    t0 = performance.now();
  }
  return true;
}

/** Lets input, layout and paint run, then resumes (scheduler.yield keeps our place in line). */
function yieldToBrowser() {
  const s = /** @type {any} */ (globalThis).scheduler;
  if (typeof s?.yield === "function") return s.yield();
  return new Promise((r) => {
    const ch = new MessageChannel(); // not setTimeout: nested timeouts are clamped to 4 ms
    ch.port1.onmessage = () => r(undefined);
    ch.port2.postMessage(0);
  });
}

/**
 * The rendering as small steps: the frame (gauge, empty article, ticker table) goes in at
 * once, then the article chunk by chunk and the figures row by row. Each `yield` is a point
 * where the work may pause.
 * @param {Element | ShadowRoot} container @param {Analysis} a @param {string} text @param {{labels?: boolean}} opts
 */
function* renderSteps(container, a, text, opts, lazy = false) {
  const article = h("div", { class: "article", tabindex: "-1" });
  const figureRows = h("tbody");
  /** @type {{ ensure?: (offsets: number[]) => void }} */
  const drawn = {};
  for (const old of container.querySelectorAll?.(".article") ?? []) observers.get(old)?.disconnect();
  container.replaceChildren(
    renderGauge(a),
    h("section", { class: "article-box", "aria-label": "Article with highlighted phrases" }, [h("h2", {}, ["Article"]), article]),
    h("section", { class: "tables" }, [
      renderTickers(a, article, (offsets) => drawn.ensure?.(offsets)),
      table("Figures", FIGURE_COLUMNS, figureRows, "figures", a.figures.length ? "" : "No figures found."),
    ]),
  );
  yield* articleSteps(article, a, text, opts, lazy, drawn);
  // A long table is costly to lay out (every row counts for the column widths), so a huge
  // article shows its first figures and a button for the rest.
  const figures = /** @type {any[]} */ (a.figures);
  const shown = Math.min(figures.length, FIGURE_ROWS_SHOWN);
  for (let i = 0; i < shown; i++) {
    figureRows.append(figureRow(figures[i]));
    yield;
  }
  if (figures.length > shown) {
    const more = h("button", { type: "button", class: "more" }, [`Show all ${NUMBER.format(figures.length)} figures`]);
    more.addEventListener("click", () => {
      figureRows.append(...figures.slice(shown).map(figureRow));
      more.remove();
    });
    figureRows.closest(".table-box")?.append(more);
  }
}
/** @param {Analysis} a */
function renderGauge(a) {
  const { score, label } = a.overall;
  const pct = ((score + 1) / 2) * 100;
  const needle = h("span", { class: "needle" });
  needle.style.left = `${pct}%`;
  const meter = h("div", {
    class: "meter", role: "meter", "aria-valuemin": "-1", "aria-valuemax": "1",
    "aria-valuenow": score.toFixed(2), "aria-label": "Overall sentiment",
  }, [needle]);
  return h("section", { class: `gauge ${sign(score)}`, "aria-label": "Overall sentiment" }, [
    h("div", { class: "gauge-label", part: "gauge-label" }, [`${arrow(score)} ${label} · ${score.toFixed(2)}`]),
    meter,
    h("div", { class: "scale" }, [h("span", {}, ["−1 negative"]), h("span", {}, ["neutral"]), h("span", {}, ["positive +1"])]),
  ]);
}

/**
 * @typedef {{start:number,end:number,kind:string,data:any}} Span
 * @typedef {{s: any, parts: ([number, number] | Span)[]}} SentenceItem
 * @typedef {{from: number, to: number, items: ([number, number] | SentenceItem)[], el?: HTMLElement, filled?: boolean}} Chunk
 */

/**
 * Lays the article out as chunks without touching the DOM: each chunk is a run of plain
 * text ranges and sentences, and each sentence a run of plain ranges and spans (phrases,
 * figures, ticker mentions) to mark. Chunks hold a few thousand characters and are cut only
 * just after a line break, so they flow exactly as one block would; a paragraph with no line
 * break for 4× that long is cut between sentences. A generator, so that planning a 1 MB
 * article can pause every few hundred sentences; it returns the chunks.
 * @param {Analysis} a @param {string} text @returns {Generator<void, Chunk[]>}
 */
function* planArticle(a, text) {
  /** @type {Span[]} */
  const spans = [];
  for (const p of a.phrases) spans.push({ start: p.start, end: p.end, kind: "phrase", data: p });
  for (const f of a.figures) spans.push({ start: f.start, end: f.end, kind: "figure", data: f });
  for (const t of a.tickers) for (const m of t.mentions) spans.push({ start: m.start, end: m.end, kind: "mention", data: t });
  // Phrases first at a position; overlapping spans after the first are skipped (text kept).
  spans.sort((x, y) => x.start - y.start || (x.kind === "phrase" ? -1 : 1) || y.end - x.end);

  /** @type {Chunk[]} */
  const chunks = [{ from: 0, to: 0, items: [] }];
  let chunk = chunks[0];
  /** @param {number} at */
  const cut = (at) => {
    chunk.to = at;
    chunk = { from: at, to: at, items: [] };
    chunks.push(chunk);
  };
  /** Text between sentences, where a long chunk may end. @param {number} from @param {number} to */
  const gap = (from, to) => {
    if (to <= from) return;
    const nl = text.lastIndexOf("\n", to - 1);
    if (nl >= from && nl + 1 - chunk.from >= CHUNK_UNITS) {
      chunk.items.push([from, nl + 1]);
      cut(nl + 1);
      from = nl + 1;
    } else if (from - chunk.from >= 4 * CHUNK_UNITS) {
      cut(from);
    }
    if (to > from) chunk.items.push([from, to]);
  };

  const sentences = a.sentences.length ? a.sentences : [{ start: 0, end: text.length, score: 0, label: "neutral" }];
  let pos = 0;
  let si = 0;
  for (const s of sentences) {
    gap(pos, s.start);
    pos = Math.max(pos, s.start);
    /** @type {SentenceItem} */
    const item = { s, parts: [] };
    let cur = pos;
    while (si < spans.length && spans[si].start < s.end) {
      const sp = spans[si++];
      if (sp.start < cur) continue;
      if (sp.start > cur) item.parts.push([cur, sp.start]);
      item.parts.push(sp);
      cur = sp.end;
    }
    if (s.end > cur) item.parts.push([cur, s.end]);
    pos = Math.max(cur, s.end);
    chunk.items.push(item);
    if (chunk.items.length % 256 === 0) yield;
  }
  gap(pos, text.length);
  chunk.to = text.length;
  return chunks;
}

/**
 * Draws one chunk: its sentences (a span with the score in its title and a margin badge)
 * with their marks, and the plain text between them.
 * @param {Chunk} chunk @param {string} text @param {{labels?: boolean}} opts
 */
function fillChunk(chunk, text, opts) {
  /** @type {(Node | string)[]} */
  const nodes = [];
  for (const it of chunk.items) {
    if (Array.isArray(it)) {
      nodes.push(text.slice(it[0], it[1]));
      continue;
    }
    const s = it.s;
    const parts = it.parts.map((p) => (Array.isArray(p) ? text.slice(p[0], p[1]) : markFor(p, text, opts)));
    if (Math.abs(s.score) > 0.05) {
      parts.push(h("span", { class: `sent-score ${sign(s.score)}`, "aria-hidden": "true" }, [`${arrow(s.score)}${s.score.toFixed(2)}`]));
    }
    nodes.push(h("span", { class: `sentence ${sign(s.score)}`, "data-score": s.score.toFixed(2), title: `Sentence: ${s.label} · ${s.score.toFixed(2)}` }, parts));
  }
  /** @type {HTMLElement} */ (chunk.el).replaceChildren(...nodes);
  chunk.filled = true;
}

/** IntersectionObservers of lazily drawn articles, so a new drawing can stop the old one. */
const observers = new WeakMap();

/**
 * Draws the article into `root` as block chunks that carry `content-visibility: auto` in the
 * stylesheet, so the browser lays out only the chunks in view. Eager: every chunk is drawn
 * (one step per chunk). Lazy (long articles in the element): each chunk starts as its plain
 * text and gets its marks when it comes near the article's visible area, so a 1 MB article
 * costs a few hundred text nodes up front instead of tens of thousands of elements. Returns
 * a function that draws every chunk holding a given UTF-16 offset (for ticker rows).
 * @param {HTMLElement} root @param {Analysis} a @param {string} text @param {{labels?: boolean}} opts
 * @param {boolean} lazy @param {{ ensure?: (offsets: number[]) => void }} out
 */
function* articleSteps(root, a, text, opts, lazy, out) {
  const chunks = yield* planArticle(a, text);
  /** @param {number[]} offsets */
  out.ensure = (offsets) => {
    for (const o of offsets) {
      let lo = 0;
      let hi = chunks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (chunks[mid].from <= o) lo = mid;
        else hi = mid - 1;
      }
      const c = chunks[lo];
      if (c.el && !c.filled) fillChunk(c, text, opts);
    }
  };
  const observer = lazy && typeof IntersectionObserver === "function"
    ? new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const c = chunks[Number(/** @type {HTMLElement} */ (e.target).dataset.chunk)];
        observer?.unobserve(e.target);
        if (!c.filled) fillChunk(c, text, opts);
      }
    }, { root, rootMargin: "1500px 0px" })
    : null;
  if (observer) observers.set(root, observer);
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    c.el = h("div", { class: "chunk", "data-chunk": String(i) });
    root.append(c.el);
    if (observer && i > 0) {
      c.el.append(text.slice(c.from, c.to));
      observer.observe(c.el);
    } else {
      fillChunk(c, text, opts);
    }
    yield;
  }
}

/** @param {{start:number,end:number,kind:string,data:any}} sp @param {string} text @param {{labels?: boolean}} opts */
function markFor(sp, text, opts) {
  const t = text.slice(sp.start, sp.end);
  if (sp.kind === "phrase") {
    const p = sp.data;
    // Colour intensity in five steps (classes s1..s5 in the stylesheet): cheaper to draw
    // than a style property per mark.
    const strength = 1 + Math.min(4, Math.floor((Math.abs(p.score) / 3) * 5));
    const tip = `${p.score >= 0 ? "positive" : "negative"} ${fmt(p.score)} · rule: ${p.rule}`;
    const m = h("mark", {
      class: `phrase ${sign(p.score)} s${strength}`, "data-score": String(p.score), "data-rule": p.rule,
      tabindex: "0", "aria-label": `${t}: ${tip}`,
    }, [t]);
    m.append(h("span", { class: "tip", role: "tooltip" }, [tip]));
    if (opts.labels) m.append(h("sup", { class: "arrow", "aria-hidden": "true" }, [arrow(p.score)]));
    return m;
  }
  if (sp.kind === "figure") {
    const f = sp.data;
    return h("mark", { class: "figure", "data-kind": f.kind, title: `${f.kind}: ${normalised(f)}` }, [t]);
  }
  return h("mark", { class: "mention", "data-symbol": sp.data.symbol, title: `${sp.data.name} (${sp.data.symbol})` }, [t]);
}

/**
 * @param {Analysis} a @param {HTMLElement} article
 * @param {(offsets: number[]) => void} ensure draws the parts of the article holding these offsets
 */
function renderTickers(a, article, ensure) {
  const body = h("tbody");
  for (const t of a.tickers) {
    const bar = h("span", { class: "bar-fill" });
    bar.style.width = `${Math.round(t.relevance * 100)}%`;
    const row = h("tr", { "data-symbol": t.symbol, tabindex: "0", "aria-label": `${t.name}: highlight mentions` }, [
      h("th", { scope: "row" }, [t.symbol]),
      h("td", {}, [t.name]),
      h("td", {}, [h("span", { class: "bar", title: `relevance ${t.relevance.toFixed(2)}` }, [bar]), ` ${t.relevance.toFixed(2)}`]),
      h("td", { class: `num ${sign(t.score)}` }, [`${arrow(t.score)} ${fmt(t.score)}`]),
      h("td", {}, [t.label]),
      h("td", { class: "num" }, [String(t.mentions.length)]),
    ]);
    const pick = () => {
      const on = !row.classList.contains("selected");
      for (const r of body.querySelectorAll("tr.selected")) r.classList.remove("selected");
      for (const m of article.querySelectorAll("mark.mention.active")) m.classList.remove("active");
      row.setAttribute("aria-pressed", String(on));
      if (!on) return;
      row.classList.add("selected");
      ensure(t.mentions.map((m) => m.start));
      const marks = [...article.querySelectorAll("mark.mention")].filter((m) => m instanceof HTMLElement && m.dataset.symbol === t.symbol);
      for (const m of marks) m.classList.add("active");
      marks[0]?.scrollIntoView?.({ block: "nearest" });
    };
    row.addEventListener("click", pick);
    row.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); } });
    body.append(row);
  }
  return table("Tickers", ["Symbol", "Company", "Relevance", "Score", "Label", "Mentions"], body, "tickers", "No companies found.");
}

/** @param {any} f */
function normalised(f) {
  // A period's value is its year when it names one (0 otherwise): show the year or nothing.
  if (f.kind === "period") return f.value ? `year ${f.value}` : "";
  const unit = f.currency ?? ({ percent: "%", basisPoints: "bps", percentagePoints: "pp" }[/** @type {string} */ (f.kind)] ?? f.unit ?? "");
  const per = f.per ? ` per ${f.per}` : "";
  const val = f.low != null && f.high != null ? `${n(f.low)}–${n(f.high)}` : f.value != null ? n(f.value) : "";
  return `${val}${unit === "%" ? "%" : unit ? " " + unit : ""}${per}`.trim();
}

/** @param {number} v */
const n = (v) => {
  // Intl.NumberFormat is slow per call and a table has hundreds of numbers. Most values print
  // exactly as written in at most four decimals: group those by hand, the rest through Intl.
  const s = String(v);
  const m = /^(-?)(\d+)(\.\d{1,4})?$/.exec(s);
  if (!m) return NUMBER.format(v);
  return m[1] + m[2].replace(/\B(?=(\d{3})+$)/g, ",") + (m[3] ?? "");
};


/** The change as "▼ 45,000,000 USD from $130 million": direction shown by arrow and word. @param {any} f */
function change(f) {
  const c = f.change;
  if (!c) return "";
  const dir = c.direction === "up" ? "▲ up" : c.direction === "down" ? "▼ down" : c.direction ?? "";
  const unit = c.unit === "money" ? ` ${f.currency ?? ""}` : c.unit === "percent" ? "%" : c.unit === "basisPoints" ? " bps" : c.unit === "percentagePoints" ? " pp" : c.unit ? ` ${c.unit}` : "";
  const value = typeof c.value === "number" ? n(c.value) + unit : "";
  return `${dir} ${value}${c.basis ? " " + c.basis : ""}`.replace(/\s+/g, " ").trim();
}

const FIGURE_COLUMNS = ["As written", "Kind", "Value", "Metric", "Period", "Change"];

/** @param {any} f */
function figureRow(f) {
  return h("tr", { "data-kind": f.kind }, [
    h("th", { scope: "row" }, [f.text]),
    h("td", {}, [f.kind]),
    h("td", { class: "num" }, [normalised(f)]),
    h("td", {}, [f.metric ?? ""]),
    h("td", {}, [f.period ?? ""]),
    h("td", {}, [change(f)]),
  ]);
}

/** @param {string} title @param {string[]} cols @param {HTMLElement} body @param {string} cls @param {string} empty */
function table(title, cols, body, cls, empty) {
  const t = h("table", { class: cls }, [
    h("caption", {}, [title]),
    h("thead", {}, [h("tr", {}, cols.map((c) => h("th", { scope: "col" }, [c])))]),
    body,
  ]);
  const box = h("div", { class: "table-box" }, [t]);
  if (!body.children.length && empty) box.append(h("p", { class: "empty" }, [empty]));
  return box;
}

/**
 * The five label names of a `labels` attribute ("very bearish,bearish,flat,bullish,very
 * bullish", most negative first), or null when it names none (then the engine's own labels).
 * @param {string | null} v @returns {string[] | null}
 */
export function parseLabels(v) {
  const names = (v ?? "").split(",").map((s) => s.trim());
  return names.length === 5 && names.every(Boolean) ? names : null;
}

/**
 * The build an element analyses with: the exports of `fintone` or `fintone/slim` it uses.
 * @typedef {{ init: typeof import("../js/index.js").init, Analyzer: typeof import("../js/index.js").Analyzer }} Engine
 */

/**
 * Defines <fintone-analyzer> over `engine` (unless a page has defined it already) and returns
 * its class.
 * @param {Engine} engine
 * @param {() => Worker} worker starts a module worker that loads the same build
 */
export function define(engine, worker) {
  const FintoneAnalyzer = class extends FintoneAnalyzerBase {
    static engine = engine;
    static worker = worker;
  };
  if (!customElements.get("fintone-analyzer")) customElements.define("fintone-analyzer", FintoneAnalyzer);
  return FintoneAnalyzer;
}

/**
 * The embeddable analyser. Attributes: `text` (initial article), `labels` (present: show ▲/▼
 * beside each phrase; with five comma-separated names, most negative first, also use them
 * as the labels), `theme` ("light" | "dark"). Fires `fintone-result` with the Analysis as
 * detail.
 */
class FintoneAnalyzerBase extends HTMLElement {
  /**
   * The build this element analyses with: `define` sets it in the subclass it defines.
   * @type {Engine}
   */
  static engine;

  /**
   * Starts a module worker that loads the same build: `define` sets it too.
   * @type {() => Worker}
   */
  static worker;

  /** This element's build. @returns {typeof FintoneAnalyzerBase} */
  #build() {
    return /** @type {typeof FintoneAnalyzerBase} */ (this.constructor);
  }

  static observedAttributes = ["text", "labels", "theme"];
  /** @type {Analysis | null} */
  analysis = null;
  #timer = 0;
  #seq = 0;
  /** @type {Worker | null} */
  #worker = null;
  /** Analyses on the main thread, reusing the Analyzer of the last options. */
  #analyzers = analyzerCache(this.#build().engine.Analyzer);
  /** @type {Record<string, unknown> | null} */
  #options = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheet()];
    this.input = h("textarea", { id: "input", rows: "8", spellcheck: "false", placeholder: "Paste an article…" });
    this.button = h("button", { type: "button", class: "analyze" }, ["Analyze"]);
    this.status = h("span", { class: "status", role: "status", "aria-live": "polite" });
    this.copyButton = h("button", { type: "button" }, ["Copy JSON"]);
    this.downloadButton = h("button", { type: "button" }, ["Download JSON"]);
    this.output = h("div", { class: "output", part: "output" });
    root.append(h("div", { class: "fintone", part: "root" }, [
      h("div", { class: "paste", part: "paste" }, [
        h("label", { for: "input" }, ["Paste an article"]),
        this.input,
        h("div", { class: "actions" }, [this.button, this.copyButton, this.downloadButton, this.status]),
      ]),
      this.output,
    ]));
    this.input.addEventListener("input", () => this.#schedule());
    this.button.addEventListener("click", () => this.analyzeNow());
    this.copyButton.addEventListener("click", () => this.#copy());
    this.downloadButton.addEventListener("click", () => this.#download());
  }

  /**
   * Analyzer options for this element (plain data, as for `new Analyzer(options)`): a
   * portal's own `universe` of companies, extra `lexicon` entries, `thresholds`, parts
   * switched off. The `labels` attribute, when it names five labels, takes precedence for
   * `labels`. Setting it re-analyses; bad options show their error in the status line.
   */
  get options() { return this.#options; }
  set options(v) {
    this.#options = v ? structuredClone(v) : null;
    if (this.input.value) this.#schedule(0);
  }

  /** The article text. */
  get value() { return this.input.value; }
  set value(v) { this.input.value = v; this.#schedule(0); }

  connectedCallback() {
    if (!this.hasAttribute("theme")) this.setAttribute("theme", "light");
    if (this.input.value) this.#schedule(0);
  }

  /** @param {string} name @param {string|null} _old @param {string|null} v */
  attributeChangedCallback(name, _old, v) {
    if (name === "text") this.value = v ?? "";
    else if (name === "labels" && this.input.value) this.#schedule(0);
  }

  /** @param {number} [ms] */
  #schedule(ms = DEBOUNCE_MS) {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.analyzeNow(), ms);
  }

  /** Analyses the current text now; resolves with the Analysis once it is shown. */
  async analyzeNow() {
    clearTimeout(this.#timer);
    const text = this.input.value;
    const id = ++this.#seq;
    this.status.textContent = "Analysing…";
    try {
      const options = this.#effectiveOptions();
      // The analyser is built right after init(), for this element's options: init() warms
      // up nothing of its own (by default it would load the company table, which an element
      // with tickers off never reads).
      const analysis =
        text.length > WORKER_THRESHOLD
          ? await this.#inWorker(id, text, options)
          : (await this.#build().engine.init(undefined, { warmUp: false }), this.#analyzers(options).analyze(text));
      if (id !== this.#seq) return analysis; // a newer run superseded this one
      if (text.length > WORKER_THRESHOLD) this.status.textContent = "Rendering…";
      if (!(await this.#show(analysis, text, id))) return analysis;
      this.status.textContent = [count(analysis.phrases.length, "phrase"), count(analysis.tickers.length, "ticker"), count(analysis.figures.length, "figure")].join(", ");
      this.dispatchEvent(new CustomEvent("fintone-result", { detail: analysis, bubbles: true, composed: true }));
      return analysis;
    } catch (e) {
      if (id === this.#seq) this.status.textContent = `Error: ${e instanceof Error ? e.message : String(e)}`;
      throw e;
    }
  }

  /**
   * The Analyzer options in force: `options` with the label names of the `labels` attribute
   * (when it names five), or null for the defaults.
   * @returns {Record<string, unknown> | null}
   */
  #effectiveOptions() {
    const labels = parseLabels(this.getAttribute("labels"));
    if (!labels && !this.#options) return null;
    return { ...this.#options, ...(labels ? { labels } : {}) };
  }

  /**
   * Analyses in the worker; the result comes back in slices (see worker.js), each decoded as
   * its own task so the page stays responsive.
   * @param {number} id @param {string} text @param {Record<string, unknown> | null} options @returns {Promise<Analysis>}
   */
  #inWorker(id, text, options) {
    this.#worker ??= this.#build().worker();
    const w = this.#worker;
    return new Promise((resolve, reject) => {
      /** @type {any} */
      let head = null;
      /** @type {Record<string, unknown[]>} */
      const lists = { sentences: [], phrases: [], figures: [] };
      /** @param {MessageEvent} e */
      const on = (e) => {
        const d = e.data;
        if (d.id !== id) return;
        if (d.head) head = JSON.parse(d.head);
        else if (d.list) for (const item of JSON.parse(d.items)) lists[d.list].push(item);
        if (!d.error && !d.done) return;
        w.removeEventListener("message", on);
        if (d.error) return reject(new Error(d.error));
        // The keys in the order of `analyze`'s result (the JSON the widget copies).
        const { overall, tickers, target } = head;
        resolve({ overall, sentences: lists.sentences, phrases: lists.phrases, tickers, figures: lists.figures, ...(target ? { target } : {}) });
      };
      w.addEventListener("message", on);
      w.postMessage({ id, text, options });
    });
  }

  /**
   * Draws the result: at once for short texts (a few milliseconds), in slices for long ones.
   * @param {Analysis} analysis @param {string} text @param {number} id @returns {Promise<boolean>} false if superseded
   */
  async #show(analysis, text, id) {
    this.analysis = analysis;
    const opts = { labels: this.hasAttribute("labels") };
    if (text.length <= WORKER_THRESHOLD) {
      render(this.output, analysis, text, opts);
      return true;
    }
    return renderSliced(this.output, analysis, text, opts, () => id === this.#seq);
  }

  #json() { return JSON.stringify(this.analysis ?? {}, null, 2); }

  async #copy() {
    try { await navigator.clipboard.writeText(this.#json()); this.status.textContent = "JSON copied."; }
    catch { this.status.textContent = "Copy failed: the clipboard is not available here."; }
  }

  #download() {
    const url = URL.createObjectURL(new Blob([this.#json()], { type: "application/json" }));
    const a = h("a", { href: url, download: "fintone-analysis.json" });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
