//! Page furniture: lines pasted along with an article ("Request a Demo", "Subscribe",
//! "Share this article") carry no opinion about the news and do not count.

use crate::sentiment::{Hit, Kind, Lexicon};
use crate::text::{Doc, SentenceBounds};

/// True when `sentence` is a short line holding a furniture phrase.
pub fn is_furniture(doc: &Doc, sentence: &SentenceBounds, hits: &[Hit], lexicon: &Lexicon) -> bool {
    let words = doc.tokens[sentence.tokens.clone()]
        .iter()
        .filter(|t| t.is_word())
        .count();
    words <= crate::sentiment::params::FURNITURE_MAX_WORDS
        && hits
            .iter()
            .any(|h| lexicon.entry(h).kind == Kind::Furniture)
}

#[cfg(test)]
mod tests {
    use crate::sentiment::rules::testing::*;

    #[test]
    fn furniture_lines_do_not_count() {
        // "Request a Demo" alone would be neutral anyway; the point is that a positive word
        // on a furniture line ("Subscribe for the best deals") does not move the article.
        assert_sign("Subscribe now for the best insights", 0);
        assert_sign(
            "Acme beat estimates\nSubscribe for great deals\nRequest a Demo",
            1,
        );
        let a = analyse("Share this article\nAcme shares plunged after a profit warning.");
        assert_eq!(a.sentences[0].weight, 0.0);
        assert!(a.overall < -0.3, "{}", a.overall);
    }

    #[test]
    fn long_sentences_mentioning_subscribers_are_not_furniture() {
        assert_sign(
            "Subscribers rose sharply and the streaming service beat estimates for the quarter",
            1,
        );
    }
}
