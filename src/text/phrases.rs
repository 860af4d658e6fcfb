//! A set of phrases matched over the [`WordStream`] word by word: the lexicon's and the
//! metric names' matcher.
//!
//! A phrase is a stream pattern (` word1  word2 `, see [`super::phrase_pattern`]), so it is a
//! sequence of stream tokens. The set interns every word of its phrases in a small
//! open-addressed table and keeps the phrases as a trie over word ids. A search hashes each
//! stream token once and walks the trie from every token that starts a phrase, reporting
//! leftmost-longest, non-overlapping matches in text order: the semantics of an Aho-Corasick
//! automaton with `MatchKind::LeftmostLongest` over the stream text, which this replaced.
//!
//! Why not Aho-Corasick: building that automaton for the lexicon's ~2,600 phrases was most of
//! the page's cold start in wasm (tens of ms: V8 runs start-up code in its baseline tier),
//! and it cannot be built ahead of time. Interning the words and the trie costs a few
//! thousand hash inserts. A search reads each token once either way.

use super::stream::word_hash;
use super::WordStream;
use crate::hash::FastMap;

/// No word, no node.
const NONE: u32 = u32::MAX;

/// A trie node: the phrase that ends here (or [`NONE`]) and whether any phrase goes on.
#[derive(Debug, Clone, Copy)]
struct Node {
    phrase: u32,
    children: bool,
}

/// A compiled set of phrases; phrase ids are their positions in the list it was built from.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    /// Every distinct word, concatenated.
    text: String,
    /// Word id -> its range in `text`.
    words: Vec<(u32, u32)>,
    /// Open addressing by word hash: word id + 1, 0 when empty. Length a power of two.
    slots: Vec<u32>,
    /// Word id -> the node of the one-word prefix made of it, or [`NONE`].
    first: Vec<u32>,
    /// Trie nodes.
    nodes: Vec<Node>,
    /// (node << 32 | word id) -> child node, for every node below the first level.
    edges: FastMap<u64, u32>,
}

