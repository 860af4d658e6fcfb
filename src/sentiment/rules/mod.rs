//! The sentiment rules, one per file, applied in the order `sentiment::run` lists them.

pub mod contrast;
pub mod direction;
pub mod furniture;
pub mod hedge;
pub mod intensity;
pub mod negation;

use crate::sentiment::{Contrast, ScoredPhrase};

/// The vectors the rules fill for each sentence, kept from one sentence to the next by
/// `sentiment::run` so that a sentence costs no allocation: made afresh per sentence they
/// were ~400 of the ~1,100 allocations of a 10 KB article (callgrind), and allocations cost
/// more in wasm.
#[derive(Default)]
pub(crate) struct Buffers {
    /// The connective that opened each clause ([`contrast::clauses`]).
    pub openers: Vec<Option<Contrast>>,
    /// The sentence's phrases ([`direction::phrases`] and the modifiers after it).
    pub phrases: Vec<ScoredPhrase>,
    /// Which metric hits a movement took ([`direction::phrases`]).
    pub paired: Vec<bool>,
    /// Sentiment phrases' spans ([`negation::apply`]).
    pub taken: Vec<(usize, usize)>,
    /// Hedges with their clause ([`hedge::apply`]).
    pub hedges: Vec<(usize, usize, f64)>,
}

#[cfg(test)]
pub(crate) mod testing {
    //! Shared helpers for the one-line "input -> expected" tests of each rule.
    use crate::sentiment::{run, Lexicon, SentimentResult};
    use crate::text::Doc;

    /// The sentiment result of one text with the built-in lexicon.
    pub fn analyse(text: &str) -> SentimentResult {
        run(&Doc::new(text), &Lexicon::builtin())
    }

    /// The score of a one-sentence text.
    pub fn score(text: &str) -> f64 {
        analyse(text).overall
    }

    /// Asserts the sign of the score: +1, -1, or 0 (neutral: |s| < 0.15).
    pub fn assert_sign(text: &str, sign: i32) {
        let s = score(text);
        let got = if s >= 0.15 {
            1
        } else if s <= -0.15 {
            -1
        } else {
            0
        };
        assert_eq!(got, sign, "{text:?} scored {s}");
    }

    /// The rule names of the phrases found, with their text.
    pub fn rules(text: &str) -> Vec<(String, &'static str)> {
        analyse(text)
            .phrases
            .iter()
            .map(|p| (text[p.span.range()].to_string(), p.rule.name()))
            .collect()
    }
}
