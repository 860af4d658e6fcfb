//! Contrast: clauses, and the weight of each around "but", "however", "despite", "although".
//!
//! "Revenue rose, but margins fell": what follows "but" is what the writer stresses (1.5),
//! what precedes it yields (0.5). "Despite higher costs, profit rose": the clause that
//! "despite" opens is the lesser one (0.5), the main clause wins; so is a clause that "after"
//! or "following" opens, the cause or the earlier event of a headline's move ("Gold falls
//! after strong jobless report"). "While" and "whereas" only split: "Shell rose while BP
//! fell" is two subjects, each with its own clause.
//!
//! Clauses also end at `,` `;` `:` and dashes, so that entity scores can keep to the clause
//! that names the entity.

use crate::sentiment::params::{AFTER_BUT, BEFORE_BUT, DESPITE_CLAUSE};
use crate::sentiment::{Clause, Contrast, Hit, Kind, Lexicon, Rule, ScoredPhrase};
use crate::text::{Doc, SentenceBounds, TokenKind};

/// True for the punctuation that ends a clause.
pub fn is_clause_punct(doc: &Doc, t: usize) -> bool {
    let tok = doc.tokens[t];
    if tok.kind != TokenKind::Punct {
        return false;
    }
    match doc.tok(t) {
        "," | ";" | ":" | "—" | "–" | "|" => true,
        // A hyphen with space around it is a dash; inside "write-down" it is not.
        "-" => {
            let spaced_before = t > 0 && doc.tokens[t - 1].span.end < tok.span.start;
            let spaced_after = doc
                .tokens
                .get(t + 1)
                .is_some_and(|n| n.span.start > tok.span.end);
            spaced_before && spaced_after
        }
        _ => false,
    }
}

/// Appends the clauses of `sentence` to `out`, weighted. `openers` is a buffer kept from
/// sentence to sentence (see `rules::Buffers`).
pub fn clauses(
    doc: &Doc,
    sentence: &SentenceBounds,
    si: usize,
    hits: &[Hit],
    lexicon: &Lexicon,
    out: &mut Vec<Clause>,
    openers: &mut Vec<Option<Contrast>>,
) {
    let base = out.len();
    // Each clause remembers the connective that opened it.
    openers.clear();
    let mut start = sentence.tokens.start;
    let mut opener = None;
    let mut hi = 0;
    let mut depth = 0usize;
    let mut t = sentence.tokens.start;
    while t < sentence.tokens.end {
        while hi < hits.len() && hits[hi].first < t {
            hi += 1;
        }
        let connective =
            hits.get(hi)
                .filter(|h| h.first == t)
                .and_then(|h| match lexicon.entry(h).kind {
                    Kind::Contrast(c) => Some((c, h.last)),
                    _ => None,
                });
        if let Some((c, last)) = connective {
            if start < t {
                out.push(Clause {
                    tokens: start..t,
                    sentence: si,
                    weight: 1.0,
                });
                openers.push(opener);
            }
            opener = Some(c);
            start = last + 1;
            t = last + 1;
            continue;
        }
        // Only punctuation splits a clause: words go by on one test.
        if doc.tokens[t].kind != TokenKind::Punct {
            t += 1;
            continue;
        }
        // Brackets hold asides and codes ("(NYSE: JPM)"): nothing inside them splits the
        // clause around them.
        match doc.tok(t) {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && is_clause_punct(doc, t) {
            if start < t {
                out.push(Clause {
                    tokens: start..t,
                    sentence: si,
                    weight: 1.0,
                });
                openers.push(opener);
                // A "despite" clause ends at the comma; what follows is the main clause.
                // ("However, ..." keeps its connective: no clause came between.)
                opener = None;
            }
            start = t + 1;
        }
        t += 1;
    }
    if start < sentence.tokens.end {
        out.push(Clause {
            tokens: start..sentence.tokens.end,
            sentence: si,
            weight: 1.0,
        });
        openers.push(opener);
    }

    // Weights. "But" splits the sentence: everything before it yields, everything after
    // it is stressed. Only the last "but" counts, as in VADER.
    let clauses = &mut out[base..];
    if let Some(pivot) = openers.iter().rposition(|o| *o == Some(Contrast::But)) {
        for (i, c) in clauses.iter_mut().enumerate() {
            c.weight *= if i < pivot { BEFORE_BUT } else { AFTER_BUT };
        }
    }
    for (i, c) in clauses.iter_mut().enumerate() {
        if openers[i] == Some(Contrast::Despite) {
            c.weight *= DESPITE_CLAUSE;
        }
    }
}

/// Multiplies each phrase by its clause weight.
pub fn apply(phrases: &mut [ScoredPhrase], clauses: &[Clause]) {
    for p in phrases {
        let w = clauses[p.clause].weight;
        if w != 1.0 {
            p.modifier *= w;
            p.mark(Rule::Contrast);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::sentiment::rules::testing::*;

    #[test]
    fn the_clause_after_but_wins() {
        assert_sign("Revenue rose, but margins fell sharply", -1);
        assert_sign("Margins fell, but revenue rose sharply", 1);
        let with = score("The quarter was weak; however, the outlook improved strongly.");
        let without = score("The quarter was weak; the outlook improved strongly.");
        assert!(with > without && with > 0.0, "{with} vs {without}");
    }

    #[test]
    fn the_main_clause_wins_over_despite() {
        assert_sign("Despite higher costs, profit rose sharply", 1);
        assert_sign("Profit fell sharply despite strong demand", -1);
        assert_sign("Although revenue grew, the company swung to a loss", -1);
    }

    #[test]
    fn the_move_wins_over_what_came_before_or_caused_it() {
        assert_sign("Gold falls after strong jobless report", -1);
        assert_sign("Major indexes in the red after hitting record highs", -1);
        let r = rules("Shares jump following a weak quarter");
        assert!(r.contains(&("weak".to_string(), "contrast")), "{r:?}");
        assert!(
            score("Shares jump following a weak quarter") > score("Shares jump; a weak quarter")
        );
        // "after tax" is no clause: profit after tax is the metric that rose.
        assert_sign("Profit after tax rose 12%", 1);
    }

    #[test]
    fn brackets_do_not_split_clauses() {
        let a = analyse("JPMorgan (NYSE: JPM) rose 2%, while Wells Fargo fell");
        assert_eq!(a.clauses.len(), 2);
    }

    #[test]
    fn while_splits_clauses() {
        let a = analyse("Shell rose while BP fell");
        assert_eq!(a.clauses.len(), 2);
        assert_eq!(a.clauses[0].weight, 1.0);
    }

    #[test]
    fn contrast_is_reported() {
        let r = rules("Sales rose, but costs jumped");
        assert!(
            r.iter()
                .any(|(_, rule)| *rule == "contrast" || *rule == "metric-direction"),
            "{r:?}"
        );
    }
}
