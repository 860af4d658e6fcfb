import type { Analysis, Options } from "../js/index.js";

/** The five names of a `labels` attribute, or null. */
export function parseLabels(value: string | null): string[] | null;

/**
 * Renders an Analysis of `text` into `container` (replacing its content): the overall gauge,
 * the article with highlighted phrases, figures and mentions, the ticker and figures tables.
 */
export function render(container: Element | ShadowRoot, analysis: Analysis, text: string, opts?: { labels?: boolean }): void;

/**
 * Like render(), in slices of a few milliseconds with the browser free in between (how the
 * element draws long articles). Resolves true when done, or false once `current()` returns
 * false (a newer result superseded this one).
 */
export function renderSliced(container: Element | ShadowRoot, analysis: Analysis, text: string, opts: { labels?: boolean }, current: () => boolean): Promise<boolean>;

/**
 * `<fintone-analyzer text="…" labels theme="light|dark">`: paste an article, see its analysis.
 * Fires `fintone-result` (a CustomEvent whose detail is the Analysis) after each analysis.
 */
export class FintoneAnalyzer extends HTMLElement {
  static observedAttributes: string[];
  /** The last Analysis shown, or null before the first. */
  analysis: Analysis | null;
  /**
   * Analyzer options for this element (as for `new Analyzer(options)`: `universe`, `lexicon`,
   * `thresholds`, parts switched off…); a five-name `labels` attribute takes precedence for
   * `labels`. Setting it re-analyses.
   */
  options: Options | null;
  /** The article text (setting it schedules an analysis). */
  value: string;
  /** Analyses the current text now; resolves with the Analysis once it is rendered. */
  analyzeNow(): Promise<Analysis>;
}

declare global {
  interface HTMLElementTagNameMap {
    "fintone-analyzer": FintoneAnalyzer;
  }
  interface HTMLElementEventMap {
    "fintone-result": CustomEvent<Analysis>;
  }
}
