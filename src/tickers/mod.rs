//! Tickers: which companies a text is about, and the sentiment toward each.

use crate::analysis::Mention;
use crate::options::Options;
use crate::sentiment::SentimentResult;
use crate::text::Doc;
use serde::Serialize;
use std::sync::Arc;

/// One company the text talks about.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TickerScore {
    /// Ticker symbol.
    pub symbol: String,
    /// Company name.
    pub name: String,
    /// How much the text is about it, in (0, 1].
    pub relevance: f64,
    /// Sentiment toward it, in [-1, 1].
    pub score: f64,
    /// Its label.
    pub label: String,
    /// Where it is named.
    pub mentions: Vec<Mention>,
}

/// The companies that can be detected.
#[derive(Debug, Default)]
pub struct Universe {}

impl Universe {
    /// The universe for these options: the built-in table, the custom one, or both.
    pub fn for_options(options: &Options) -> Arc<Universe> {
        let _ = options;
        Arc::new(Universe {})
    }
}

/// Detects companies in `doc` and scores each.
pub fn detect(
    doc: &Doc,
    sent: &SentimentResult,
    universe: &Universe,
    options: &Options,
) -> Vec<TickerScore> {
    let _ = (doc, sent, universe, options);
    Vec::new()
}
