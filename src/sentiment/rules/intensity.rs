//! Intensity: "rose sharply", "slightly lower", "a severe loss".
//!
//! The nearest booster within [`BOOSTER_WINDOW`] tokens of a phrase's anchor, on either side
//! and in the same clause, scales it by `1 + scale` (positive for intensifiers, negative for
//! downtoners; the scales are in `data/lexicon.tsv`).

use crate::sentiment::params::BOOSTER_WINDOW;
use crate::sentiment::{Clause, Hit, Kind, Lexicon, Rule, ScoredPhrase};

/// Scales phrases by their nearest booster.
pub fn apply(phrases: &mut [ScoredPhrase], hits: &[Hit], lexicon: &Lexicon, clauses: &[Clause]) {
    for p in phrases {
        let clause = &clauses[p.clause].tokens;
        let (a, b) = p.anchor;
        let mut best: Option<(usize, f32)> = None;
        // Only the hits within the window either side can qualify: find them by binary
        // search so that a long sentence stays linear.
        let lo = hits.partition_point(|h| h.last + BOOSTER_WINDOW + 1 < a);
        let hi = hits.partition_point(|h| h.first <= b + BOOSTER_WINDOW + 1);
        for h in &hits[lo..hi.max(lo)] {
            let Kind::Booster { scale } = lexicon.entry(h).kind else {
                continue;
            };
            if !clause.contains(&h.first) {
                continue;
            }
            let dist = if h.last < a {
                a - h.last - 1
            } else if h.first > b {
                h.first - b - 1
            } else {
                continue;
            };
            if dist <= BOOSTER_WINDOW && best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, scale));
            }
        }
        if let Some((_, scale)) = best {
            p.modifier *= 1.0 + scale as f64;
            p.mark(Rule::Intensity);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::sentiment::rules::testing::*;

    #[test]
    fn intensifiers_strengthen_and_downtoners_weaken() {
        assert!(score("Revenue rose sharply") > score("Revenue rose"));
        assert!(score("Revenue rose slightly") < score("Revenue rose"));
        assert!(score("Costs rose sharply") < score("Costs rose"));
        assert!(score("heavy losses") < score("losses"));
    }

    #[test]
    fn intensity_is_reported() {
        assert_eq!(rules("a slightly disappointing quarter")[0].1, "intensity");
    }
}
