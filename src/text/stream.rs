//! The word stream: the tokens lower-cased and joined, so that a [`PhraseSet`](super::PhraseSet)
//! (lexicon phrases, metric names) or the company-name index finds whole-word phrases in it.
//!
//! Each token is written as ` token ` (a space either side), so tokens are separated by two
//! spaces, and a pattern built by [`phrase_pattern`] (` word1  word2 `) can only match whole
//! tokens: it cannot start or end inside a word. Hyphens between tokens are dropped, so
//! "write-down" and "write down" match the same pattern; curly apostrophes become straight
//! ones. Other punctuation stays as a token of its own, so phrases do not run across commas.

use super::tokens::{Token, TokenKind};
use crate::hash::FastHasher;
use std::hash::Hasher;

/// The hash of a word's bytes: the high half of `FastHasher`'s (the well mixed bits of its
/// final multiply). The same on every target, so that tables built by the build script and
/// at start-up agree with the stream's. 32 bits, as the stream keeps one per word.
#[inline]
pub fn word_hash(word: &[u8]) -> u32 {
    let mut h = FastHasher::default();
    h.write(word);
    (h.finish() >> 32) as u32
}

/// The lower-cased token stream and the map back to token indices.
#[derive(Debug, Default)]
pub struct WordStream {
    /// The stream text.
    pub text: String,
    /// Stream offset of the leading space of each token written, in order.
    starts: Vec<u32>,
    /// Token index of each token written.
    token_of: Vec<u32>,
    /// The positions (in writing order) of the words that are not ASCII, whose stream form
    /// may differ from a plain lower-casing (curly apostrophes made straight); usually none.
    non_ascii: Vec<u32>,
    /// [`word_hash`] of each word written: the lexicon's, the metric names' and the company
    /// names' look-ups all start from it (each hashed every word on its own).
    hashes: Vec<u32>,
}

impl WordStream {
    /// Builds the stream for the tokens of `text`, in one pass: each word is written
    /// lower-cased and hashed while its bytes are in cache.
    ///
    /// The stream and the tables are written by index into buffers sized up front, and
    /// the stream is checked as UTF-8 once at the end. Pushing onto them, `String::push_str`
    /// per word (a `memcpy` call) and a pass each to lower and to hash the words had been
    /// two thirds of building the stream (callgrind).
    pub fn build(text: &str, tokens: &[Token]) -> Self {
        // A written token takes its bytes and two spaces; `push_ascii_lower` may write up
        // to seven bytes past a word (overwritten or cut off after), hence the slack.
        let mut out = vec![0u8; text.len() + tokens.len() * 2 + 2 + CHUNK];
        let mut starts = vec![0u32; tokens.len()];
        let mut token_of = vec![0u32; tokens.len()];
        let mut hashes = vec![0u32; tokens.len()];
        let mut non_ascii = Vec::new();
        let mut scratch = String::new();
        let (mut k, mut at) = (0, 0);
        for (i, t) in tokens.iter().enumerate() {
            // As bytes: a `str` slice checks both ends for char boundaries, per token.
            let word = &text.as_bytes()[t.span.range()];
            if !written(t, word) {
                continue;
            }
            starts[k] = at as u32;
            token_of[k] = i as u32;
            out[at] = b' ';
            at += 1;
            hashes[k] = match push_ascii_lower(&mut out[at..], text.as_bytes(), t.span.range()) {
                Some(hash) => {
                    at += word.len();
                    hash
                }
                None => {
                    // Lower-casing may lengthen a word that is not ASCII ("Ⱥ" is two bytes,
                    // "ⱥ" three): the buffer grows by what the word gained, so that the
                    // room sized for every token's own bytes stays.
                    non_ascii.push(k as u32);
                    scratch.clear();
                    push_word(&mut scratch, &text[t.span.range()]);
                    let end = at + scratch.len();
                    let gained = scratch.len().saturating_sub(word.len());
                    if gained > 0 {
                        out.resize(out.len() + gained, 0);
                    }
                    out[at..end].copy_from_slice(scratch.as_bytes());
                    out[at..end].make_ascii_lowercase();
                    let hash = word_hash(&out[at..end]);
                    at = end;
                    hash
                }
            };
            out[at] = b' ';
            at += 1;
            k += 1;
        }
        out.truncate(at);
        starts.truncate(k);
        token_of.truncate(k);
        hashes.truncate(k);
        WordStream {
            // Whole chars of valid UTF-8 and ASCII spaces: the check cannot fail.
            text: String::from_utf8(out).expect("the stream is UTF-8"),
            starts,
            token_of,
            non_ascii,
            hashes,
        }
    }

