// The peer benchmark's corpus: financial-news articles generated from templates written for
// this bench (no third-party text), with a seeded PRNG, so the bytes are the same on every run
// and every machine and figures compare across commits. `tests/js/bench-corpus.test.js`
// checks that two generations hash alike and have the expected size.
//
// Each article: a headline, a dateline, then paragraphs of 2-6 sentences drawn from templates
// over companies (fictional and real, with and without tickers), metrics, movements up and
// down, figures (money, percents, basis points, ranges, periods), negations, hedges, contrast,
// intensifiers, quotes and analyst calls. Mostly ASCII with a few "€", "£" and "—", like wire
// copy. Sizes are measured in UTF-8 bytes throughout.
import { createHash } from "node:crypto";

/** mulberry32: a small seeded PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [name, ticker or null, exchange]
const COMPANIES = [
  ["Acme Robotics", "ACMR", "NASDAQ"],
  ["Globex Corp.", "GLBX", "NYSE"],
  ["Initech", "INTK", "NASDAQ"],
  ["Umbrella Pharma", "UMBP", "NYSE"],
  ["Stark Industries", "STRK", "NYSE"],
  ["Wayne Enterprises", "WAYN", "NYSE"],
  ["Cyberdyne Systems", "CYDN", "NASDAQ"],
  ["Soylent Foods", null, null],
  ["Tyrell Corp.", "TYRL", "NYSE"],
  ["Hooli", "HOOL", "NASDAQ"],
  ["Vandelay Industries", null, null],
  ["Northwind Traders", "NWND", "NASDAQ"],
  ["Contoso Bank", "CTSO", "NYSE"],
  ["Massive Dynamic", "MSDY", "NYSE"],
  ["Oceanic Airlines", "OCNA", "NYSE"],
  ["Apple", "AAPL", "NASDAQ"],
  ["Microsoft", "MSFT", "NASDAQ"],
  ["Amazon", "AMZN", "NASDAQ"],
  ["JPMorgan Chase", "JPM", "NYSE"],
  ["Wells Fargo", "WFC", "NYSE"],
  ["Nvidia", "NVDA", "NASDAQ"],
  ["Intel", "INTC", "NASDAQ"],
  ["Tesla", "TSLA", "NASDAQ"],
  ["Boeing", "BA", "NYSE"],
  ["Pfizer", "PFE", "NYSE"],
  ["Exxon Mobil", "XOM", "NYSE"],
  ["BP", "BP", "NYSE"],
  ["Shell", "SHEL", "NYSE"],
  ["Siemens", null, null],
  ["Unilever", "UL", "NYSE"],
];
const CITIES = ["NEW YORK", "LONDON", "SAN FRANCISCO", "FRANKFURT", "TOKYO", "CHICAGO", "SEATTLE", "HOUSTON", "PARIS", "SINGAPORE"];
const MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];
const WIRES = ["Wire", "Newswire", "Markets Desk", "Business Desk"];
// Metrics where up is good, and where up is bad (the engine's metric x movement rule).
const GOOD_METRICS = ["revenue", "net income", "operating margin", "free cash flow", "gross margin", "bookings", "deliveries", "subscribers", "earnings per share", "same-store sales", "order backlog", "market share"];
// The good metrics that are amounts of money (the others are rates or counts).
const MONEY_METRICS = ["revenue", "net income", "free cash flow", "bookings", "order backlog", "operating profit", "sales"];
const BAD_METRICS = ["costs", "net losses", "debt", "churn", "delinquencies", "inventory write-downs", "operating expenses", "loan-loss provisions"];
const UP = ["rose", "jumped", "climbed", "surged", "increased", "grew", "soared", "edged up", "widened"];
const DOWN = ["fell", "dropped", "declined", "slipped", "slumped", "plunged", "decreased", "narrowed", "edged down"];
const PERIODS = ["the third quarter", "the second quarter", "the first quarter", "the fourth quarter", "fiscal 2025", "the first half", "the quarter ended June 30", "Q3 2026", "the nine months to September", "the full year"];
const BASES = ["year over year", "from a year earlier", "quarter on quarter", "sequentially", "compared with last year"];
const HEDGES = ["may", "could", "might", "is expected to", "appears likely to", "is seen to"];
const INTENSIFIERS = ["sharply", "significantly", "slightly", "modestly", "dramatically", "marginally", "strongly"];
const ANALYST_FIRMS = ["a large investment bank", "Morgan Brothers", "Keystone Research", "Harbor Securities", "an independent research house", "Atlas Capital"];
const RATINGS_UP = ["upgraded", "raised its rating on", "initiated coverage with a buy rating on", "reiterated its outperform rating on"];
const RATINGS_DOWN = ["downgraded", "cut its rating on", "lowered its price target on", "moved to underweight on"];
const GOOD_NEWS = ["beat analysts' estimates", "topped expectations", "posted record results", "raised its full-year outlook", "announced a share buyback", "won a major contract", "reported strong demand"];
const BAD_NEWS = ["missed analysts' estimates", "cut its full-year guidance", "issued a profit warning", "announced layoffs", "disclosed a regulatory probe", "suspended its dividend", "reported weak demand"];
const REASONS = ["higher input costs", "weaker consumer demand", "supply-chain disruptions", "a stronger dollar", "robust cloud spending", "lower energy prices", "pricing pressure", "a one-time tax benefit", "strong holiday sales", "rising interest rates"];
const CEO = ["the chief executive", "the chief financial officer", "the chief operating officer", "a spokeswoman", "a spokesman", "the chairman"];
const SHARE_MOVES = ["rise", "fall", "jump", "slide", "rally", "tumble"];
const QUOTES_GOOD = [
  "We delivered an excellent quarter and our momentum is accelerating",
  "Demand remains healthy across every region",
  "We are very confident in our outlook for the rest of the year",
  "Our teams executed well in a difficult environment",
];
const QUOTES_BAD = [
  "This was a disappointing quarter and we are not satisfied",
  "Conditions remain challenging and visibility is poor",
  "We did not execute as well as we should have",
  "We expect the headwinds to persist into next year",
];
const FILLER = [
  "The results were released after the market closed.",
  "The company will hold a conference call with analysts on Thursday.",
  "Trading volume was roughly twice the 30-day average.",
  "The broader market index ended the session little changed.",
  "The company did not comment on the report.",
  "Figures are unaudited and may be revised.",
  "The stock has traded in a narrow range for most of the year.",
];

function generator(rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pct = () => (rand() < 0.5 ? `${int(1, 45)}%` : `${int(1, 30)}.${int(0, 9)}%`);
  const money = () => {
    const r = rand();
    const cur = r < 0.8 ? "$" : r < 0.92 ? "€" : "£";
    const unit = pick(["million", "billion", "billion", "million"]);
    return `${cur}${int(1, 950)}${rand() < 0.6 ? `.${int(0, 9)}` : ""} ${unit}`;
  };
  const perShare = () => `$${int(0, 12)}.${String(int(1, 99)).padStart(2, "0")} a share`;
  const bps = () => `${int(5, 400)} basis points`;
  const name = (c) => c[0];
  const tagged = (c) => (c[1] && rand() < 0.5 ? `${c[0]} (${c[2]}: ${c[1]})` : c[0]);

  /** One sentence about company `c`; the template index is drawn here. */
  function sentence(c, first) {
    const other = pick(COMPANIES);
    const good = pick(GOOD_METRICS);
    const amount = pick(MONEY_METRICS);
    const bad = pick(BAD_METRICS);
    const S = first ? tagged(c) : name(c);
    const templates = [
      () => `${S} said ${amount} ${pick(UP)} ${pct()} ${pick(BASES)} to ${money()} in ${pick(PERIODS)}.`,
      () => `${S} said ${amount} ${pick(DOWN)} ${pct()} to ${money()} in ${pick(PERIODS)}, ${pick(["hurt by", "reflecting", "as a result of"])} ${pick(REASONS)}.`,
      () => `${bad[0].toUpperCase()}${bad.slice(1)} at ${S} ${pick(DOWN)} to ${money()} from ${money()} a year earlier.`,
      () => `${bad[0].toUpperCase()}${bad.slice(1)} ${pick(UP)} ${pick(INTENSIFIERS)} to ${money()}, ${S} said.`,
      () => `Shares of ${S} ${pick(UP)} ${pct()} in ${pick(["early", "after-hours", "pre-market", "afternoon"])} trading after the company ${pick(GOOD_NEWS)}.`,
      () => `Shares of ${S} ${pick(DOWN)} ${pct()} after the company ${pick(BAD_NEWS)}.`,
      () => `${S} ${pick(GOOD_NEWS)}, and ${good} ${pick(UP)} ${pct()}.`,
      () => `${S} ${pick(BAD_NEWS)}, citing ${pick(REASONS)}.`,
      () => `${S} did not ${pick(["meet", "beat", "reach"])} expectations, and ${good} ${pick(DOWN)} ${pick(INTENSIFIERS)}, but the outlook ${pick(["improved", "was unchanged", "brightened"])}.`,
      () => `${S} no longer expects ${good} to grow this year, and it has not ruled out further job cuts.`,
      () => `${S} ${pick(HEDGES)} report ${amount} between ${money()} and ${money()} for ${pick(PERIODS)}, according to people familiar with the matter.`,
      () => `Analysts at ${pick(ANALYST_FIRMS)} ${pick(RATINGS_UP)} ${S}, with a price target of $${int(10, 900)}.`,
      () => `Analysts at ${pick(ANALYST_FIRMS)} ${pick(RATINGS_DOWN)} ${S}, saying ${pick(REASONS)} ${pick(HEDGES)} weigh on margins.`,
      () => `Although ${good} ${pick(UP)} ${pct()}, ${S} warned that ${pick(REASONS)} ${pick(HEDGES)} hurt results in ${pick(PERIODS)}.`,
      () => `Despite ${pick(REASONS)}, ${S} reported that ${good} ${pick(UP)} ${pct()} ${pick(BASES)}.`,
      () => `Gross margin at ${S} ${pick(["expanded", "contracted"])} by ${bps()} to ${int(10, 70)}.${int(0, 9)}%.`,
      () => `The board of ${S} declared a quarterly dividend of ${perShare()}, ${pick(["up", "down", "unchanged"])} from the prior quarter.`,
      () => `"${pick(QUOTES_GOOD)}," ${pick(CEO)} of ${S} said in a statement.`,
      () => `"${pick(QUOTES_BAD)}," ${pick(CEO)} said on a call with analysts.`,
      () => `While ${S} ${pick(UP)}, ${name(other)} ${pick(DOWN)} ${pct()} after ${pick(BAD_NEWS).replace(/^(\w+)/, "it $1")}.`,
      () => `Regulators fined ${S} ${money()} over ${pick(["the data breach", "misleading disclosures", "safety lapses", "antitrust violations"])}, and the stock ${pick(DOWN)}.`,
      () => `${S} expects ${good} to ${pick(["grow", "rise", "increase"])} ${int(1, 15)}% to ${int(16, 30)}% in ${pick(PERIODS)}, ${pick(["above", "below", "in line with"])} the consensus of ${int(5, 20)}%.`,
      () => `Earnings per share came in at ${perShare()}, ${pick(["beating", "missing", "matching"])} the ${perShare()} analysts had expected.`,
      () => `${S} is not expected to ${pick(["raise", "cut", "change"])} its forecast, and investors were ${pick(["unimpressed", "relieved", "cautiously optimistic", "disappointed", "pleased"])}.`,
      () => `Free cash flow at ${S} was ${money()}, ${pick(["a record", "the weakest in three years", "roughly flat"])}, while net debt ${pick(UP.concat(DOWN))} to ${money()}.`,
      () => pick(FILLER),
    ];
    return pick(templates)();
  }

  /** One article of about `bytes` UTF-8 bytes (never more than `bytes` when `exact`). */
  function article(bytes, exact = false) {
    const c = pick(COMPANIES);
    const mood = rand() < 0.5 ? pick(GOOD_NEWS) : pick(BAD_NEWS);
    let out = `${name(c)} ${mood}${rand() < 0.4 ? `; shares ${pick(SHARE_MOVES)}` : ""}\n\n`;
    out += `${pick(CITIES)}, ${pick(MONTHS)} ${int(1, 28)} (${pick(WIRES)}) — `;
    let size = Buffer.byteLength(out);
    let inParagraph = 0;
    let paragraphLength = int(2, 6);
    let first = true;
    let subject = c;
    for (;;) {
      // Now and then a paragraph is about a rival.
      if (inParagraph === 0 && !first) subject = rand() < 0.2 ? pick(COMPANIES) : c;
      const s = sentence(subject, first || (inParagraph === 0 && subject !== c));
      first = false;
      inParagraph++;
      const sep = inParagraph >= paragraphLength ? "\n\n" : " ";
      const add = Buffer.byteLength(s) + sep.length;
      if (exact && size + add > bytes) break;
      out += s + sep;
      size += add;
      if (sep !== " ") {
        inParagraph = 0;
        paragraphLength = int(2, 6);
      }
      if (!exact && size >= bytes) break;
    }
    return out.trimEnd() + "\n";
  }
  return { article, int };
}

