//! The lexicon: every phrase the rules know, its role, its prior value and its fitted weight.
//!
//! Two readable files are embedded at build time: `data/lexicon.tsv` (hand-written roles and
//! priors) and `data/weights.tsv` (weights fitted by `fintone fit`). They are parsed once, on
//! first use, into one Aho-Corasick automaton over the [`WordStream`](crate::text::WordStream).

use crate::hash::FastMap;
use crate::options::LexiconEntry;
use crate::text::{phrase_pattern, phrase_pattern_with, Doc, Token};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::{Arc, OnceLock};

pub(crate) const LEXICON_TSV: &str = include_str!("../../data/lexicon.tsv");
const WEIGHTS_TSV: &str = include_str!("../../data/weights.tsv");

/// Which contrast a connective makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contrast {
    /// "but", "however": what follows outweighs what came before.
    But,
    /// "despite", "although": the clause it opens is the lesser one.
    Despite,
    /// "while", "whereas": two subjects side by side; only splits clauses.
    While,
}

/// The role a phrase plays.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// Carries sentiment of its own.
    Sentiment,
    /// A financial metric; `polarity` +1 when up is good, -1 when up is bad.
    Metric {
        /// +1 or -1.
        polarity: f32,
    },
    /// A movement; `direction` +1 up, -1 down; `forward` when it qualifies what follows
    /// ("higher costs") rather than what precedes ("costs rose").
    Movement {
        /// +1 or -1.
        direction: f32,
        /// Looks forward for its metric first.
        forward: bool,
    },
    /// Negates what follows; `strength` scales the negation (1 for "not").
    Negator {
        /// Scale of the negation factor.
        strength: f32,
    },
    /// Scales what it qualifies by `1 + scale`.
    Booster {
        /// Added scale.
        scale: f32,
    },
    /// Damps the rest of its clause.
    Hedge {
        /// Factor.
        factor: f32,
    },
    /// A connective that splits clauses.
    Contrast(Contrast),
    /// Page furniture.
    Furniture,
}

/// One lexicon entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The phrase as written in the data file.
    pub phrase: String,
    /// Its role.
    pub kind: Kind,
    /// Its contribution to a score before rule modifiers (for metrics: with no movement; for
    /// movements: for a good-when-up subject). The fitted weight when there is one.
    pub weight: f32,
}

impl Entry {
    /// True for the entries whose weight is a sentiment contribution (and so can be fitted).
    pub fn carries_weight(&self) -> bool {
        matches!(
            self.kind,
            Kind::Sentiment | Kind::Metric { .. } | Kind::Movement { .. }
        )
    }
}

/// A lexicon match: entry id and the inclusive token range it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Lexicon::entries`].
    pub entry: u32,
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
}

/// The compiled lexicon.
#[derive(Debug)]
pub struct Lexicon {
    entries: Vec<Entry>,
    automaton: AhoCorasick,
}

static BUILTIN: OnceLock<Arc<Lexicon>> = OnceLock::new();

impl Lexicon {
    /// The built-in lexicon, built once per process.
    pub fn builtin() -> Arc<Lexicon> {
        BUILTIN
            .get_or_init(|| Arc::new(builtin_table().build()))
            .clone()
    }

    /// The built-in lexicon with caller entries added or overriding (as sentiment phrases).
    pub fn with_overrides(extra: &[LexiconEntry]) -> Lexicon {
        let mut table = builtin_table();
        for e in extra {
            let entry = Entry {
                phrase: e.phrase.clone(),
                kind: Kind::Sentiment,
                weight: e.score as f32,
            };
            let (i, _) = table.slot(&e.phrase, || entry.clone());
            table.entries[i] = entry;
        }
        table.build()
    }

    /// A lexicon of exactly these entries (the fitter builds candidates this way).
    pub fn from_entries(entries: Vec<Entry>) -> Lexicon {
        let patterns: Vec<String> = entries.iter().map(|e| phrase_pattern(&e.phrase)).collect();
        Lexicon::from_parts(entries, &patterns)
    }