    /// [`word_hash`] of each word written, in order (as [`WordStream::words`] gives them).
    pub fn hashes(&self) -> &[u32] {
        &self.hashes
    }

    /// The lower-cased word of each token written, in order.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.starts.len()).map(|k| &self.text[self.word_range(k)])
    }

    /// The stream bytes of the `k`-th token written, without the spaces around it: each
    /// token is written as ` word `, so its word lies between its own start and the next
    /// token's, one space in from each. Read from the offsets, not searched for (the
    /// search was half the cost of the name matcher's loop; callgrind, engine bench).
    #[inline]
    pub fn word_range(&self, k: usize) -> std::ops::Range<usize> {
        let end = self
            .starts
            .get(k + 1)
            .map_or(self.text.len(), |&e| e as usize);
        self.starts[k] as usize + 1..end - 1
    }

    /// The token index (into the document's tokens) of the `k`-th token written.
    #[inline]
    pub fn token_index(&self, k: usize) -> usize {
        self.token_of[k] as usize
    }

    /// Stream offsets of the tokens written, in order (each at its leading space).
    pub fn starts(&self) -> &[u32] {
        &self.starts
    }

    /// The token index of each token written, in order.
    pub fn token_indices(&self) -> &[u32] {
        &self.token_of
    }

    /// The positions (in writing order) of the tokens written that are not ASCII, in order.
    pub fn non_ascii(&self) -> &[u32] {
        &self.non_ascii
    }

    /// [`WordStream::tokens_of`] for matches that come in text order, as the name index
    /// reports them: each call resumes where the last one stopped instead of searching
    /// every offset again (`cursor` starts at 0).
    pub fn tokens_of_from(
        &self,
        cursor: &mut usize,
        start: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let starts = &self.starts;
        let mut k = *cursor;
        // A match never starts before the previous one did, so nothing before the cursor
        // can be its first token.
        while k < starts.len() && (starts[k] as usize) < start {
            k += 1;
        }
        *cursor = k;
        if end <= start || k == starts.len() || starts[k] as usize != start {
            return None;
        }
        let mut last = k;
        while last + 1 < starts.len() && (starts[last + 1] as usize) < end {
            last += 1;
        }
        Some((self.token_of[k] as usize, self.token_of[last] as usize))
    }

    /// The token range `[first, last]` covered by a match at stream bytes `start..end`.
    /// `None` when the match does not sit on token boundaries.
    pub fn tokens_of(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = self.starts.binary_search(&(start as u32)).ok()?;
        // The match ends with the trailing space of its last token.
        let last = self.starts.partition_point(|&s| (s as usize) < end) - 1;
        if last < first {
            return None;
        }
        Some((self.token_of[first] as usize, self.token_of[last] as usize))
    }
}

/// The bytes `push_ascii_lower` reads and writes at a time.
const CHUNK: usize = 8;

