//! Hedges and modality: "could", "may", "expected to", "reportedly".
//!
//! What is only possible weighs less than what happened. A hedge earlier in the clause damps
//! every phrase after it by its factor (the strongest hedge wins). A question asserts
//! nothing either ("Is Acme a good stock to buy?"): its phrases are damped like "whether".

use crate::sentiment::params::QUESTION;
use crate::sentiment::{Clause, Hit, Kind, Lexicon, Rule, ScoredPhrase};
use crate::text::{Doc, SentenceBounds};

/// Damps every phrase of a sentence that is a question (ends with "?", before any closing
/// quotes or brackets).
pub fn question(phrases: &mut [ScoredPhrase], doc: &Doc, sentence: &SentenceBounds) {
    let text = doc.text[sentence.span.range()]
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)]".contains(c));
    if !text.ends_with('?') {
        return;
    }
    for p in phrases {
        p.modifier *= QUESTION;
        p.mark(Rule::Hedge);
    }
}

/// Damps hedged phrases. `hedges` is a buffer kept from sentence to sentence (see
/// `rules::Buffers`).
pub fn apply(
    phrases: &mut [ScoredPhrase],
    hits: &[Hit],
    lexicon: &Lexicon,
    clauses: &[Clause],
    hedges: &mut Vec<(usize, usize, f64)>,
) {
    // The hedges in text order, each with the strongest (smallest) factor of its clause so
    // far: one binary search per phrase then answers "the strongest hedge before me in my
    // clause", and a long sentence stays linear.
    let clause_of = |t: usize| clauses.partition_point(|c| c.tokens.end <= t);
    hedges.clear(); // (last token, clause, prefix min)
    for h in hits {
        if let Kind::Hedge { factor } = lexicon.entry(h).kind {
            let c = clause_of(h.first);
            let f = match hedges.last() {
                Some(&(_, pc, m)) if pc == c => m.min(factor as f64),
                _ => factor as f64,
            };
            hedges.push((h.last, c, f));
        }
    }
    for p in phrases {
        let k = hedges.partition_point(|&(last, _, _)| last < p.anchor.0);
        let Some(&(_, c, factor)) = k.checked_sub(1).and_then(|k| hedges.get(k)) else {
            continue;
        };
        if c == p.clause && factor < 1.0 {
            p.modifier *= factor;
            p.mark(Rule::Hedge);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::sentiment::rules::testing::*;

    #[test]
    fn hedged_news_weighs_less() {
        assert!(score("Profit could fall").abs() < score("Profit fell").abs());
        assert!(score("Revenue is expected to rise") < score("Revenue rose"));
        assert!(score("Revenue is expected to rise") > 0.0);
    }

    #[test]
    fn a_question_asserts_less_than_a_statement() {
        assert!(score("Is Acme a good stock to buy?") < score("Acme is a good stock to buy."));
        assert!(score("Is Acme a good stock to buy?") >= 0.0);
        assert!(score("Will profit fall?\"") > score("Profit will fall."));
        assert!(score("Did revenue soar?") < score("Revenue soared."));
        assert_eq!(rules("Is it good?")[0].1, "hedge");
    }

    #[test]
    fn hedge_is_reported() {
        assert_eq!(rules("Acme may struggle")[0].1, "hedge");
    }
}
