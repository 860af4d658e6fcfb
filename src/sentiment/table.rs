//! The lexicon's table: its entry types, the parser of `data/lexicon.tsv` and
//! `data/weights.tsv`, and the merge of the two into one list of entries with their stream
//! patterns.
//!
//! `build.rs` includes this file with `#[path]` and writes the built-in table out as Rust
//! statics (`$OUT_DIR/lexicon.rs`), so `Analyzer::new` neither parses nor tokenises the data
//! files; [`super::lexicon`] uses the same merge at run time for caller overrides. It may
//! only use `crate::hash` and `crate::text`, which the build script includes too.

use crate::hash::FastMap;
use crate::text::{phrase_pattern_with, Token};
use std::borrow::Cow;
use std::fmt::Write as _;

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
    /// The phrase as written in the data file (borrowed from the compiled table, owned when
    /// a caller adds it).
    pub phrase: Cow<'static, str>,
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

fn parse_f32(s: &str) -> f32 {
    s.trim().trim_start_matches('+').parse().unwrap_or(0.0)
}

/// Entries with their stream patterns and an index from pattern to entry: each phrase is
/// tokenised once, however many times it is looked up while the table is assembled.
#[derive(Default)]
pub(crate) struct EntryTable {
    pub entries: Vec<Entry>,
    pub patterns: Vec<Cow<'static, str>>,
    index: FastMap<Cow<'static, str>, usize>,
    /// Token buffer for `phrase_pattern_with`.
    tokens: Vec<Token>,
}

impl EntryTable {
    /// A table of these entries and their patterns (one each, in order; the first of equal
    /// patterns is the one the index keeps).
    pub fn of(entries: Vec<Entry>, patterns: Vec<Cow<'static, str>>) -> EntryTable {
        let mut index = FastMap::with_capacity_and_hasher(patterns.len() * 2, Default::default());
        for (i, p) in patterns.iter().enumerate() {
            index.entry(p.clone()).or_insert(i);
        }
        EntryTable {
            entries,
            patterns,
            index,
            tokens: Vec::new(),
        }
    }

    /// The entry for `phrase` and whether it was there already: the existing one with the
    /// same pattern (the first wins), or a new one made by `make`.
    pub fn slot(&mut self, phrase: &str, make: impl FnOnce() -> Entry) -> (usize, bool) {
        let pattern = phrase_pattern_with(phrase, &mut self.tokens);
        if let Some(&i) = self.index.get(pattern.as_str()) {
            return (i, true);
        }
        let i = self.entries.len();
        self.entries.push(make());
        self.patterns.push(Cow::Owned(pattern.clone()));
        self.index.insert(Cow::Owned(pattern), i);
        (i, false)
    }
}

/// Parses and merges the two data files: the lexicon's entries, then the fitted weights,
/// which set the weight of a known weight-carrying entry or add a sentiment phrase.
/// Duplicate phrases are an error caught by the tests; here the first occurrence wins so that
/// behaviour never depends on file order silently.
#[allow(dead_code)] // build.rs and the tests
pub(crate) fn merge(lexicon_tsv: &str, weights_tsv: &str) -> EntryTable {
    let parsed = parse_lexicon(lexicon_tsv);
    let mut table = EntryTable::default();
    for e in parsed {
        let phrase = e.phrase.clone();
        table.slot(&phrase, || e);
    }
    for (phrase, weight) in parse_weights(weights_tsv) {
        let (i, known) = table.slot(phrase, || Entry {
            phrase: Cow::Owned(phrase.to_string()),
            kind: Kind::Sentiment,
            weight,
        });
        if known && table.entries[i].carries_weight() {
            table.entries[i].weight = weight;
        }
    }
    table
}

