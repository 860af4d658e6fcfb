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
pub(crate) use stream::phrase_pattern_with;
pub use stream::{phrase_pattern, WordStream};
pub(crate) use tokens::tokenize_into;
pub use tokens::{tokenize, Token, TokenKind};

use crate::span::Span;

/// The analysed text with its tokens and sentences: the one shared view every stage reads.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The original text.
    pub text: &'a str,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; their token ranges partition `tokens`.
    pub sentences: Vec<SentenceBounds>,
    /// Lower-cased tokens joined for phrase matching.
    pub stream: WordStream,
}

impl<'a> Doc<'a> {
    /// Normalises, tokenises and segments `text`.
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let stream = WordStream::build(text, &tokens);
        Doc {
            text,
            tokens,
            sentences,
            stream,
        }
    }

    /// The text of token `i`.
    #[inline(always)]
    pub fn tok(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].span.range()]
    }

    /// The text under a byte span.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.range()]
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentences
            .partition_point(|s| s.tokens.end <= token)
            .min(self.sentences.len().saturating_sub(1))
    }
}

/// Case-insensitive ASCII equality of a token and a lower-case word, without allocating.
pub fn eq_lower(token: &str, lower: &str) -> bool {
    token.len() == lower.len()
        && token
            .bytes()
            .zip(lower.bytes())
            .all(|(a, b)| a.to_ascii_lowercase() == b)
}