    /// A lexicon of entries whose stream patterns are already made (one per entry).
    fn from_parts(entries: Vec<Entry>, patterns: &[String]) -> Lexicon {
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            // Measured (perf, criterion): the search is most of the sentiment stage. The
            // contiguous NFA searches 1.6x faster than the noncontiguous one (28 -> 44 MiB/s
            // sentiment-only) and builds in ~6 ms natively; a DFA searches only ~2% faster
            // but takes ~14 ms to build, which the page pays at cold start.
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(patterns)
            .expect("lexicon patterns are plain strings and always compile");
        Lexicon { entries, automaton }
    }

    /// All entries, by id.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry of a hit.
    pub fn entry(&self, hit: &Hit) -> &Entry {
        &self.entries[hit.entry as usize]
    }

    /// Every lexicon phrase in the text, leftmost-longest, in text order.
    pub fn find(&self, doc: &Doc) -> Vec<Hit> {
        let stream = &doc.stream;
        let mut hits = Vec::new();
        let mut cursor = 0;
        for m in self.automaton.find_iter(stream.text.as_str()) {
            if let Some((first, last)) = stream.tokens_of_from(&mut cursor, m.start(), m.end()) {
                hits.push(Hit {
                    entry: m.pattern().as_u32(),
                    first,
                    last,
                });
            }
        }
        hits
    }
}

fn parse_f32(s: &str) -> f32 {
    s.trim().trim_start_matches('+').parse().unwrap_or(0.0)
}

/// Entries with their stream patterns and an index from pattern to entry: each phrase is
/// tokenised once, however many times it is looked up while the lexicon is assembled.
struct EntryTable {
    entries: Vec<Entry>,
    patterns: Vec<String>,
    index: FastMap<String, usize>,
    /// Token buffer for `phrase_pattern_with`.
    tokens: Vec<Token>,
}

impl EntryTable {
    /// The entry for `phrase` and whether it was there already: the existing one with the
    /// same pattern (the first wins), or a new one made by `make`.
    fn slot(&mut self, phrase: &str, make: impl FnOnce() -> Entry) -> (usize, bool) {
        let pattern = phrase_pattern_with(phrase, &mut self.tokens);
        if let Some(&i) = self.index.get(&pattern) {
            return (i, true);
        }
        let i = self.entries.len();
        self.entries.push(make());
        self.patterns.push(pattern.clone());
        self.index.insert(pattern, i);
        (i, false)
    }

    fn build(self) -> Lexicon {
        Lexicon::from_parts(self.entries, &self.patterns)
    }
}

/// Parses the two embedded files. Duplicate phrases are an error caught by the tests; here
/// the first occurrence wins so that behaviour never depends on file order silently.
fn builtin_table() -> EntryTable {
    let parsed = parse_lexicon(LEXICON_TSV);
    let mut table = EntryTable {
        entries: Vec::with_capacity(parsed.len() * 2),
        patterns: Vec::with_capacity(parsed.len() * 2),
        index: FastMap::with_capacity_and_hasher(parsed.len() * 4, Default::default()),
        tokens: Vec::new(),
    };
    for e in parsed {
        let phrase = e.phrase.clone();
        table.slot(&phrase, || e);
    }
    for (phrase, weight) in parse_weights(WEIGHTS_TSV) {
        let (i, known) = table.slot(phrase, || Entry {
            phrase: phrase.to_string(),
            kind: Kind::Sentiment,
            weight,
        });
        if known && table.entries[i].carries_weight() {
            table.entries[i].weight = weight;
        }
    }
    table
}