/// Writes the ASCII word at `range` of `text` to the start of `out`, lower-cased, eight
/// bytes at a time, and returns its [`word_hash`], computed from the same eight-byte words
/// as they are written. `out` must have room for the word and [`CHUNK`] bytes more: the
/// last chunk is written whole, zeros past the word. `None` when the word is not ASCII
/// (then `out` holds part of it, for the caller to overwrite).
///
/// Per byte, the copy, the lowering and the hash had been three loops, none of them
/// vectorised for words this short (five bytes on average).
#[inline]
fn push_ascii_lower(out: &mut [u8], text: &[u8], range: std::ops::Range<usize>) -> Option<u32> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut h = FastHasher::default();
    let mut i = range.start;
    let mut o = 0;
    while i < range.end {
        let n = (range.end - i).min(CHUNK);
        let chunk = match text.get(i..i + CHUNK) {
            // The bytes past the word, if any, are masked off below.
            Some(c) => u64::from_le_bytes(c.try_into().expect("eight bytes")),
            None => {
                let mut b = [0u8; CHUNK];
                b[..n].copy_from_slice(&text[i..i + n]);
                u64::from_le_bytes(b)
            }
        };
        let chunk = if n == CHUNK {
            chunk
        } else {
            chunk & ((1u64 << (8 * n)) - 1)
        };
        if chunk & HIGH != 0 {
            return None;
        }
        // ASCII bytes: the high bit of each byte of `at_a` says "at least 'A'", of `past_z`
        // "past 'Z'" (no carries cross bytes below 0x80); 0x80 >> 2 is the case bit 0x20.
        let at_a = chunk + ONES * (0x80 - b'A' as u64);
        let past_z = chunk + ONES * (0x80 - b'Z' as u64 - 1);
        let lower = chunk | ((at_a & !past_z & HIGH) >> 2);
        h.write_u64(lower);
        // All eight bytes, a fixed-size copy (a copy of `n` went through a `memcpy` call).
        out[o..o + CHUNK].copy_from_slice(&lower.to_le_bytes());
        i += n;
        o += n;
    }
    Some((h.finish() >> 32) as u32)
}

/// Whether a token goes into the stream: hyphens between words and web addresses do not.
fn written(t: &Token, word: &[u8]) -> bool {
    !(t.kind == TokenKind::Punct && (word == b"-" || word == "‐".as_bytes())
        || t.kind == TokenKind::Url)
}

/// Appends `word` for the stream: ASCII words as written, for the caller to lower their
/// letters afterwards (in one pass over a pattern; [`WordStream::build`] writes ASCII words
/// through `push_ascii_lower` instead); other words char by char, lower-cased, with curly
/// apostrophes made straight.
fn push_word(out: &mut String, word: &str) {
    if word.is_ascii() {
        out.push_str(word);
    } else {
        for c in word.chars() {
            match c {
                '’' | '‘' => out.push('\''),
                c if c.is_uppercase() => crate::case::push_lower(out, c),
                c => out.push(c),
            }
        }
    }
}

/// The words of a stream pattern (` word1  word2 `), in order: what a [`PhraseSet`]
/// matches, word by word.
///
/// [`PhraseSet`]: super::PhraseSet
pub(crate) fn pattern_words(pattern: &str) -> impl Iterator<Item = &str> {
    pattern.split(' ').filter(|w| !w.is_empty())
}

/// The stream pattern for a phrase written in plain text ("write-down", "Johnson & Johnson"):
/// tokenised like the text, lower-cased and spaced like the stream.
pub fn phrase_pattern(phrase: &str) -> String {
    phrase_pattern_with(phrase, &mut Vec::new())
}

