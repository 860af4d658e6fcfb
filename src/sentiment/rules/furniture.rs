//! Page furniture: lines pasted along with an article ("Request a Demo", "Subscribe",
//! "Share this article") carry no opinion about the news and do not count.

use crate::sentiment::{Hit, Kind, Lexicon};
use crate::text::{Doc, SentenceBounds};

/// True when `sentence` is a short line that opens or ends with a furniture phrase
/// ("Subscribe for great deals", "Share this article", "… | Privacy Policy"). A furniture
/// word inside a headline is news ("TV stocks slump on talk of advertisement curbs",
/// "Business owner sues Target for copyright infringement").
pub fn is_furniture(doc: &Doc, sentence: &SentenceBounds, hits: &[Hit], lexicon: &Lexicon) -> bool {
    let tokens = &doc.tokens[sentence.tokens.clone()];
    let words = tokens.iter().filter(|t| t.is_word()).count();
    if words > crate::sentiment::params::FURNITURE_MAX_WORDS {
        return false;
    }
    let first = tokens.iter().position(|t| t.is_word());
    let last = tokens.iter().rposition(|t| t.is_word());
    let (Some(first), Some(last)) = (first, last) else {
        return false;
    };
    let (first, last) = (sentence.tokens.start + first, sentence.tokens.start + last);
    hits.iter()
        .any(|h| lexicon.entry(h).kind == Kind::Furniture && (h.first == first || h.last == last))
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
    fn a_furniture_word_inside_a_headline_is_news() {
        assert_sign("TV stocks slump on talk of advertisement curbs", -1);
        assert_sign("Read more", 0);
        assert_eq!(
            analyse("Terms of Use | Privacy Policy").sentences[0].weight,
            0.0
        );
    }

    #[test]
    fn long_sentences_mentioning_subscribers_are_not_furniture() {
        assert_sign(
            "Subscribers rose sharply and the streaming service beat estimates for the quarter",
            1,
        );
    }
}
