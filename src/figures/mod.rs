//! Figures: amounts, rates and periods, linked to the metric they measure.
//!
//! The stages, in order:
//! 1. `periods`: "Q1 2026", "fiscal 2024", "the first half", "over the next 12-24 months";
//!    the tokens they cover are closed to the amount scanner, so "2026" in "Q1 2026" is
//!    never an amount.
//! 2. `scan`: money, percent, percentage points, basis points, multiples and counts,
//!    ranges folded into one figure (`numbers` reads the numerals and spelled-out amounts,
//!    `money` the currencies).
//! 3. `linkage`: metric, period, change and previous level.
//!
//! Everything works on the shared tokens of the [`Doc`], with bounded look-around per
//! token, so the cost is linear in the text.

mod linkage;
mod money;
pub(crate) mod numbers;
mod periods;
mod scan;

use crate::sort;
use crate::span::{Span, Utf16Map};
use crate::text::Doc;
use serde::Serialize;

/// One figure the text states.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    /// UTF-16 start.
    pub start: usize,
    /// UTF-16 end.
    pub end: usize,
    /// The text as written.
    pub text: String,
    /// What it is: `money`, `percent`, `percentagePoints`, `basisPoints`, `count`,
    /// `multiple`, `price` or `period`.
    pub kind: &'static str,
    /// The normalised value: units of the currency for money and prices (37600000000 for
    /// "$37.6 billion", 0.5 for "50 cents"), the number for rates, counts and multiples,
    /// the year a period names (0 when it names none, the length for "12 months"). For a
    /// range, the midpoint of `low` and `high`.
    pub value: f64,
    /// ISO 4217 code of the currency, when the text says which ("$" is read as USD).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
    /// `"share"` for per-share amounts ("$0.91 per share").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<&'static str>,
    /// The unit of a count ("vehicles") or a duration ("months").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Low end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    /// High end of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// What it measures, from the metric lexicon (`data/metrics.tsv`): "revenue", "EPS".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric: Option<&'static str>,
    /// The text of the period it belongs to ("Q1 2026").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// UTF-16 start of that period's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_start: Option<usize>,
    /// UTF-16 end of that period's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_end: Option<usize>,
    /// Byte span of that period in the input.
    #[serde(skip)]
    pub period_bytes: Option<Span>,
    /// How it moved, when the sentence says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// The previous level: 39.8 in "to 35.4% from 39.8%".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<f64>,
    /// Byte span in the input.
    #[serde(skip)]
    pub bytes: Span,
}

/// How a figure moved: "rose 28% year over year" is `{up, 28, percent, YoY}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// `"up"` or `"down"`.
    pub direction: &'static str,
    /// The size of the move, never negative.
    pub value: f64,
    /// `percent`, `percentagePoints`, `basisPoints`, or the figure's own kind when the
    /// change is the difference from a previous level.
    pub unit: &'static str,
    /// "YoY", "QoQ", "sequential", or "from X" with X as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

impl Figure {
    /// A figure of `kind` with `value` over `bytes` (UTF-16 offsets are filled later by
    /// [`Figure::to_utf16`], the texts by [`Figure::fill_texts`]).
    pub fn new(bytes: Span, kind: &'static str, value: f64) -> Self {
        Figure {
            start: 0,
            end: 0,
            text: String::new(),
            kind,
            value: round_value(value),
            currency: None,
            per: None,
            unit: None,
            low: None,
            high: None,
            metric: None,
            period: None,
            period_start: None,
            period_end: None,
            period_bytes: None,
            change: None,
            previous: None,
            bytes,
        }
    }

    /// Fills `text` and `period` from `input`, the text the figure was found in.
    pub fn fill_texts(&mut self, input: &str) {
        self.text = input[self.bytes.range()].to_string();
        self.period = self.period_bytes.map(|p| input[p.range()].to_string());
    }

    /// Fills the UTF-16 offsets of this figure and of the period it carries.
    pub fn to_utf16(&mut self, map: &Utf16Map) {
        (self.start, self.end) = map.span(self.bytes);
        if let Some(p) = self.period_bytes {
            let (s, e) = map.span(p);
            self.period_start = Some(s);
            self.period_end = Some(e);
        }
    }
}

/// Values are finite and free of binary noise: 35.4 - 39.8 is reported as -4.4, not
/// -4.3999999999999986. Large values are left as they are.
pub(crate) fn round_value(x: f64) -> f64 {
    if !x.is_finite() {
        return 0.0;
    }
    if x.abs() < 1e9 {
        let r = (x * 1e6).round() / 1e6;
        if r.is_finite() {
            return r + 0.0;
        }
    }
    x
}

/// Every figure in `doc`, sorted by start.
pub fn extract(doc: &Doc) -> Vec<Figure> {
    extract_with(doc, true)
}

/// [`extract`]; with `texts: false` each figure's `text` and `period` are left empty (the
/// wasm boundary does not send them: JS slices them from its own string, as it does the
/// phrases'). Making them was two or three allocations per figure.
///
/// Its three stages (`periods::scan`, `scan::scan`, `linkage::link`) are kept out of line:
/// inlined, this was one 29 KB wasm function, and V8's optimising compiler needs a working
/// set of 10-17 MB for a function that size (benches/README, "Memory").
pub(crate) fn extract_with(doc: &Doc, texts: bool) -> Vec<Figure> {
    let lowered = numbers::Lowered::new(doc.text, &doc.tokens, &doc.stream);
    let t = numbers::Toks {
        doc,
        lower: &lowered,
    };
    let (periods, blocked) = periods::scan(&t);
    // One allocation holds the result, sized once: almost every amount holds a numeral
    // (spelled-out ones are rare), so the numerals plus the periods are room enough, and the
    // vector does not grow by doubling, which in wasm copies it while both copies are alive.
    // The periods join the amounts in it, and `into_iter().map().collect()` below reuses it
    // (a `Found` is a `Figure` and three words). Collecting the two lists into a new vector
    // held every figure twice at once (50 MB of a 10 MB text's native peak).
    let numerals = doc
        .tokens
        .iter()
        .filter(|k| k.kind == crate::text::TokenKind::Number)
        .count();
    let mut found = Vec::with_capacity(numerals + periods.len());
    scan::scan(&t, &blocked, &mut found);
    linkage::link(doc, &t, &mut found, &periods);
    drop(blocked);
    drop(lowered);
    found.reserve_exact(periods.len());
    found.extend(periods);
    let mut out: Vec<Figure> = found
        .into_iter()
        .map(|f| {
            let mut fig = f.fig;
            fig.value = round_value(fig.value);
            fig.low = fig.low.map(round_value);
            fig.high = fig.high.map(round_value);
            fig.previous = fig.previous.map(round_value);
            fig
        })
        .collect();
    // The unstable sort needs no buffer (the stable one took half the figures again). Its
    // order is the stable one's: no two amounts cover the same bytes (each starts after the
    // last one's end), nor do two periods, and an amount and a period with the same span
    // keep the amount first, as when the periods were appended after the amounts.
    // The kinds are compared only on a tie of spans: as part of every key, that string
    // comparison was most of the sort's cost.
    sort::by_key(&mut out, |f| {
        sort::key3(f.bytes.start, f.bytes.end, (f.kind == "period") as usize)
    });
    if texts {
        for f in &mut out {
            f.fill_texts(doc.text);
        }
    }
    out
}

#[cfg(test)]
mod tests;
