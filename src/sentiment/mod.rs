//! Sentiment: lexicon matches, the rules that qualify them, and sentence, document and
//! entity scores.
//!
//! Every score is a sum of contributions, each attributable to one [`ScoredPhrase`]: a
//! lexicon entry's weight times the modifiers the rules applied to it. That keeps the
//! explanations real: the phrases shown are exactly what made the score.

mod lexicon;
pub mod params;
pub mod rules;
mod score;
mod table;

#[cfg(not(target_arch = "wasm32"))]
pub mod fit;

pub use lexicon::{Contrast, Entry, Hit, Kind, Lexicon};
pub(crate) use score::{document_sums, weighted_mean};
pub use score::{
    normalise, score_entity, score_entity_in, score_target, EntityContext, EntityScore, Others,
    TargetResult,
};

use crate::span::Span;
use crate::text::Doc;
use std::ops::Range;

/// The rule that made a phrase, most specific last: a phrase reports the highest one that
/// touched it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rule {
    /// A lexicon entry as it stands.
    Lexicon,
    /// Weighted by its clause's place around "but", "despite" and the like.
    Contrast,
    /// Strengthened or weakened by an intensifier or a downtoner.
    Intensity,
    /// Damped by a hedge ("could", "expected to").
    Hedge,
    /// A metric times the direction of its movement ("losses narrowed").
    MetricDirection,
    /// Negated ("did not meet").
    Negation,
}

impl Rule {
    /// The name shown in results.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Lexicon => "lexicon",
            Rule::Contrast => "contrast",
            Rule::Intensity => "intensity",
            Rule::Hedge => "hedge",
            Rule::MetricDirection => "metric-direction",
            Rule::Negation => "negation",
        }
    }
}

/// A clause: part of a sentence between connectives and clause punctuation.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    /// Its tokens.
    pub tokens: Range<usize>,
    /// Its sentence.
    pub sentence: usize,
    /// Its weight in the sentence (contrast rule).
    pub weight: f64,
}

/// A phrase that contributes to the score.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredPhrase {
    /// Byte span shown to the reader (the negator and metric included).
    pub span: Span,
    /// First and last token of the word that carries the sentiment (the movement for a
    /// metric-direction pair): rules look around this anchor.
    pub anchor: (usize, usize),
    /// The lexicon entry whose weight it carries.
    pub entry: u32,
    /// The product of every rule's factor: contribution = modifier x weight.
    pub modifier: f64,
    /// The signed contribution.
    pub score: f64,
    /// The most specific rule that made it.
    pub rule: Rule,
    /// Its sentence.
    pub sentence: usize,
    /// Its clause (index into [`SentimentResult::clauses`]).
    pub clause: usize,
}

impl ScoredPhrase {
    pub(crate) fn mark(&mut self, rule: Rule) {
        self.rule = self.rule.max(rule);
    }
}

/// A sentence's scores.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceScore {
    /// Byte span.
    pub span: Span,
    /// Sum of its phrases' contributions.
    pub raw: f64,
    /// `normalise(raw)`, in [-1, 1].
    pub score: f64,
    /// Its weight in the document score (0 for page furniture).
    pub weight: f64,
}

/// Everything the sentiment stage found.
#[derive(Debug, Clone, Default)]
pub struct SentimentResult {
    /// Per sentence, parallel to `Doc::sentences`.
    pub sentences: Vec<SentenceScore>,
    /// Contributing phrases in text order.
    pub phrases: Vec<ScoredPhrase>,
    /// Clauses in text order.
    pub clauses: Vec<Clause>,
    /// Every lexicon match (all roles), in text order.
    pub hits: Vec<Hit>,
    /// The document score in [-1, 1].
    pub overall: f64,
    /// The sentences that count toward the document score (not page furniture), those of
    /// earlier parts included (see [`run_from`]).
    pub counted: usize,
}

impl SentimentResult {
    /// The clause holding token `t`, if any.
    pub fn clause_of(&self, t: usize) -> Option<usize> {
        let i = self.clauses.partition_point(|c| c.tokens.end <= t);
        (i < self.clauses.len() && self.clauses[i].tokens.contains(&t)).then_some(i)
    }
}

