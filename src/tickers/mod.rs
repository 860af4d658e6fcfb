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

/// Mentions of one company passed to the entity scorer (see `detect`).
const MAX_MENTIONS_SCORED: usize = 256;
/// Companies scored, in order of first mention; the rest of a list of thousands score 0.
const MAX_SCORED_COMPANIES: usize = 200;

/// The token ranges of every detected company mention (coreferences excluded), for callers
/// that score another entity against them (the `target` stage passes them as `others`).
pub fn mention_tokens(doc: &Doc, universe: &Universe) -> Vec<(usize, usize)> {
    matcher::find(doc, universe)
        .into_iter()
        .filter(|f| f.how != How::Coref)
        .map(|f| (f.first, f.last))
        .collect()
}

/// True when `span` overlaps a scored phrase (phrases are in text order).
fn inside_phrase(sent: &SentimentResult, span: crate::span::Span) -> bool {
    let i = sent.phrases.partition_point(|p| p.span.end <= span.start);
    sent.phrases[i..]
        .iter()
        .take_while(|p| p.span.start < span.end)
        .any(|p| p.span.start < span.end && span.start < p.span.end)
}

/// Scores a free-text target (`Options::target`) like [`sentiment::score_target`], but with
/// the companies detected in the text as the other entities, so that a clause about another
/// company does not count toward the target. Falls back to `score_target` when the target
/// is not found or no other company is.
pub fn score_target(
    doc: &Doc,
    sent: &SentimentResult,
    universe: &Universe,
    name: &str,
) -> sentiment::TargetResult {
    let t = sentiment::score_target(doc, sent, name);
    if t.mentions.is_empty() {
        return t;
    }
    let mine: Vec<(usize, usize)> = t
        .mentions
        .iter()
        .filter_map(|m| {
            let first = doc.tokens.partition_point(|x| x.span.end <= m.start);
            let last = doc.tokens.partition_point(|x| x.span.start < m.end);
            (first < last).then(|| (first, last - 1))
        })
        .collect();
    let overlaps = |a: (usize, usize)| mine.iter().any(|m| a.0 <= m.1 && m.0 <= a.1);
    let others: Vec<(usize, usize)> = mention_tokens(doc, universe)
        .into_iter()
        .filter(|&o| !overlaps(o))
        .take(MAX_MENTIONS_SCORED * 4)
        .collect();
    if others.is_empty() || mine.is_empty() {
        return t;
    }
    let e = sentiment::score_entity(doc, sent, &mine, Some(&others));
    sentiment::TargetResult {
        score: e.score,
        mentions: t.mentions,
        phrases: e.phrases,
    }
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
        // `score_entity` reads every mention against every sentence and clause; the caps keep
        // hostile input (thousands of mentions or companies) near linear. A news article
        // stays far below them.
        let e = if k < MAX_SCORED_COMPANIES {
            // A pronoun inside a phrase ("cut its forecast") would hide the phrase from
            // its own company (phrases inside a mention never count): such references
            // are left out here.
            let mine: Vec<(usize, usize)> = g
                .iter()
                .filter(|&&i| found[i].how != How::Coref || !inside_phrase(sent, found[i].span))
                .take(MAX_MENTIONS_SCORED)
                .map(|&i| (found[i].first, found[i].last))
                .collect();
            // Clauses before the company's first sentence are never read against others.
            let from = doc.sentences[doc.sentence_of(mine[0].0)].tokens.start;
            let others: Vec<(usize, usize)> = found
                .iter()
                .filter(|f| f.how != How::Coref && f.first >= from)
                .filter(|f| universe.tables[f.table].companies[f.company as usize].symbol != **sym)
                .take(MAX_MENTIONS_SCORED * 4)
                .map(|f| (f.first, f.last))
                .collect();
            sentiment::score_entity(doc, sent, &mine, Some(&others))
        } else {
            sentiment::EntityScore::default()
        };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::CompanyEntry;
    use crate::sentiment::Lexicon;

    fn run(text: &str, options: &Options) -> Vec<TickerScore> {
        let doc = Doc::new(text);
        let sent = sentiment::run(&doc, &Lexicon::builtin());
        detect(&doc, &sent, &Universe::for_options(options), options)
    }

    fn symbols(text: &str) -> Vec<String> {
        let mut s: Vec<String> = run(text, &Options::default())
            .into_iter()
            .map(|t| t.symbol)
            .collect();
        s.sort();
        s
    }

    /// "input -> expected symbols", one line per detection form and trap.
    #[cfg(feature = "companies")]
    #[test]
    fn detection_forms_and_traps() {
        let cases: &[(&str, &[&str])] = &[
            // cashtags
            ("$AMZN jumped", &["AMZN"]),
            ("$amzn jumped", &["AMZN"]),
            ("It cost $5 and raised $5bn", &[]),
            ("$BRK.B rose", &["BRK-B"]),
            ("A$AMZN", &[]),
            ("$AMZN's rally", &["AMZN"]),
            ("(OTCQB: AMZN) rose", &["AMZN"]),
            // exchange notations and Reuters codes
            ("Amazon (NASDAQ: AMZN) rose", &["AMZN"]),
            ("NYSE:JPM fell", &["JPM"]),
            ("shares of (AMZN.O) rose", &["AMZN"]),
            ("Johnson & Johnson <JNJ.N> gained", &["JNJ"]),
            ("<XXXX.N> gained", &[]),
            // names, aliases, suffixes, possessives
            ("Apple Inc. reported results", &["AAPL"]),
            ("Microsoft Corp's Azure grew", &["MSFT"]),
            ("Shell plc raised its dividend", &["SHEL"]),
            ("Apple's iPhone sales rose", &["AAPL"]),
            ("AWS and YouTube grew", &["AMZN", "GOOGL"]),
            ("Instagram and WhatsApp were down", &["META"]),
            ("LinkedIn hired more staff", &["MSFT"]),
            ("JPMorgan Chase & Co. beat estimates", &["JPM"]),
            // bare capitals
            ("AMZN and NVDA led gains", &["AMZN", "NVDA"]),
            ("The CEO said AI and IT spending rose", &[]),
            ("US GDP and EPS rose; ALL ARE NOW up", &[]),
            ("AMAZON SHARES SOAR ON RECORD SALES", &[]),
            ("On Holding shares rose", &["ONON"]),
            // disambiguation
            ("Apple growers expect a record harvest", &[]),
            ("Apple shares rose 3%", &["AAPL"]),
            ("Target the right customers", &[]),
            ("Target cut its outlook", &["TGT"]),
            ("The Amazon rainforest is shrinking", &[]),
            ("Shell companies hid the money", &[]),
            // blocked names: an index or a news agency
            ("The Nasdaq fell and the Dow rose, Reuters said", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(symbols(text), *want, "{text}");
        }
    }

    #[cfg(feature = "companies")]
    #[test]
    fn each_company_takes_its_own_clause() {
        let t = run(
            "JPMorgan rose 2% while Wells Fargo fell 6%.",
            &Options::default(),
        );
        let score = |s: &str| t.iter().find(|x| x.symbol == s).unwrap().score;
        assert!(score("JPM") > 0.15, "{t:?}");
        assert!(score("WFC") < -0.15, "{t:?}");
        let t = run(
            "Intel lost market share. Rivals fared better: Nvidia gained share.",
            &Options::default(),
        );
        assert!(
            t.iter().find(|x| x.symbol == "NVDA").unwrap().score > 0.15,
            "{t:?}"
        );
    }

    #[cfg(feature = "companies")]
    #[test]
    fn a_pronoun_inside_a_phrase_does_not_hide_it() {
        let t = run(
            "JPMorgan rose on Friday while Wells Fargo fell 6% after the lender cut its forecast.",
            &Options::default(),
        );
        let wfc = t.iter().find(|x| x.symbol == "WFC").unwrap();
        assert!(wfc.score < -0.15, "{t:?}");
    }

    #[cfg(feature = "companies")]
    #[test]
    fn coreference_carries_the_company() {
        let t = run(
            "Walmart shares fell. Amazon said on Thursday its profit jumped. The company also raised its forecast.",
            &Options::default(),
        );
        let amzn = t.iter().find(|x| x.symbol == "AMZN").unwrap();
        assert!(amzn.score > 0.15, "{t:?}");
        // Coreferences are not shown as mentions.
        assert_eq!(amzn.mentions.len(), 1);
        assert_eq!(amzn.mentions[0].text, "Amazon");
    }

    #[cfg(feature = "companies")]
    #[test]
    fn mentions_are_spans_and_order_is_relevance() {
        let text = "Nvidia beat estimates. Nvidia's chips sold out. Analysts also mentioned Intel.";
        let t = run(text, &Options::default());
        assert_eq!(t[0].symbol, "NVDA");
        assert_eq!(t[0].mentions.len(), 2);
        assert_eq!(t[0].mentions[1].text, "Nvidia");
        let b = t[0].mentions[1].bytes;
        assert_eq!(&text[b.range()], "Nvidia");
        assert!(t.iter().all(|x| x.relevance > 0.0 && x.relevance <= 1.0));
        assert!(t[0].relevance > t[1].relevance);
    }

    #[test]
    fn custom_universe_alone_and_first() {
        let options = Options {
            universe: vec![CompanyEntry {
                symbol: "ACME".into(),
                name: "Acme Rockets".into(),
                aliases: vec!["Acme".into(), "RoadRunner Catcher".into()],
            }],
            replace_default: true,
            ..Options::default()
        };
        let t = run("Acme beat estimates; Apple fell. $ACME rose.", &options);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].symbol, "ACME");
        assert_eq!(t[0].name, "Acme Rockets");
        assert_eq!(t[0].mentions.len(), 2);
        let none = run("Apple fell", &options);
        assert!(none.is_empty());
    }

    #[test]
    fn never_panics_and_stays_linear_on_hostile_input() {
        let options = Options::default();
        for text in [
            "$".repeat(200_000),
            "A".repeat(1_000_000),
            "<".repeat(100_000),
            "(NASDAQ:".repeat(2_000),
            "the company its it ".repeat(20_000),
            "Apple ".repeat(50_000),
            "Apple rose. Intel fell. ".repeat(5_000),
            (0..3000).map(|i| format!("$A{i} ")).collect::<String>(),
            "é💥$A.".repeat(20_000),
            String::new(),
        ] {
            let start = std::time::Instant::now();
            let _ = run(&text, &options);
            let head: String = text.chars().take(12).collect();
            assert!(start.elapsed().as_secs() < 20, "slow on {head}");
        }
    }
}

#[cfg(test)]
mod fuzz {
    use super::*;
    use crate::sentiment::Lexicon;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any mix of the characters the matcher looks at never panics, and every mention
        /// span lies on character boundaries inside the text.
        #[test]
        fn detect_never_panics(text in "[A-Za-z$<>():.&' ’é💥0-9\n-]{0,120}") {
            let doc = Doc::new(&text);
            let sent = sentiment::run(&doc, &Lexicon::builtin());
            let options = Options::default();
            for t in detect(&doc, &sent, &Universe::for_options(&options), &options) {
                prop_assert!(t.relevance > 0.0 && t.relevance <= 1.0);
                for m in t.mentions {
                    prop_assert!(text.get(m.bytes.range()).is_some());
                }
            }
        }
    }
}