/// [`phrase_pattern`] with a token buffer the caller reuses.
pub(crate) fn phrase_pattern_with(phrase: &str, tokens: &mut Vec<Token>) -> String {
    // The stream text alone, without the offset tables: start-up makes ~20,000 patterns
    // (company names), and the tables were half the cost of each.
    super::tokenize_into(phrase, tokens);
    let tokens = &*tokens;
    let mut out = String::with_capacity(phrase.len() + tokens.len() * 2);
    for t in tokens {
        let word = &phrase[t.span.range()];
        if written(t, word.as_bytes()) {
            out.push(' ');
            push_word(&mut out, word);
            out.push(' ');
        }
    }
    out.make_ascii_lowercase();
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokenize;
    use super::*;

    /// The eight-bytes-at-a-time lowering and hash agree with the plain ones for every ASCII
    /// byte, every word length around the chunk size, and words at the very end of the text
    /// (where no eight bytes are left to read); other words are refused untouched.
    #[test]
    fn ascii_lowering_agrees_with_the_plain_one() {
        let all: Vec<u8> = (0u8..128).cycle().take(300).collect();
        for len in 0..=20 {
            for at in (0..all.len() - len).step_by(7).chain([all.len() - len]) {
                let word = &all[at..at + len];
                let mut out = vec![b'x'; len + CHUNK];
                let hash = push_ascii_lower(&mut out, &all, at..at + len);
                assert_eq!(&out[..len], &word.to_ascii_lowercase()[..], "{len} at {at}");
                assert_eq!(hash, Some(word_hash(&word.to_ascii_lowercase())));
            }
        }
        let text = "Ünilever AB".as_bytes();
        assert_eq!(push_ascii_lower(&mut [0; 9 + CHUNK], text, 0..9), None);
    }

    /// Words whose lower case is longer than they are ("İ", "Ⱥ"), many of them, still fit,
    /// with the tokens after them (proptest found "ȺȺȺȺȺ!" past the end of the buffer).
    #[test]
    fn words_that_grow_when_lowered() {
        for text in ["ȺȺȺȺȺ!", "ȺȺȺȺȺȺȺȺȺȺ,,,,,,,,", "Ⱥ!Ⱥ!Ⱥ!Ⱥ!Ⱥ!"] {
            let s = WordStream::build(text, &tokenize(text));
            let want: String = tokenize(text)
                .iter()
                .map(|t| format!(" {} ", text[t.span.range()].to_lowercase()))
                .collect();
            assert_eq!(s.text, want, "{text}");
        }
        let text = "İİİİ x ".repeat(50) + "Ünilever’s İ";
        let s = WordStream::build(&text, &tokenize(&text));
        let want: String = tokenize(&text)
            .iter()
            .map(|t| {
                format!(
                    " {} ",
                    text[t.span.range()].to_lowercase().replace('’', "'")
                )
            })
            .collect();
        assert_eq!(s.text, want);
        assert_eq!(s.hashes().len(), 102);
        for (w, &h) in s.words().zip(s.hashes()) {
            assert_eq!(word_hash(w.as_bytes()), h);
        }
    }

    proptest::proptest! {
        /// The stream as written by index, eight bytes at a time, against the plain
        /// definition: each written token lower-cased char by char, curly apostrophes made
        /// straight, a space either side; and each hash that of its word.
        #[test]
        fn the_stream_is_its_definition(
            text in "([ -~]|[\\n]|[\u{0130}\u{023a}\u{212a}\u{1e9e}\u{2019}\u{2018}\u{e9}\u{2014}\u{4e2d}]|http://x|AbCdEfGhIjK){0,60}"
        ) {
            let tokens = tokenize(&text);
            let s = WordStream::build(&text, &tokens);
            let mut want = String::new();
            for t in &tokens {
                let word = &text[t.span.range()];
                if !written(t, word.as_bytes()) {
                    continue;
                }
                want.push(' ');
                for c in word.chars() {
                    match c {
                        '\u{2019}' | '\u{2018}' => want.push('\''),
                        c => want.extend(c.to_lowercase()),
                    }
                }
                want.push(' ');
            }
            proptest::prop_assert_eq!(&s.text, &want);
            for (w, &h) in s.words().zip(s.hashes()) {
                proptest::prop_assert_eq!(word_hash(w.as_bytes()), h);
            }
        }
    }

    #[test]
    fn stream_and_patterns_agree() {
        let text = "Acme's write-down, didn’t";
        let s = WordStream::build(text, &tokenize(text));
        assert_eq!(s.text, " acme's  write  down  ,  didn't ");
        assert_eq!(phrase_pattern("write down"), " write  down ");
        let at = s.text.find(" write  down ").unwrap();
        assert_eq!(s.tokens_of(at, at + " write  down ".len()), Some((1, 3)));
        // The cursor form agrees with the search on every in-order span.
        let mut cursor = 0;
        for start in 0..=s.text.len() {
            for end in start + 1..=s.text.len() {
                let mut c = cursor;
                assert_eq!(
                    s.tokens_of_from(&mut c, start, end),
                    s.tokens_of(start, end),
                    "{start}..{end}"
                );
            }
            let _ = s.tokens_of_from(&mut cursor, start, start);
        }
        for phrase in [
            text,
            "Johnson & Johnson",
            "AT&T Inc.",
            "see www.x.com — Ünilever’s",
            "",
        ] {
            let stream = WordStream::build(phrase, &tokenize(phrase)).text;
            assert_eq!(phrase_pattern(phrase), stream, "{phrase}");
        }
    }
}