/// Runs the lexicon and every rule over `doc`. The rules run in this order, each reading the
/// phrases the one before left:
/// 1. furniture: page-furniture lines are set aside;
/// 2. contrast: clauses and their weights;
/// 3. direction: metric x movement pairs, and the phrases that stand alone;
/// 4. negation, 5. intensity, 6. hedge: modifiers on those phrases.
///
/// Then each phrase's contribution is its modifier times its weight (clause weight
/// included), and sentence and document scores follow.
pub fn run(doc: &Doc, lexicon: &Lexicon) -> SentimentResult {
    run_from(doc, lexicon, 0)
}

/// [`run`] for a later part of a long text ([`crate::Stream`]), whose earlier parts held
/// `counted` sentences that count: only the text's first two such sentences take the
/// headline's and the lead's weight.
pub fn run_from(doc: &Doc, lexicon: &Lexicon, counted: usize) -> SentimentResult {
    let hits = lexicon.find(doc);
    let mut res = SentimentResult {
        sentences: Vec::with_capacity(doc.sentences.len()),
        ..Default::default()
    };
    let mut h = 0;
    let mut buf = rules::Buffers::default();
    // Position among the sentences that count: page furniture above a headline does not
    // take the headline's weight.
    let mut nth = counted;
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let begin = h;
        while h < hits.len() && hits[h].first < sentence.tokens.end {
            h += 1;
        }
        // A phrase never crosses a sentence boundary. Hits are sorted and disjoint, so only
        // the last hit of the run can cross it: drop it, without copying the run.
        let mut end = h;
        if end > begin && hits[end - 1].last >= sentence.tokens.end {
            end -= 1;
        }
        let shits = &hits[begin..end];

        if rules::furniture::is_furniture(doc, sentence, shits, lexicon) {
            res.sentences.push(SentenceScore {
                span: sentence.span,
                raw: 0.0,
                score: 0.0,
                weight: 0.0,
            });
            continue;
        }

        let first_clause = res.clauses.len();
        rules::contrast::clauses(
            doc,
            sentence,
            si,
            shits,
            lexicon,
            &mut res.clauses,
            &mut buf.openers,
        );
        let clauses = &res.clauses[first_clause..];

        let phrases = &mut buf.phrases;
        rules::direction::phrases(doc, shits, lexicon, si, phrases, &mut buf.paired);
        for p in phrases.iter_mut() {
            // Clauses are sorted and disjoint: a binary search keeps long sentences linear.
            let c = clauses.partition_point(|c| c.tokens.end <= p.anchor.0);
            p.clause = first_clause + c.min(clauses.len().saturating_sub(1));
        }
        // Phrases whose anchor fell on a connective or clause punctuation belong to no
        // clause and carry nothing.
        phrases.retain(|p| {
            res.clauses
                .get(p.clause)
                .is_some_and(|c| c.tokens.contains(&p.anchor.0))
        });
        rules::negation::apply(phrases, shits, lexicon, &res.clauses, doc, &mut buf.taken);
        rules::intensity::apply(phrases, shits, lexicon, &res.clauses);
        rules::hedge::apply(phrases, shits, lexicon, &res.clauses, &mut buf.hedges);
        rules::hedge::question(phrases, doc, sentence);
        rules::contrast::apply(phrases, &res.clauses);

        let mut raw = 0.0;
        for p in phrases.iter_mut() {
            let w = lexicon.entries()[p.entry as usize].weight as f64;
            p.score = p.modifier * w;
            raw += p.score;
        }
        phrases.retain(|p| p.score != 0.0);
        res.sentences.push(SentenceScore {
            span: sentence.span,
            raw,
            score: normalise(raw),
            weight: score::position_weight(nth)
                * if phrases.is_empty() {
                    params::NEUTRAL_SENTENCE_WEIGHT
                } else {
                    1.0
                },
        });
        res.phrases.append(phrases);
        nth += 1;
    }
    res.hits = hits;
    res.overall = score::document(&res.sentences);
    res.counted = nth;
    res
}