impl PhraseSet {
    /// Builds the set of `patterns` (stream patterns; the first of equal ones wins, and a
    /// pattern with no word never matches).
    pub fn new<'p>(patterns: impl IntoIterator<Item = &'p str>) -> PhraseSet {
        PhraseSet::from_words(patterns.into_iter().map(super::pattern_words))
    }

    /// Builds the set of phrases given as their stream words (what [`PhraseSet::new`] reads
    /// from each pattern), so that a table whose phrases are plain words needs no pattern
    /// strings made for it.
    pub fn from_words<'p, W: Iterator<Item = &'p str>>(
        phrases: impl IntoIterator<Item = W>,
    ) -> PhraseSet {
        let phrases = phrases.into_iter();
        let mut set = PhraseSet {
            nodes: Vec::with_capacity(phrases.size_hint().0 * 2),
            ..PhraseSet::default()
        };
        set.slots = vec![0; (phrases.size_hint().0 * 2).next_power_of_two().max(16)];
        for (id, words) in phrases.enumerate() {
            set.insert(id as u32, words);
        }
        set
    }

    // Out of line: inlined into `from_words` it made one 15 KB function that V8 recompiled
    // with TurboFan while the page started (24-31 ms of background compile on 2 cores),
    // which put ~7 ms on the cold start (`node --trace-wasm-compilation-times`).
    #[inline(never)]
    fn insert<'p>(&mut self, id: u32, words: impl Iterator<Item = &'p str>) {
        let mut node = NONE;
        for word in words {
            let w = self.intern(word);
            node = if node == NONE {
                let first = self.first[w as usize];
                if first != NONE {
                    first
                } else {
                    let n = self.new_node();
                    self.first[w as usize] = n;
                    n
                }
            } else {
                self.nodes[node as usize].children = true;
                let key = (node as u64) << 32 | w as u64;
                match self.edges.get(&key) {
                    Some(&n) => n,
                    None => {
                        let n = self.new_node();
                        self.edges.insert(key, n);
                        n
                    }
                }
            };
        }
        if node != NONE && self.nodes[node as usize].phrase == NONE {
            self.nodes[node as usize].phrase = id;
        }
    }

    fn new_node(&mut self) -> u32 {
        self.nodes.push(Node {
            phrase: NONE,
            children: false,
        });
        (self.nodes.len() - 1) as u32
    }

    /// The id of `word`, adding it when new.
    fn intern(&mut self, word: &str) -> u32 {
        if let Some(w) = self.word_id(word.as_bytes()) {
            return w;
        }
        if (self.words.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let id = self.words.len() as u32;
        let start = self.text.len() as u32;
        self.text.push_str(word);
        self.words.push((start, self.text.len() as u32));
        self.first.push(NONE);
        let slot = self.free_slot(word_hash(word.as_bytes()));
        self.slots[slot] = id + 1;
        id
    }

    /// Doubles the slot table and places every word again.
    fn grow(&mut self) {
        self.slots = vec![0; self.slots.len() * 2];
        for id in 0..self.words.len() {
            let (s, e) = self.words[id];
            let slot = self.free_slot(word_hash(&self.text.as_bytes()[s as usize..e as usize]));
            self.slots[slot] = id as u32 + 1;
        }
    }

    fn free_slot(&self, hash: u32) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    /// The id of a word of the set.
    #[inline]
    fn word_id(&self, word: &[u8]) -> Option<u32> {
        self.word_id_hashed(word, word_hash(word))
    }

    /// [`PhraseSet::word_id`] given the word's [`word_hash`].
    #[inline]
    fn word_id_hashed(&self, word: &[u8], hash: u32) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            let (s, e) = self.words[slot as usize - 1];
            if same(&self.text.as_bytes()[s as usize..e as usize], word) {
                return Some(slot - 1);
            }
            i = (i + 1) & mask;
        }
    }

    /// Every phrase of the set in the stream, leftmost-longest and non-overlapping, in text
    /// order: `emit(phrase id, first token, last token)` with token indices into the
    /// document's tokens (inclusive range).
    pub fn find(&self, stream: &WordStream, mut emit: impl FnMut(u32, usize, usize)) {
        if self.nodes.is_empty() {
            return;
        }
        // The words as bytes: `WordStream::words` slices a `str` per word (char boundary
        // checks), a quarter of this loop.
        let (text, hashes) = (stream.text.as_bytes(), stream.hashes());
        let ids: Vec<u32> = (0..hashes.len())
            .map(|k| {
                let word = &text[stream.word_range(k)];
                self.word_id_hashed(word, hashes[k]).unwrap_or(NONE)
            })
            .collect();
        let mut k = 0;
        while k < ids.len() {
            let w = ids[k];
            let node = if w == NONE {
                NONE
            } else {
                self.first[w as usize]
            };
            if node == NONE {
                k += 1;
                continue;
            }
            let mut best = None;
            let mut node = node;
            let mut j = k;
            loop {
                let n = self.nodes[node as usize];
                if n.phrase != NONE {
                    best = Some((n.phrase, j));
                }
                if !n.children || j + 1 == ids.len() || ids[j + 1] == NONE {
                    break;
                }
                match self.edges.get(&((node as u64) << 32 | ids[j + 1] as u64)) {
                    Some(&next) => {
                        node = next;
                        j += 1;
                    }
                    None => break,
                }
            }
            match best {
                Some((phrase, last)) => {
                    emit(phrase, stream.token_index(k), stream.token_index(last));
                    k = last + 1;
                }
                None => k += 1,
            }
        }
    }
}

/// `a == b` for words, compared in line: slice equality calls `memcmp`, which in wasm is
/// a compiled byte loop behind a call, for words five bytes long on average (`memcmp` was a
/// seventh of the look-ups in a wasm profile).
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