/// The Rust source of a table, for `build.rs`, in a compact form that `super::lexicon`
/// decodes once at start-up:
///
/// - `PHRASES`: every phrase, concatenated; `LENS`: each one's length in bytes;
/// - `KINDS`: each entry's [`kind_code`]; `PARAMS`: the parameter of those kinds that have
///   one, in entry order; `WEIGHTS`: each entry's weight;
/// - `ODD_PATTERNS`: (entry, stream pattern) for the entries whose pattern is not their
///   phrase's words as written ([`plain_pattern`]): hyphens, capitals, punctuation.
///
/// As an array of `Entry` structs and one of pattern strings, the table was 46 KB of the
/// gzipped `.wasm` (its pointers and padding compress poorly, and every phrase was stored
/// twice).
#[allow(dead_code)] // build.rs
pub(crate) fn to_rust(table: &EntryTable) -> String {
    let mut phrases = String::new();
    let (mut lens, mut kinds, mut params, mut weights) = (vec![], vec![], vec![], vec![]);
    let mut odd = String::new();
    for (i, (e, pattern)) in table.entries.iter().zip(&table.patterns).enumerate() {
        let len = u8::try_from(e.phrase.len())
            .unwrap_or_else(|_| panic!("lexicon phrase over 255 bytes: {:?}", e.phrase));
        phrases.push_str(&e.phrase);
        lens.push(len);
        let (code, param) = kind_code(e.kind);
        kinds.push(code);
        if has_param(code) {
            params.push(param);
        }
        weights.push(e.weight);
        if plain_pattern(&e.phrase) != **pattern {
            writeln!(odd, "    ({i}, {pattern:?}),").unwrap();
        }
    }
    format!(
        "pub(super) static PHRASES: &str = {phrases:?};\n\
         pub(super) static LENS: &[u8] = &{lens:?};\n\
         pub(super) static KINDS: &[u8] = &{kinds:?};\n\
         pub(super) static PARAMS: &[f32] = &{params:?};\n\
         pub(super) static WEIGHTS: &[f32] = &{weights:?};\n\
         pub(super) static ODD_PATTERNS: &[(u32, &str)] = &[\n{odd}];\n"
    )
}

/// The stream pattern of a phrase of plain lower-case words separated by single spaces
/// (" sold  out "): what [`phrase_pattern_with`] makes of such a phrase.
pub(crate) fn plain_pattern(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len() * 2 + 2);
    for word in phrase.split(' ') {
        out.push(' ');
        out.push_str(word);
        out.push(' ');
    }
    out
}

/// A kind as a one-byte code and its parameter (0 for kinds without one).
#[allow(dead_code)] // build.rs
pub(crate) fn kind_code(kind: Kind) -> (u8, f32) {
    match kind {
        Kind::Sentiment => (0, 0.0),
        Kind::Metric { polarity } => (1, polarity),
        Kind::Movement {
            direction,
            forward: false,
        } => (2, direction),
        Kind::Movement {
            direction,
            forward: true,
        } => (3, direction),
        Kind::Negator { strength } => (4, strength),
        Kind::Booster { scale } => (5, scale),
        Kind::Hedge { factor } => (6, factor),
        Kind::Contrast(Contrast::But) => (7, 0.0),
        Kind::Contrast(Contrast::Despite) => (8, 0.0),
        Kind::Contrast(Contrast::While) => (9, 0.0),
        Kind::Furniture => (10, 0.0),
    }
}

/// Whether the kind of `code` has a parameter (stored in `PARAMS`).
pub(crate) fn has_param(code: u8) -> bool {
    (1..=6).contains(&code)
}

/// The kind of a [`kind_code`] (`Sentiment` for an unknown code).
pub(crate) fn kind_of(code: u8, param: f32) -> Kind {
    match code {
        1 => Kind::Metric { polarity: param },
        2 | 3 => Kind::Movement {
            direction: param,
            forward: code == 3,
        },
        4 => Kind::Negator { strength: param },
        5 => Kind::Booster { scale: param },
        6 => Kind::Hedge { factor: param },
        7 => Kind::Contrast(Contrast::But),
        8 => Kind::Contrast(Contrast::Despite),
        9 => Kind::Contrast(Contrast::While),
        10 => Kind::Furniture,
        _ => Kind::Sentiment,
    }
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
        let phrase = Cow::Owned(cols[0].to_string());
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
#[allow(dead_code)] // build.rs and the tests
pub(crate) fn parse_weights(tsv: &str) -> impl Iterator<Item = (&str, f32)> {
    rows(tsv).filter_map(|cols| Some((cols[0], parse_f32(cols.get(1)?))))
}
