// Types of the fintone package. Written by hand from the Rust result types
// (src/analysis.rs, src/figures, src/tickers, src/options.rs) and tested against them:
// tests/js/types.test.js type-checks real analyses, as object literals, against `Analysis`
// (so a field the engine emits but these types lack, or the reverse, fails), and
// tests/js/consumer.ts touches every field under `tsc --noEmit`.

/** Where init() finds the WebAssembly module when it is not beside this package. */
export type InitInput =
  | string
  | URL
  | Request
  | Response
  | Promise<Response>
  | BufferSource
  | WebAssembly.Module;

/** What init() does beyond loading the module. */
export interface InitSettings {
  /**
   * What to build before the first analysis, so that it is as quick as the rest: the
   * options the page will analyse with (the lexicon matcher, and the company index when
   * `tickers` is on, as those options need them), `true` (the default) for the default
   * options, or `false` for nothing (each part is then built by the first analysis that
   * needs it). A page that never turns tickers on passes `{ warmUp: { tickers: false } }`
   * and skips loading the company table, most of init()'s work after the module itself.
   * Bad options reject this call with an Error naming the field; the module is loaded
   * all the same.
   */
  warmUp?: Options | boolean;
}

/**
 * Loads the WebAssembly module; call once (and await) before `analyze` or `new Analyzer`.
 * Idempotent (a later call with `settings` does its own warm-up). With no `input`: browsers
 * fetch the `.wasm` beside this module, Node reads it from disk.
 */
export function init(input?: InitInput, settings?: InitSettings): Promise<void>;

/** Analyses one text: the same result as the CLI's JSON, as a plain object. */
export function analyze(text: string, options?: Options): Analysis;

/** An analyser for many texts with the same options (lexicon matcher and company index built once). */
export class Analyzer {
  /** Throws an Error naming the field when an option is wrong. */
  constructor(options?: Options);
  analyze(text: string): Analysis;
  /**
   * Analyses a long text in parts (about 64 K characters each, cut at a line break), so that
   * memory follows the part rather than the text: `onPart` gets each part as soon as it is
   * done, offsets in the whole text; the return value holds what belongs to the whole text.
   */
  analyzeStream(text: string, onPart: (part: Part) => void): StreamSummary;
  /** Frees the WebAssembly memory now rather than when garbage-collected. */
  free(): void;
  [Symbol.dispose](): void;
}

/** `new Analyzer(options).analyzeStream(text, onPart)`, for one long text. */
export function analyzeStream(text: string, onPart: (part: Part) => void, options?: Options): StreamSummary;

/** A stream part's length in UTF-16 code units, after which the next line break ends it (65536). */
export const PART_UNITS: number;

/** Where the stream part of `text` that starts at `from` ends (UTF-16 index; the CLI's `--stream` cuts at the same places). */
export function partEnd(text: string, from: number, units?: number): number;

/** The engine version. */
export function version(): string;

/** Options; every field is optional and defaults as documented. */
export interface Options {
  /** The five labels, most negative first. Default: "strongly negative" ... "strongly positive". */
  labels?: [string, string, string, string, string];
  /** Label thresholds on |score|: default { neutral: 0.15, strong: 0.35 }. */
  thresholds?: Thresholds;
  /** Extra or overriding lexicon entries (words or multi-word phrases). */
  lexicon?: LexiconEntry[];
  /** Fill `sentences` (default true). */
  sentences?: boolean;
  /** Fill `phrases` (default true). */
  phrases?: boolean;
  /** Detect tickers (default true). */
  tickers?: boolean;
  /** Extract figures (default true). */
  figures?: boolean;
  /** An entity to score on its own (`Analysis.target`). */
  target?: string | null;
  /** Companies to detect besides (or, with `replaceDefault`, instead of) the built-in table. */
  universe?: CompanyEntry[];
  /** Use only `universe`, not the built-in company table. */
  replaceDefault?: boolean;
  /** Longest input accepted, in UTF-8 bytes (default 32 MiB). */
  maxInputBytes?: number;
}

export interface Thresholds {
  /** Below this magnitude a score is neutral. */
  neutral: number;
  /** At or above this magnitude a score is strong. */
  strong: number;
}

export interface LexiconEntry {
  /** Matched case-insensitively on whole words ("sold out"). */
  phrase: string;
  /** In [-1, 1]. */
  score: number;
}

export interface CompanyEntry {
  symbol: string;
  name: string;
  aliases?: string[];
}

/** The result. Offsets are UTF-16 code units: `text.slice(start, end)` is exact. */
export interface Analysis {
  overall: Overall;
  /** Empty when `options.sentences` is false. */
  sentences: Sentence[];
  /** Empty when `options.phrases` is false. */
  phrases: Phrase[];
  /** Most relevant first; empty when `options.tickers` is false. */
  tickers: TickerScore[];
  /** In text order; empty when `options.figures` is false. */
  figures: Figure[];
  /** Present only when a target was asked for. */
  target?: TargetScore;
}

/** One part of a long text (`analyzeStream`): offsets in the whole text. */
export interface Part {
  /** UTF-16 start of the part. */
  start: number;
  /** UTF-16 end of the part. */
  end: number;
  /** Empty when `options.sentences` is false. */
  sentences: Sentence[];
  /** `sentence` indexes all the text's sentences. Empty when `options.phrases` is false. */
  phrases: Phrase[];
  figures: Figure[];
}

/** What `analyzeStream` says of the whole text once every part is in. */
export interface StreamSummary {
  overall: Overall;
  /** Most relevant first, with every mention in the text. */
  tickers: TickerScore[];
  /** Present only when a target was asked for. */
  target?: TargetScore;
  /** How many sentences the text has. */
  sentenceCount: number;
  /** How many parts it was analysed in. */
  parts: number;
}

export interface Overall {
  /** In [-1, 1]. */
  score: number;
  label: string;
}

export interface Sentence {
  start: number;
  end: number;
  score: number;
  label: string;
}

/** The rule that made a phrase. */
export type Rule = "lexicon" | "negation" | "metric-direction" | "intensity" | "hedge" | "contrast";

export interface Phrase {
  start: number;
  end: number;
  text: string;
  /** Signed contribution in [-1, 1]. */
  score: number;
  /** Index into `sentences`. */
  sentence: number;
  rule: Rule;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface TickerScore {
  symbol: string;
  name: string;
  /** In (0, 1]. */
  relevance: number;
  score: number;
  label: string;
  mentions: Mention[];
}

export interface TargetScore {
  name: string;
  score: number;
  label: string;
  mentions: Mention[];
}

export type FigureKind =
  | "money"
  | "percent"
  | "percentagePoints"
  | "basisPoints"
  | "count"
  | "multiple"
  | "price"
  | "period";

export interface Change {
  direction: "up" | "down";
  value: number;
  unit: string;
  /** "YoY", "QoQ", "sequential" or "from X", when the text says. */
  basis?: string;
}

export interface Figure {
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  /** The normalised value. */
  value: number;
  /** ISO currency code of money and prices. */
  currency?: string;
  /** "share", "year" ... for rates and per-unit prices. */
  per?: string;
  unit?: string;
  /** Range bounds. */
  low?: number;
  high?: number;
  /** What the figure measures ("revenue"). */
  metric?: string;
  /** The period the figure is for ("Q1 2026"), as written. */
  period?: string;
  /** UTF-16 span of that period in the text. */
  periodStart?: number;
  periodEnd?: number;
  change?: Change;
  /** The earlier value it is compared with. */
  previous?: number;
}