/// Rows of a TSV file without comments and header.
pub(crate) fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// Parses `data/lexicon.tsv`-shaped text.
pub(crate) fn parse_lexicon(tsv: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    for cols in rows(tsv) {
        let phrase = cols[0].to_string();
        let value = cols.get(2).copied().unwrap_or("");
        let standalone = cols.get(3).map(|s| parse_f32(s)).unwrap_or(0.0);
        let (kind, weight) = match cols.get(1).copied().unwrap_or("") {
            "sentiment" => (Kind::Sentiment, parse_f32(value)),
            "metric" => (
                Kind::Metric {
                    polarity: parse_f32(value).signum(),
                },
                standalone,
            ),
            "movement" | "movement-adj" => (
                Kind::Movement {
                    direction: parse_f32(value).signum(),
                    forward: cols[1] == "movement-adj",
                },
                standalone,
            ),
            "negator" => (
                Kind::Negator {
                    strength: if value.trim().is_empty() {
                        1.0
                    } else {
                        parse_f32(value)
                    },
                },
                0.0,
            ),
            "booster" => (
                Kind::Booster {
                    scale: parse_f32(value),
                },
                0.0,
            ),
            "hedge" => (
                Kind::Hedge {
                    factor: parse_f32(value),
                },
                0.0,
            ),
            "contrast" => (
                Kind::Contrast(match value {
                    "but" => Contrast::But,
                    "despite" => Contrast::Despite,
                    _ => Contrast::While,
                }),
                0.0,
            ),
            "furniture" => (Kind::Furniture, 0.0),
            _ => continue,
        };
        out.push(Entry {
            phrase,
            kind,
            weight,
        });
    }
    out
}

/// Parses `data/weights.tsv`-shaped text.
pub(crate) fn parse_weights(tsv: &str) -> impl Iterator<Item = (&str, f32)> {
    rows(tsv).filter_map(|cols| Some((cols[0], parse_f32(cols.get(1)?))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn data_files_have_no_duplicate_phrases() {
        for (name, phrases) in [
            (
                "lexicon.tsv",
                rows(LEXICON_TSV)
                    .map(|c| c[0].to_string())
                    .collect::<Vec<_>>(),
            ),
            (
                "weights.tsv",
                rows(WEIGHTS_TSV).map(|c| c[0].to_string()).collect(),
            ),
        ] {
            let mut seen = HashSet::new();
            for p in phrases {
                assert!(
                    seen.insert(phrase_pattern(&p)),
                    "{name}: duplicate phrase {p:?}"
                );
            }
        }
    }

    #[test]
    fn every_lexicon_row_parses() {
        let n = rows(LEXICON_TSV).count();
        assert_eq!(
            parse_lexicon(LEXICON_TSV).len(),
            n,
            "a row has an unknown kind"
        );
        for cols in rows(LEXICON_TSV) {
            assert!(cols.len() >= 3, "row {cols:?} has too few columns");
        }
    }

    #[test]
    fn finds_whole_words_only() {
        let lex = Lexicon::builtin();
        let doc = Doc::new("Prose rose; the write-down hurt.");
        let found: Vec<&str> = lex
            .find(&doc)
            .iter()
            .map(|h| lex.entry(h).phrase.as_str())
            .collect();
        assert!(found.contains(&"rose"));
        assert!(found.contains(&"write-down"));
        assert!(!found
            .iter()
            .any(|p| *p == "rose" && found.iter().filter(|q| **q == "rose").count() > 1));
    }

    #[test]
    fn overrides_replace_and_add() {
        let lex = Lexicon::with_overrides(&[
            LexiconEntry {
                phrase: "sold out".into(),
                score: 0.6,
            },
            LexiconEntry {
                phrase: "zorbly".into(),
                score: -0.2,
            },
        ]);
        let sold = lex
            .entries()
            .iter()
            .find(|e| e.phrase == "sold out")
            .unwrap();
        assert_eq!(sold.weight, 0.6);
        assert!(lex
            .entries()
            .iter()
            .any(|e| e.phrase == "zorbly" && e.weight == -0.2));
    }
}
