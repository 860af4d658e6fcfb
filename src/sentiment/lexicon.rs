//! The lexicon: every phrase the rules know, its role, its prior value and its fitted weight.
//!
//! Two readable files are the source: `data/lexicon.tsv` (hand-written roles and priors) and
//! `data/weights.tsv` (weights fitted by `fintone fit`). `build.rs` merges them with
//! [`super::table`] into `$OUT_DIR/lexicon.rs`: the phrases, kinds and weights as compact
//! statics (see [`super::table::to_rust`]), so start-up only decodes them and builds the
//! [`PhraseSet`] over their words (a few thousand hash inserts).

#[cfg(any(test, not(target_arch = "wasm32")))]
pub(crate) use super::table::parse_lexicon;
use super::table::{self, EntryTable};
pub use super::table::{Contrast, Entry, Kind};
use crate::options::LexiconEntry;
use crate::text::{phrase_pattern, Doc, PhraseSet};
use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

/// The hand-written lexicon, for the fitter (which proposes phrases beside it) and the tests.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(crate) const LEXICON_TSV: &str = include_str!("../../data/lexicon.tsv");
#[cfg(test)]
const WEIGHTS_TSV: &str = include_str!("../../data/weights.tsv");

/// The built-in table, compiled by build.rs in the compact form [`super::table::to_rust`]
/// describes, and decoded by [`builtin_entries`] and [`builtin_words`].
// Fitted weights such as 0.318 are not approximations of 1/π.
#[allow(clippy::approx_constant)]
mod compiled {
    include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));
}
use compiled::{KINDS, LENS, ODD_PATTERNS, PARAMS, PHRASES, WEIGHTS};

/// The built-in entries, in id order, their phrases borrowed from the compiled text.
fn builtin_entries() -> Vec<Entry> {
    let mut at = 0;
    let mut params = PARAMS.iter().copied();
    LENS.iter()
        .zip(KINDS)
        .zip(WEIGHTS)
        .map(|((&len, &code), &weight)| {
            let phrase = &PHRASES[at..at + len as usize];
            at += len as usize;
            let param = if table::has_param(code) {
                params.next().unwrap_or(0.0)
            } else {
                0.0
            };
            Entry {
                phrase: Cow::Borrowed(phrase),
                kind: table::kind_of(code, param),
                weight,
            }
        })
        .collect()
}

/// The stream pattern of built-in entry `i` of `entries`, when it is not
/// [`table::plain_pattern`] of its phrase.
fn odd_pattern(i: usize) -> Option<&'static str> {
    ODD_PATTERNS
        .binary_search_by_key(&i, |&(k, _)| k as usize)
        .ok()
        .map(|k| ODD_PATTERNS[k].1)
}

/// The stream words of each built-in entry, for its [`PhraseSet`].
fn builtin_words(entries: &[Entry]) -> PhraseSet {
    PhraseSet::from_words(entries.iter().enumerate().map(|(i, e)| {
        // A plain pattern's words are the phrase's own.
        let text: &str = odd_pattern(i).unwrap_or(&e.phrase);
        crate::text::pattern_words(text)
    }))
}

/// The stream patterns of the built-in entries (for a table that callers extend).
fn builtin_patterns(entries: &[Entry]) -> Vec<Cow<'static, str>> {
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| match odd_pattern(i) {
            Some(p) => Cow::Borrowed(p),
            None => Cow::Owned(table::plain_pattern(&e.phrase)),
        })
        .collect()
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
    entries: Cow<'static, [Entry]>,
    phrases: PhraseSet,
}

static BUILTIN: OnceLock<Arc<Lexicon>> = OnceLock::new();

impl Lexicon {
    /// The built-in lexicon, built once per process.
    pub fn builtin() -> Arc<Lexicon> {
        BUILTIN
            .get_or_init(|| {
                let entries = builtin_entries();
                Arc::new(Lexicon {
                    phrases: builtin_words(&entries),
                    entries: Cow::Owned(entries),
                })
            })
            .clone()
    }

    /// The built-in lexicon with caller entries added or overriding (as sentiment phrases).
    pub fn with_overrides(extra: &[LexiconEntry]) -> Lexicon {
        let entries = builtin_entries();
        let patterns = builtin_patterns(&entries);
        let mut table = EntryTable::of(entries, patterns);
        for e in extra {
            let entry = Entry {
                phrase: Cow::Owned(e.phrase.clone()),
                kind: Kind::Sentiment,
                weight: e.score as f32,
            };
            let (i, _) = table.slot(&e.phrase, || entry.clone());
            table.entries[i] = entry;
        }
        Lexicon::from_parts(table.entries, &table.patterns)
    }

    /// A lexicon of exactly these entries (the fitter builds candidates this way).
    pub fn from_entries(entries: Vec<Entry>) -> Lexicon {
        let patterns: Vec<Cow<'static, str>> = entries
            .iter()
            .map(|e| Cow::Owned(phrase_pattern(&e.phrase)))
            .collect();
        Lexicon::from_parts(entries, &patterns)
    }

    /// A lexicon of entries whose stream patterns are already made (one per entry).
    fn from_parts(entries: Vec<Entry>, patterns: &[Cow<'static, str>]) -> Lexicon {
        Lexicon {
            entries: Cow::Owned(entries),
            phrases: PhraseSet::new(patterns.iter().map(|p| &**p)),
        }
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
        let mut hits = Vec::new();
        self.phrases.find(&doc.stream, |entry, first, last| {
            hits.push(Hit { entry, first, last })
        });
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::super::table::{merge, rows};
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
    fn compiled_table_is_the_merge_of_the_data_files() {
        let table = merge(LEXICON_TSV, WEIGHTS_TSV);
        let entries = builtin_entries();
        assert_eq!(table.entries, entries);
        assert_eq!(table.patterns, builtin_patterns(&entries));
        // The words the built-in phrase set is made of are the patterns' words.
        let doc = Doc::new("Results beat estimates; the write-down hurt, but sales rose.");
        let from_patterns = Lexicon::from_parts(table.entries.clone(), &table.patterns);
        assert_eq!(Lexicon::builtin().find(&doc), from_patterns.find(&doc));
        assert!(ODD_PATTERNS.windows(2).all(|w| w[0].0 < w[1].0));
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
            .map(|h| lex.entry(h).phrase.as_ref())
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
