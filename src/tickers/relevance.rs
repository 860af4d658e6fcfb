//! Relevance: how much a text is about a company, in (0, 1].
//!
//! ```text
//! relevance = 0.1 + 0.9 * (0.35 * position + 0.25 * frequency + 0.2 * subject + 0.2 * share)
//! position  = 1 for a mention in the headline (first sentence), 0.7 in the lead (sentences
//!             2-3), else 0.4 * (1 - first_sentence / sentences)
//! frequency = 1 - 0.5^mentions           (1 mention 0.5, 2 -> 0.75, 3 -> 0.875)
//! subject   = 1 when some mention is a grammatical subject (it opens its sentence or
//!             clause, allowing a leading article, and no preposition precedes it), else 0
//! share     = mentions / mentions of the most mentioned company
//! ```
//! The floor of 0.1 keeps every detected company above zero; the weights put a headline
//! company that is the subject first, and a company named once in passing in the last
//! paragraph near 0.15. Coreferences ("the company") count as half a mention.

use crate::sentiment::SentimentResult;
use crate::text::{eq_lower, Doc};

/// What relevance reads about one company.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Evidence {
    /// Sentence of the first mention.
    pub first_sentence: usize,
    /// Named mentions plus half the coreferences.
    pub mentions: f64,
    /// Some mention is a grammatical subject.
    pub subject: bool,
}

/// The formula above.
pub(crate) fn relevance(e: &Evidence, sentences: usize, most_mentions: f64) -> f64 {
    let position = match e.first_sentence {
        0 => 1.0,
        1 | 2 => 0.7,
        s => 0.4 * (1.0 - s as f64 / sentences.max(1) as f64),
    };
    let frequency = 1.0 - 0.5f64.powf(e.mentions);
    let subject = if e.subject { 1.0 } else { 0.0 };
    let share = if most_mentions > 0.0 {
        (e.mentions / most_mentions).min(1.0)
    } else {
        0.0
    };
    let r = 0.1 + 0.9 * (0.35 * position + 0.25 * frequency + 0.2 * subject + 0.2 * share);
    r.clamp(0.1, 1.0)
}

const PREPOSITIONS: &[&str] = &[
    "of",
    "for",
    "to",
    "from",
    "with",
    "by",
    "at",
    "in",
    "on",
    "against",
    "than",
    "like",
    "about",
    "over",
    "into",
    "versus",
    "vs",
    "including",
    "such",
    "as",
    "and",
    "or",
];

/// True when the mention at tokens `first` opens its sentence or clause (after at most an
/// article or one capitalised modifier) and no preposition stands right before it. The
/// caller gives the mention's clause (`SentimentResult::clause_of`) and sentence
/// (`Doc::sentence_of`), which it has already looked up.
pub(crate) fn is_subject(
    doc: &Doc,
    sent: &SentimentResult,
    clause: Option<usize>,
    sentence: usize,
    first: usize,
) -> bool {
    let sentence_start = doc.sentences[sentence].tokens.start;
    let start = clause.map_or(sentence_start, |c| sent.clauses[c].tokens.start);
    let begin = start.max(sentence_start);
    if first < begin || first - begin > 2 {
        return false;
    }
    if first > 0 && first > begin {
        let prev = doc.tok(first - 1);
        if PREPOSITIONS.iter().any(|p| eq_lower(prev, p)) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relevance_is_in_range_and_ordered() {
        let head = Evidence {
            first_sentence: 0,
            mentions: 3.0,
            subject: true,
        };
        let passing = Evidence {
            first_sentence: 9,
            mentions: 1.0,
            subject: false,
        };
        let a = relevance(&head, 10, 3.0);
        let b = relevance(&passing, 10, 3.0);
        assert!(a > b && a <= 1.0 && b > 0.0, "{a} {b}");
        assert!(relevance(&Evidence::default(), 0, 0.0) > 0.0);
    }
}