/** The corpus seed: change it and every published figure changes with it. */
export const SEED = 20260707;

/**
 * Articles of 1.5-8 KB adding up to at least `bytes` UTF-8 bytes (default 5 MB).
 * @returns {string[]}
 */
export function corpus(bytes = 5_000_000, seed = SEED) {
  const g = generator(mulberry32(seed));
  const out = [];
  let total = 0;
  while (total < bytes) {
    const a = g.article(g.int(1500, 8000));
    total += Buffer.byteLength(a);
    out.push(a);
  }
  return out;
}

/** One article of at most 10 KB (10,240 bytes), within a sentence of it. */
export function article10k(seed = SEED + 1) {
  return generator(mulberry32(seed)).article(10 * 1024, true);
}

/**
 * One text of at most `bytes`, the corpus's articles joined from article `from` on (cycling
 * when it runs out).
 */
export function joined(articles, bytes, from = 0) {
  const parts = [];
  let size = 0;
  for (let i = from; ; i++) {
    const a = articles[i % articles.length];
    const n = Buffer.byteLength(a) + 1;
    if (size + n > bytes) break;
    parts.push(a);
    size += n;
  }
  return parts.join("\n");
}

/** SHA-256 of the articles, each followed by a NUL. */
export function hash(articles) {
  const h = createHash("sha256");
  for (const a of articles) h.update(a).update("\0");
  return h.digest("hex");
}

export function bytesOf(articles) {
  let n = 0;
  for (const a of articles) n += Buffer.byteLength(a);
  return n;
}
