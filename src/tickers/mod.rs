//! Tickers: which companies a text is about, and the sentiment toward each.
//!
//! - [`universe`]: the company table (built-in and custom) and its name automaton;
//! - `matcher`: cashtags, exchange and Reuters codes, names and aliases, safe bare tickers,
//!   disambiguation of common-word names, coreference;
//! - `relevance`: the relevance formula;
//! - here: per-company sentiment, from the clauses that name each company
//!   ([`crate::sentiment::score_entity`] with the other companies' mentions as `others`).

mod matcher;
mod relevance;
pub mod universe;

pub use universe::{Company, Universe};

use crate::analysis::{round, Mention};
use crate::options::Options;
use crate::sentiment::{self, SentimentResult};
use crate::text::Doc;
use matcher::How;
use serde::Serialize;
use std::collections::HashMap;

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

/// The token ranges of every detected company mention (coreferences excluded), for callers
/// that score another entity against them (the `target` stage passes them as `others`).
pub fn mention_tokens(doc: &Doc, universe: &Universe) -> Vec<(usize, usize)> {
    matcher::find(doc, universe)
        .into_iter()
        .filter(|f| f.how != How::Coref)
        .map(|f| (f.first, f.last))
        .collect()
}

/// Detects companies in `doc` and scores each. Sorted by relevance, most relevant first,
/// then by symbol.
pub fn detect(
    doc: &Doc,
    sent: &SentimentResult,
    universe: &Universe,
    options: &Options,
) -> Vec<TickerScore> {
    let found = matcher::find(doc, universe);
    if found.is_empty() {
        return Vec::new();
    }
    // Group by symbol: the same company may sit in two tables.
    let mut order: Vec<&str> = Vec::new();
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        let sym = universe.tables[f.table].companies[f.company as usize]
            .symbol
            .as_str();
        groups
            .entry(sym)
            .or_insert_with(|| {
                order.push(sym);
                Vec::new()
            })
            .push(i);
    }
    // A company known only through coreference is not detected.
    order.retain(|s| groups[s].iter().any(|&i| found[i].how != How::Coref));
    let named = |i: &usize| found[*i].how != How::Coref;

    let mut evidence = Vec::with_capacity(order.len());
    for sym in &order {
        let g = &groups[sym];
        let mut e = relevance::Evidence {
            first_sentence: usize::MAX,
            ..Default::default()
        };
        for &i in g {
            let f = &found[i];
            if f.how == How::Coref {
                e.mentions += 0.5;
                continue;
            }
            e.mentions += 1.0;
            e.first_sentence = e.first_sentence.min(doc.sentence_of(f.first));
            e.subject |= relevance::is_subject(doc, sent, f.first);
        }
        evidence.push(e);
    }
    let most = evidence.iter().map(|e| e.mentions).fold(0.0, f64::max);

    let mut out = Vec::with_capacity(order.len());
    for (k, sym) in order.iter().enumerate() {
        let g = &groups[sym];
        let mine: Vec<(usize, usize)> =
            g.iter().map(|&i| (found[i].first, found[i].last)).collect();
        let others: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| f.how != How::Coref)
            .filter(|f| universe.tables[f.table].companies[f.company as usize].symbol != **sym)
            .map(|f| (f.first, f.last))
            .collect();
        let e = sentiment::score_entity(doc, sent, &mine, Some(&others));
        let first = &found[*g.iter().find(|i| named(i)).unwrap_or(&g[0])];
        let company = &universe.tables[first.table].companies[first.company as usize];
        let score = round(e.score);
        out.push(TickerScore {
            symbol: company.symbol.clone(),
            name: company.name.clone(),
            relevance: round(relevance::relevance(
                &evidence[k],
                doc.sentences.len(),
                most,
            )),
            score,
            label: options.label(score).to_string(),
            mentions: g
                .iter()
                .filter(|i| named(i))
                .map(|&i| Mention::new(doc.text, found[i].span))
                .collect(),
        });
    }
    out.sort_by(|a, b| {
        b.relevance
            .total_cmp(&a.relevance)
            .then_with(|| a.symbol.cmp(&b.symbol))
    });
    out
}
