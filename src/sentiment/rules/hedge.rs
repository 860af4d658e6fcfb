//! Hedges and modality: "could", "may", "expected to", "reportedly".
//!
//! What is only possible weighs less than what happened. A hedge earlier in the clause damps
//! every phrase after it by its factor (the strongest hedge wins).

use crate::sentiment::{Clause, Hit, Kind, Lexicon, Rule, ScoredPhrase};

/// Damps hedged phrases.
pub fn apply(phrases: &mut [ScoredPhrase], hits: &[Hit], lexicon: &Lexicon, clauses: &[Clause]) {
    for p in phrases {
        let clause = &clauses[p.clause].tokens;
        let factor = hits
            .iter()
            .filter(|h| clause.contains(&h.first) && h.last < p.anchor.0)
            .filter_map(|h| match lexicon.entry(h).kind {
                Kind::Hedge { factor } => Some(factor as f64),
                _ => None,
            })
            .fold(1.0f64, f64::min);
        if factor < 1.0 {
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
    fn hedge_is_reported() {
        assert_eq!(rules("Acme may struggle")[0].1, "hedge");
    }
}
