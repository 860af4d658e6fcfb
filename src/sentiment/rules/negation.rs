//! Negation: "did not meet expectations", "no longer expects a loss", "failed to win".
//!
//! A negator within [`NEGATION_WINDOW`] tokens before the word that carries a phrase's
//! sentiment, in the same clause, flips it: bad news by [`NEGATION`] (VADER's constant), good
//! news by [`NEGATION_OF_GOOD`] (a failure is as bad as the success was good). The
//! phrase shown grows to include the negator, so the reader sees why.
//!
//! A negator negates only the first sentiment phrase after it: in "not impressed by the weak
//! outlook" the reader is not impressed, and the outlook is still weak. (This also keeps
//! the shown phrases from overlapping, which the widget's highlighting relies on.)

use crate::sentiment::params::{NEGATION, NEGATION_MIN_WEIGHT, NEGATION_OF_GOOD, NEGATION_WINDOW};
use crate::sentiment::{Clause, Hit, Kind, Lexicon, Rule, ScoredPhrase};
use crate::sort;
use crate::span::Span;
use crate::text::Doc;

/// Negates the phrases that a negator precedes. `taken` is a buffer kept from sentence to
/// sentence (see `rules::Buffers`).
pub fn apply(
    phrases: &mut [ScoredPhrase],
    hits: &[Hit],
    lexicon: &Lexicon,
    clauses: &[Clause],
    doc: &Doc,
    taken: &mut Vec<(usize, usize)>,
) {
    // The byte spans of this sentence's sentiment phrases, sorted by start, with the
    // furthest end so far: a phrase that reaches between a negator and a later phrase has
    // taken the negation for itself (and the later phrase's span may not grow over it).
    taken.clear();
    taken.extend(
        phrases
            .iter()
            .filter(|p| lexicon.entries()[p.entry as usize].weight.abs() >= NEGATION_MIN_WEIGHT)
            .map(|p| (p.span.start, p.span.end)),
    );
    sort::by_key(taken, |&(a, b)| sort::key2(a, b));
    let taken = &mut taken[..];
    let mut furthest = 0;
    for t in taken.iter_mut() {
        furthest = furthest.max(t.1);
        t.1 = furthest;
    }
    // True when a phrase starting before `end` reaches past `start`.
    let reached = |start: usize, end: usize| {
        let k = taken.partition_point(|t| t.0 < end);
        k > 0 && taken[k - 1].1 > start
    };
    for p in phrases {
        let clause_start = clauses[p.clause].tokens.start;
        let anchor = p.anchor.0;
        // Hits are in text order: only those ending in the window before the anchor matter,
        // so a binary search keeps this linear in the length of the sentence.
        let before = hits.partition_point(|h| h.last < anchor);
        let negator = hits[..before]
            .iter()
            .rev()
            .take_while(|h| anchor - h.last - 1 <= NEGATION_WINDOW)
            .find(|h| {
                matches!(lexicon.entry(h).kind, Kind::Negator { .. }) && h.first >= clause_start
            })
            .filter(|n| {
                let from = doc.tokens[n.first].span.start;
                from >= p.span.start || !reached(from, p.span.start)
            });
        if let Some(n) = negator {
            let good = p.modifier * lexicon.entries()[p.entry as usize].weight as f64 > 0.0;
            let strength = match lexicon.entry(n).kind {
                Kind::Negator { strength } => strength as f64,
                _ => 1.0,
            };
            p.modifier *= strength * if good { NEGATION_OF_GOOD } else { NEGATION };
            p.span = p.span.cover(Span::new(
                doc.tokens[n.first].span.start,
                doc.tokens[n.last].span.end,
            ));
            p.mark(Rule::Negation);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::sentiment::rules::testing::*;

    /// The negation turns the plain sentence's sign around, and a good outcome negated is
    /// as strong as the outcome (factor -1), whatever the fitted weights.
    fn assert_flips(plain: &str, negated: &str) {
        let (p, n) = (score(plain), score(negated));
        assert!(p * n < 0.0, "{plain:?} {p} vs {negated:?} {n}");
    }

    #[test]
    fn negated_good_news_is_bad() {
        assert_sign("Results did not meet expectations", -1);
        assert_sign("Revenue did not rise", -1);
        // A qualifier between the verb and its object: the whole call is one phrase, so the
        // negation reaches it (not a weak word in between).
        assert_sign("The company did not meet analysts' expectations", -1);
        // (Not "the contract", whose fitted weight may outweigh the win.)
        assert_flips(
            "The company won the bid",
            "The company failed to win the bid",
        );
        // As bad as winning is good: compared phrase to phrase, since the sentence's other
        // words ("contract") carry fitted weights of their own.
        let phrase = |text: &str, word: &str| {
            analyse(text)
                .phrases
                .iter()
                .find(|p| text[p.span.range()].contains(word))
                .map_or(0.0, |p| p.score)
        };
        assert!(
            phrase("The company failed to win the contract", "win")
                <= -phrase("The company won the contract", "won") + 1e-9
        );
    }

    #[test]
    fn negated_bad_news_is_good() {
        assert_sign("Acme no longer expects a loss this year", 1);
        assert_sign("There were no layoffs", 1);
    }

    #[test]
    fn neutral_idioms_stay_neutral() {
        assert_sign("The change is not expected to affect results", 0);
        assert_sign("Not only did sales rise, but margins improved too", 1);
    }

    #[test]
    fn the_phrase_includes_the_negator() {
        let r = rules("Results did not meet expectations");
        assert!(
            r.iter()
                .any(|(t, rule)| t.starts_with("not") && *rule == "negation"),
            "{r:?}"
        );
    }

    #[test]
    fn a_negator_takes_only_the_first_phrase_after_it() {
        let r = rules("Analysts were not impressed by the weak outlook");
        let negated: Vec<_> = r.iter().filter(|(_, rule)| *rule == "negation").collect();
        assert_eq!(negated.len(), 1, "{r:?}");
        assert_eq!(negated[0].0, "not impressed", "{r:?}");
        assert_sign("Analysts were not impressed by the weak outlook", -1);
    }

    #[test]
    fn negation_stays_in_its_clause() {
        assert_sign("Not a surprise: revenue rose sharply", 1);
    }

    #[test]
    fn a_move_snapped_or_reversed_goes_the_other_way() {
        assert_sign("Rupee snaps two-day fall", 1);
        assert_sign("Shanghai stocks reverse losses to close in green", 1);
        assert_sign("Index reverses gains after weak manufacturing data", -1);
        assert_sign("Stronger banks enable FTSE to erase losses", 1);
        // The central bank's reverse repo rate is no reversal.
        let r = rules("Reverse repo rate hike likely");
        assert!(r.iter().all(|(_, rule)| *rule != "negation"), "{r:?}");
        let r = rules("Rupee snaps two-day fall");
        assert!(
            r.iter()
                .any(|(t, rule)| t.ends_with("snaps two-day fall") && *rule == "negation"),
            "{r:?}"
        );
    }
}