#[cfg(test)]
mod tests {
    use super::super::{phrase_pattern, tokenize};
    use super::*;
    use proptest::prelude::*;

    /// The definition, by brute force: at each token the longest phrase (the first of equal
    /// ones) that starts there, then on after it.
    fn reference(phrases: &[Vec<&str>], words: &[&str]) -> Vec<(u32, usize, usize)> {
        let mut out = Vec::new();
        let mut k = 0;
        while k < words.len() {
            let mut best: Option<(u32, usize)> = None;
            for (id, p) in phrases.iter().enumerate() {
                let fits = !p.is_empty() && words[k..].starts_with(p);
                if fits && best.is_none_or(|(_, len)| p.len() > len) {
                    best = Some((id as u32, p.len()));
                }
            }
            match best {
                Some((id, len)) => {
                    out.push((id, k, k + len - 1));
                    k += len;
                }
                None => k += 1,
            }
        }
        out
    }

    proptest! {
        /// Over a small vocabulary, so that phrases overlap, share prefixes and repeat.
        #[test]
        fn agrees_with_the_brute_force_definition(
            phrases in proptest::collection::vec(
                proptest::collection::vec(0usize..5, 0..4), 0..12),
            words in proptest::collection::vec(0usize..6, 0..40),
        ) {
            const VOCAB: [&str; 6] = ["a", "b", "c", "d", "e", "f"];
            let phrases: Vec<Vec<&str>> =
                phrases.iter().map(|p| p.iter().map(|&w| VOCAB[w]).collect()).collect();
            let words: Vec<&str> = words.iter().map(|&w| VOCAB[w]).collect();
            let patterns: Vec<String> = phrases.iter().map(|p| phrase_pattern(&p.join(" "))).collect();
            let set = PhraseSet::new(patterns.iter().map(String::as_str));
            let text = words.join(" ");
            let stream = WordStream::build(&text, &tokenize(&text));
            let mut got = Vec::new();
            set.find(&stream, |p, a, b| got.push((p, a, b)));
            prop_assert_eq!(got, reference(&phrases, &words));
        }
    }

    fn found(phrases: &[&str], text: &str) -> Vec<(u32, usize, usize)> {
        let patterns: Vec<String> = phrases.iter().map(|p| phrase_pattern(p)).collect();
        let set = PhraseSet::new(patterns.iter().map(String::as_str));
        let stream = WordStream::build(text, &tokenize(text));
        let mut out = Vec::new();
        set.find(&stream, |p, a, b| out.push((p, a, b)));
        out
    }

    #[test]
    fn leftmost_longest_whole_words() {
        // Tokens: Prose(0) rose(1) ;(2) the(3) write(4) -(5) down(6) hurt(7) .(8)
        let got = found(
            &["rose", "write", "write-down", "down hurt", "hurt"],
            "Prose rose; the write-down hurt.",
        );
        assert_eq!(got, vec![(0, 1, 1), (2, 4, 6), (4, 7, 7)]);
    }

    #[test]
    fn backs_off_to_the_longest_complete_phrase() {
        // "not only" is a prefix of "not only that", which is absent: the walk backs off.
        let got = found(&["not", "not only that but"], "not only that, rose");
        assert_eq!(got, vec![(0, 0, 0)]);
        assert_eq!(found(&["a b c", "b"], "a b x"), vec![(1, 1, 1)]);
    }

    #[test]
    fn first_of_equal_patterns_wins_and_empty_never_matches() {
        assert_eq!(found(&["", "Rose", "rose"], "rose"), vec![(1, 0, 0)]);
        assert!(found(&[], "rose").is_empty());
        assert!(found(&["rose"], "").is_empty());
    }

    #[test]
    fn grows_past_its_first_size() {
        let words: Vec<String> = (0..500).map(|i| format!("w{i} x{i}")).collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let got = found(&refs, "w499 x499 w3 x3 w7");
        assert_eq!(got, vec![(499, 0, 1), (3, 2, 3)]);
    }
}
