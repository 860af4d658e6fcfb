//! Text stages: normalise, tokenise, split sentences, and the word stream that the lexicon
//! and name matchers search.
//!
//! Every later stage reads the [`Doc`] built here; nothing tokenises twice.

mod phrases;
mod sentences;
mod stream;
mod tokens;
pub mod words;

pub use phrases::PhraseSet;
pub use sentences::{split_sentences, SentenceBounds};
pub(crate) use stream::{pattern_words, phrase_pattern_with};
pub use stream::{phrase_pattern, word_hash, WordStream};
pub(crate) use tokens::tokenize_into;
pub use tokens::{tokenize, Token, TokenKind};

use crate::span::Span;

/// The analysed text with its tokens and sentences: the one shared view every stage reads.
///
/// Built only by [`Doc::new`] and never changed afterwards. [`Doc::tok`] relies on that:
/// the fields are visible to the crate for reading but not outside it (read them there
/// through [`Doc::text`], [`Doc::tokens`], [`Doc::sentences`], [`Doc::stream`]), and no
/// code in the crate writes them.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The original text.
    pub(crate) text: &'a str,
    /// Tokens in text order, each on `text`'s char boundaries.
    pub(crate) tokens: Vec<Token>,
    /// Sentences in text order; their token ranges partition `tokens`.
    pub(crate) sentences: Vec<SentenceBounds>,
    /// Lower-cased tokens joined for phrase matching.
    pub(crate) stream: WordStream,
    /// For every [`SENTENCE_BUCKET`]-th token, [`Doc::sentence_of`] it: the sentence of
    /// any token is then searched for among the few sentences between two buckets.
    sentence_hint: Vec<u32>,
}

/// Tokens per entry of [`Doc::sentence_hint`]: a sixteenth of a `u32` per token.
const SENTENCE_BUCKET: usize = 64;

impl<'a> Doc<'a> {
    /// Normalises, tokenises and segments `text`.
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let stream = WordStream::build(text, &tokens);
        let sentence_hint = sentence_hint(&sentences, tokens.len());
        // What `tok` relies on (the tokeniser's proptests check it on arbitrary text).
        debug_assert!(tokens.iter().all(|t| t.span.start <= t.span.end
            && text.is_char_boundary(t.span.start)
            && text.is_char_boundary(t.span.end)));
        Doc {
            text,
            tokens,
            sentences,
            stream,
            sentence_hint,
        }
    }

    /// The original text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Tokens in text order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// Sentences in text order; their token ranges partition [`Doc::tokens`].
    pub fn sentences(&self) -> &[SentenceBounds] {
        &self.sentences
    }

    /// Lower-cased tokens joined for phrase matching.
    pub fn stream(&self) -> &WordStream {
        &self.stream
    }

    /// The text of token `i`. Panics when there is no token `i`.
    ///
    /// Every stage asks this thousands of times per article. Sliced with `&text[range]`,
    /// each call tested both ends for a char boundary (5% of a full analysis natively, and
    /// a panic path inlined at every call site: 5 KB of the gzipped `.wasm`); the tokens'
    /// spans are on char boundaries by construction, so the slice is taken unchecked.
    #[inline(always)]
    pub fn tok(&self, i: usize) -> &'a str {
        let range = self.tokens[i].span.range();
        // SAFETY: `tokens` and `text` are only ever set together, by `Doc::new`, from the
        // tokeniser's output for this very `text` (the fields are not public, and nothing in
        // the crate writes them). The tokeniser cuts at char boundaries only, within the
        // text, start before end: `Doc::new` debug-asserts it, and the proptests in
        // `text::tokens` check it against a char-by-char tokeniser on arbitrary strings.
        unsafe { self.text.get_unchecked(range) }
    }

    /// The text under a byte span.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.range()]
    }

    /// Index of the sentence holding token `i` (the last sentence for a token past the
    /// end). A binary search among the sentences between two `SENTENCE_BUCKET` marks,
    /// usually one or two: the ticker stage asks this for every mention several times, and
    /// a search over all the sentences was a tenth of its time (perf, ticker bench).
    pub fn sentence_of(&self, token: usize) -> usize {
        let b = token / SENTENCE_BUCKET;
        let (lo, hi) = match self.sentence_hint.get(b) {
            Some(&lo) => (
                lo as usize,
                self.sentence_hint
                    .get(b + 1)
                    .map_or(self.sentences.len(), |&h| h as usize + 1),
            ),
            None => (0, self.sentences.len()),
        };
        let hi = hi.min(self.sentences.len());
        (lo + self.sentences[lo..hi].partition_point(|s| s.tokens.end <= token))
            .min(self.sentences.len().saturating_sub(1))
    }
}

/// [`Doc::sentence_hint`]: the first sentence ending after each bucket's first token.
fn sentence_hint(sentences: &[SentenceBounds], tokens: usize) -> Vec<u32> {
    let mut hint = Vec::with_capacity(tokens.div_ceil(SENTENCE_BUCKET));
    let mut s = 0;
    for t in (0..tokens).step_by(SENTENCE_BUCKET) {
        while s < sentences.len() && sentences[s].tokens.end <= t {
            s += 1;
        }
        // Offsets are 32-bit (inputs stay below 4 GiB), so sentence numbers fit.
        hint.push(s as u32);
    }
    hint
}

/// Case-insensitive ASCII equality of a token and a lower-case word, without allocating.
pub fn eq_lower(token: &str, lower: &str) -> bool {
    token.len() == lower.len()
        && token
            .bytes()
            .zip(lower.bytes())
            .all(|(a, b)| a.to_ascii_lowercase() == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bucketed look-up gives the plain binary search's answer for every token and
    /// past the end, with sentences of one token, of many, and none at all.
    #[test]
    fn sentence_of_agrees_with_a_full_search() {
        let long = "word ".repeat(150);
        let texts = [
            String::new(),
            "One.".to_string(),
            "A. B. C. D. E. F. G.".repeat(30),
            format!("Short one. {long}. Next. {long} end. Last"),
            "x ".repeat(64),
        ];
        for text in &texts {
            let doc = Doc::new(text);
            for t in 0..doc.tokens.len() + 130 {
                let want = doc
                    .sentences
                    .partition_point(|s| s.tokens.end <= t)
                    .min(doc.sentences.len().saturating_sub(1));
                assert_eq!(doc.sentence_of(t), want, "token {t} of {text:?}");
            }
        }
    }
}
