//! The name index: every company-name pattern, keyed by its first token.
//!
//! An Aho-Corasick automaton over the 17,000 name patterns took 40 ms to build natively and
//! about 150 ms in wasm, which was most of the page's cold start. Names are whole-token
//! patterns over the [`WordStream`], so a hash of first tokens finds the same
//! leftmost-longest matches: at each token, the longest pattern that starts there. It builds
//! in a few milliseconds and searches in one pass over the tokens.
//!
//! The patterns are not written out. Each is a name's written form (its tokens joined by
//! single spaces, a range of the table's text) in the simple stream form
//! (`compile::simple_stream`: " " + the parts lower-cased in ASCII and joined by two
//! spaces + " "), optionally as its possessive ("acme's ", "americas' "); the index compares
//! the stream with that form byte by byte. Writing the 17,000 patterns of the built-in table
//! out at start-up was half of loading it, and in wasm that loop runs in V8's baseline tier.
//!
//! Nor are the groups found at start-up: a compiled table lists its patterns grouped and
//! sorted as the index keeps them (`NameIndex::grouped`), so loading hashes each group's
//! first token once. `NameIndex::new`, which groups and sorts patterns given in any order,
//! is the tests' reference for it.

#[cfg(test)]
use crate::sort;
use crate::text::{word_hash, WordStream};

/// How a pattern ends: the written form's own last token, or its possessive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ending {
    /// " acme "
    Plain,
    /// " acme's "
    Possessive,
    /// " americas' " (after an s)
    PossessiveAfterS,
}

impl Ending {
    /// The possessive of a written form: `'` after an s, else `'s`.
    pub fn possessive_of(written: &[u8]) -> Ending {
        if written.last().map(u8::to_ascii_lowercase) == Some(b's') {
            Ending::PossessiveAfterS
        } else {
            Ending::Possessive
        }
    }

    /// What follows the last token's letters in the stream.
    fn tail(self) -> &'static [u8] {
        match self {
            Ending::Plain => b" ",
            Ending::Possessive => b"'s ",
            Ending::PossessiveAfterS => b"' ",
        }
    }
}

/// One pattern: a range of the table's text and its ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pattern {
    /// Start of the written form in the text.
    start: u32,
    /// End of the written form.
    end: u32,
    /// Length of its first part (up to the first space, or all of it).
    first: u32,
    /// Plain or possessive.
    ending: Ending,
}

impl Pattern {
    /// The pattern of the written form at `start..end` of `text`.
    pub fn new(text: &str, start: u32, end: u32, ending: Ending) -> Pattern {
        let w = &text.as_bytes()[start as usize..end as usize];
        let first = w.iter().position(|&b| b == b' ').unwrap_or(w.len());
        Pattern {
            start,
            end,
            first: first as u32,
            ending,
        }
    }

    /// The same written form with the other ending: the possessive of a plain pattern, or
    /// the plain pattern of a possessive.
    pub fn other_form(self, text: &str) -> Pattern {
        let ending = match self.ending {
            Ending::Plain => Ending::possessive_of(self.written(text.as_bytes())),
            _ => Ending::Plain,
        };
        Pattern { ending, ..self }
    }

    /// True when the written form has more than one part (a space).
    pub fn has_parts(&self) -> bool {
        self.first < self.end - self.start
    }

    /// True for a possessive pattern.
    pub fn is_possessive(&self) -> bool {
        self.ending != Ending::Plain
    }

    fn written<'t>(&self, text: &'t [u8]) -> &'t [u8] {
        &text[self.start as usize..self.end as usize]
    }

    /// Its length in the stream.
    #[cfg(test)]
    fn len(&self, text: &[u8]) -> usize {
        let w = self.written(text);
        // Each space between parts is two in the stream; a one-part form has none to count.
        let spaces = w[self.first as usize..]
            .iter()
            .filter(|&&b| b == b' ')
            .count();
        1 + w.len() + spaces + self.ending.tail().len()
    }

    /// Its first token as the stream holds it, into `out`.
    fn first_token(&self, text: &[u8], out: &mut Vec<u8>) {
        out.clear();
        let w = self.written(text);
        out.extend_from_slice(&w[..self.first as usize]);
        out.make_ascii_lowercase();
        if self.first as usize == w.len() {
            let tail = self.ending.tail();
            out.extend_from_slice(&tail[..tail.len() - 1]);
        }
    }

    /// True when `token` is its first token.
    #[inline]
    fn has_first_token(&self, text: &[u8], token: &[u8]) -> bool {
        let w = self.written(text);
        let lower_eq = |a: &[u8], b: &[u8]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| *x == y.to_ascii_lowercase())
        };
        match self.first as usize {
            e if e < w.len() => lower_eq(token, &w[..e]),
            _ => {
                let tail = self.ending.tail();
                let tail = &tail[..tail.len() - 1];
                token.len() == w.len() + tail.len()
                    && lower_eq(&token[..w.len()], w)
                    && &token[w.len()..] == tail
            }
        }
    }

    /// The end of the match when the stream at `s` starts with this pattern, given that the
    /// token there, `token_len` bytes, is its first token (its group's): only the parts
    /// after the first are compared.
    #[inline]
    fn match_after_first(
        &self,
        text: &[u8],
        stream: &[u8],
        s: usize,
        token_len: usize,
    ) -> Option<usize> {
        let w = self.written(text);
        // Past " token" (a one-part pattern's token includes its possessive ending).
        let mut j = s + 1 + token_len;
        if self.first as usize == w.len() {
            // The token's trailing space.
            return Some(j + 1);
        }
        for &b in &w[self.first as usize..] {
            if b == b' ' {
                if stream.get(j..j + 2) != Some(b"  ") {
                    return None;
                }
                j += 2;
            } else {
                if stream.get(j) != Some(&b.to_ascii_lowercase()) {
                    return None;
                }
                j += 1;
            }
        }
        let tail = self.ending.tail();
        if stream.get(j..j + tail.len()) != Some(tail) {
            return None;
        }
        Some(j + tail.len())
    }

    /// The pattern as stream text (the tests compare it with the tokeniser's).
    #[cfg(test)]
    pub fn to_stream(self, text: &str) -> String {
        let mut out = Vec::new();
        super::compile::simple_stream(&text[self.start as usize..self.end as usize], &mut out);
        out.pop();
        out.extend_from_slice(self.ending.tail());
        String::from_utf8(out).expect("patterns are UTF-8")
    }
}

/// Name patterns indexed by first token, kept grouped: a pattern's id is its place in the
/// groups. It holds ranges of its table's text; every method that reads a pattern takes
/// that text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct NameIndex {
    patterns: Vec<Pattern>,
    /// First-token hash table, open addressing: 0 is empty, else a group index + 1.
    /// Each slot also holds bits of its token's hash, so that most other tokens are told
    /// apart without reading a pattern (a miss in the search costs no string compare).
    slots: Vec<(u32, u32)>,
    /// log2 of `slots.len()`.
    bits: u32,
    /// A blocked Bloom filter of the first tokens, read before `slots`: one 64-bit word per
    /// token looked up, two bits of it set per first token (see [`filter_probe`]). The slot
    /// table of the built-in universe is 256 KB, and most tokens of a text start no name:
    /// their look-ups went to random places in it, each a likely cache miss.
    filter: Vec<u64>,
    /// Each first token's patterns, a range of `patterns`, longest first.
    groups: Vec<(u32, u32)>,
}

/// The first-token groups as [`NameIndex::new`] finds them.
#[cfg(test)]
#[derive(Default)]
struct Groups {
    /// Each group's first pattern.
    first_of_group: Vec<u32>,
    /// Each group's number of patterns.
    sizes: Vec<u32>,
    /// The first token of the pattern being added.
    token: Vec<u8>,
    /// The last pattern added with more than one part, and its group.
    last: Option<(Pattern, u32)>,
}

#[cfg(test)]
impl Groups {
    /// Pattern `i`'s group (`u32::MAX` for none: an empty first token), a new one when its
    /// first token has none yet (entered in `slots`).
    fn add(
        &mut self,
        slots: &mut [(u32, u32)],
        filter: &mut [u64],
        patterns: &[Pattern],
        text: &[u8],
        i: usize,
    ) -> u32 {
        let p = patterns[i];
        let parts = p.first < p.end - p.start;
        // A name of several parts and its possessive come one after the other and share
        // their first token: no need to hash it again.
        if let Some((last, g)) = self.last {
            if parts && (last.start, last.end) == (p.start, p.end) {
                self.sizes[g as usize] += 1;
                return g;
            }
        }
        p.first_token(text, &mut self.token);
        if self.token.is_empty() {
            return u32::MAX;
        }
        let mask = slots.len() - 1;
        let h = word_hash(&self.token);
        let (word, bits) = filter_probe(h, filter.len());
        filter[word] |= bits;
        let (mut s, tag) = slot_of(h, slots.len().trailing_zeros());
        let g = loop {
            match slots[s] {
                (0, _) => {
                    slots[s] = (self.first_of_group.len() as u32 + 1, tag);
                    self.first_of_group.push(i as u32);
                    self.sizes.push(0);
                    break self.first_of_group.len() - 1;
                }
                (g, t)
                    if t == tag
                        && patterns[self.first_of_group[g as usize - 1] as usize]
                            .has_first_token(text, &self.token) =>
                {
                    break g as usize - 1;
                }
                _ => s = (s + 1) & mask,
            }
        };
        self.sizes[g] += 1;
        self.last = parts.then_some((p, g as u32));
        g as u32
    }
}

/// Sorts a group's pattern ids longest first, stably (the earlier id first on ties). Groups
/// are small (the built-in table's largest has 104 patterns; most are a name and its
/// possessive), so an insertion sort over (length, id) pairs does it. (The reference's:
/// tables come sorted, see `TableBuilder::pattern_order`.)
#[cfg(test)]
fn sort_group(ids: &mut [u32], patterns: &[Pattern], text: &[u8], keyed: &mut Vec<(usize, u32)>) {
    if ids.len() > 256 {
        // Only a custom universe has groups this big: the library's O(n log n) sort.
        sort::by_key(ids, |&i| {
            sort::key1(sort::descending(patterns[i as usize].len(text)))
        });
        return;
    }
    if let [a, b] = *ids {
        // Most groups are a name and its possessive, in that order: the same written form,
        // the possessive longer.
        let (p, q) = (patterns[a as usize], patterns[b as usize]);
        if (p.start, p.end) == (q.start, q.end) {
            if p.ending == Ending::Plain && q.ending != Ending::Plain {
                ids.swap(0, 1);
            }
            return;
        }
    }
    keyed.clear();
    for &id in ids.iter() {
        let len = patterns[id as usize].len(text);
        let mut j = keyed.len();
        keyed.push((len, id));
        while j > 0 && keyed[j - 1].0 < len {
            keyed[j] = keyed[j - 1];
            j -= 1;
        }
        keyed[j] = (len, id);
    }
    for (slot, &(_, id)) in ids.iter_mut().zip(keyed.iter()) {
        *slot = id;
    }
}

/// One match: the pattern id and its byte range in the stream text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameMatch {
    /// Pattern id (index into the patterns the index was built from).
    pub pattern: usize,
    /// Stream offset of the match.
    pub start: usize,
    /// Stream offset one past its end.
    pub end: usize,
}

/// A token's home slot in a table of `2^bits` slots, and its tag.
#[inline]
fn slot_of(h: u32, bits: u32) -> (usize, u32) {
    // The tag is the whole hash: the tokens that meet in a slot's neighbourhood share its
    // high bits, and its low bits tell them apart.
    ((h >> (32 - bits)) as usize, h)
}

/// A token's word in a filter of `words` 64-bit words (a power of two), and the two bits of
/// it the token sets. Taken from the hash multiplied again, so that they do not follow the
/// slot (the hash's high bits).
#[inline]
fn filter_probe(h: u32, words: usize) -> (usize, u64) {
    let m = (h as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    // The high bits of the product are the well mixed ones: the bit positions from the top
    // twelve, the word from the twenty below them.
    let word = (m >> 32) as usize & (words - 1) & 0xf_ffff;
    (word, 1 << (m >> 58) | 1 << ((m >> 52) & 63))
}

impl NameIndex {
    /// An empty index of `patterns` with room for `groups` first tokens.
    fn with_capacity(patterns: Vec<Pattern>, groups: usize) -> Self {
        // At most half full (the built-in table: 9,167 groups in 32,768 slots).
        let slot_count = (2 * groups.max(1)).next_power_of_two();
        // One filter word per eight to sixteen patterns: 16 KB for the built-in universe.
        let filter_words = patterns.len().div_ceil(16).max(1).next_power_of_two();
        NameIndex {
            patterns,
            slots: vec![(0, 0); slot_count],
            bits: slot_count.trailing_zeros(),
            filter: vec![0; filter_words],
            groups: Vec::with_capacity(groups),
        }
    }

    /// Indexes `patterns`, ranges of `text`, given in the order the index keeps them:
    /// grouped by first token, each group longest first, with `starts` the first pattern of
    /// each group (as `TableBuilder::pattern_order` writes a table). Each group's first
    /// token is hashed once, and nothing is sorted. The result is what [`NameIndex::new`]
    /// makes of the same patterns (a test holds the built-in table to that).
    pub(crate) fn grouped(text: &str, patterns: Vec<Pattern>, starts: &[u32]) -> Self {
        let text = text.as_bytes();
        let n = patterns.len() as u32;
        let mut index = NameIndex::with_capacity(patterns, starts.len());
        let mask = index.slots.len() - 1;
        let mut token = Vec::new();
        for (g, &start) in starts.iter().enumerate() {
            let end = starts.get(g + 1).copied().unwrap_or(n);
            index.patterns[start as usize].first_token(text, &mut token);
            let h = word_hash(&token);
            let (word, bits) = filter_probe(h, index.filter.len());
            index.filter[word] |= bits;
            // Groups have distinct first tokens: the first free slot is this one's.
            let (mut s, tag) = slot_of(h, index.bits);
            while index.slots[s].0 != 0 {
                s = (s + 1) & mask;
            }
            index.slots[s] = (g as u32 + 1, tag);
            index.groups.push((start, end));
        }
        index
    }

    /// Indexes `patterns`, ranges of `text`, in any order: finds the first-token groups and
    /// sorts them, and returns the index with each pattern's id in `patterns` by its place
    /// in the index (a pattern whose first token is empty is left out). The reference for
    /// [`NameIndex::grouped`], which tables use: given a table's patterns, which come in
    /// the index's order, the ids must come back in order and the index be the table's.
    #[cfg(test)]
    pub(crate) fn new(text: &str, patterns: Vec<Pattern>) -> (Self, Vec<u32>) {
        let text = text.as_bytes();
        let n = patterns.len();
        let mut token = Vec::new();
        let first_tokens: std::collections::HashSet<Vec<u8>> = patterns
            .iter()
            .map(|p| {
                p.first_token(text, &mut token);
                token.clone()
            })
            .filter(|t| !t.is_empty())
            .collect();
        let mut index = NameIndex::with_capacity(patterns, first_tokens.len());
        // Pass 1: each pattern's group (a first token seen before, or a new one).
        let mut groups = Groups::default();
        let group_of: Vec<u32> = (0..n)
            .map(|i| {
                groups.add(
                    &mut index.slots,
                    &mut index.filter,
                    &index.patterns,
                    text,
                    i,
                )
            })
            .collect();
        let sizes = groups.sizes;
        // Pass 2: ids by group, in id order, then each group longest first (a stable sort:
        // earlier id first on ties).
        let mut at = 0;
        let mut fill = Vec::with_capacity(sizes.len());
        for &size in &sizes {
            index.groups.push((at, at + size));
            fill.push(at);
            at += size;
        }
        let mut order = vec![0; at as usize];
        for (i, &g) in group_of.iter().enumerate() {
            if g != u32::MAX {
                order[fill[g as usize] as usize] = i as u32;
                fill[g as usize] += 1;
            }
        }
        // Each group longest first (see `sort_group`).
        let mut keyed: Vec<(usize, u32)> = Vec::new();
        for &(start, end) in &index.groups {
            let ids = &mut order[start as usize..end as usize];
            if ids.len() > 1 {
                sort_group(ids, &index.patterns, text, &mut keyed);
            }
        }
        // The patterns in that order: each group's range is then its patterns'.
        index.patterns = order.iter().map(|&i| index.patterns[i as usize]).collect();
        (index, order)
    }

    /// Pattern `i`.
    #[cfg(test)]
    pub(crate) fn pattern(&self, i: usize) -> Pattern {
        self.patterns[i]
    }

    /// The ids of the patterns whose first token is `token`, longest first.
    #[cfg(test)]
    fn group(&self, text: &[u8], token: &[u8]) -> std::ops::Range<usize> {
        self.group_hashed(text, token, word_hash(token))
    }

    /// [`NameIndex::group`] given the token's hash ([`WordStream::hashes`]).
    #[inline]
    fn group_hashed(&self, text: &[u8], token: &[u8], h: u32) -> std::ops::Range<usize> {
        let (word, bits) = filter_probe(h, self.filter.len());
        if self.filter[word] & bits != bits {
            return 0..0;
        }
        let mask = self.slots.len() - 1;
        let (mut s, tag) = slot_of(h, self.bits);
        loop {
            let (g, t) = self.slots[s];
            if g == 0 {
                return 0..0;
            }
            if t == tag {
                let (start, end) = self.groups[g as usize - 1];
                if self.patterns[start as usize].has_first_token(text, token) {
                    return start as usize..end as usize;
                }
            }
            s = (s + 1) & mask;
        }
    }

    /// True when there is no pattern.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Leftmost-longest, non-overlapping matches in the stream, in text order; `text` is the
    /// text the patterns are ranges of.
    pub fn find_iter(&self, text: &str, stream: &WordStream) -> Vec<NameMatch> {
        let text = text.as_bytes();
        let st = stream.text.as_bytes();
        let starts = stream.starts();
        let hashes = stream.hashes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < starts.len() {
            let s = starts[i] as usize;
            let token = &st[stream.word_range(i)];
            let mut advance = 1;
            if !token.is_empty() {
                for id in self.group_hashed(text, token, hashes[i]) {
                    if let Some(end) = self.patterns[id].match_after_first(text, st, s, token.len())
                    {
                        out.push(NameMatch {
                            pattern: id,
                            start: s,
                            end,
                        });
                        // The tokens the match covers: those that start before its end,
                        // a few (counted one by one: a binary search over all the later
                        // tokens cost more; perf, ticker bench).
                        while starts.get(i + advance).is_some_and(|&t| (t as usize) < end) {
                            advance += 1;
                        }
                        break;
                    }
                }
            }
            i += advance;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Doc;

    #[test]
    fn finds_the_longest_name_at_each_token() {
        let text = "Bank of AmericaBankAmericaWells Fargo";
        let p = |start, end| Pattern::new(text, start, end, Ending::Plain);
        let (idx, ids) = NameIndex::new(text, vec![p(0, 15), p(15, 19), p(19, 26), p(26, 37)]);
        let doc = Doc::new("Bank of America and Wells Fargo rose; America too.");
        let found: Vec<u32> = idx
            .find_iter(text, &doc.stream)
            .iter()
            .map(|m| ids[m.pattern])
            .collect();
        assert_eq!(found, vec![0, 3, 2]);
        let m = idx.find_iter(text, &doc.stream)[1];
        assert_eq!(doc.stream.tokens_of(m.start, m.end), Some((4, 5)));
    }

    /// The insertion sort gives the library sort's order: longest first, earlier id first on
    /// ties, for small groups and for the big ones a custom universe can make.
    #[test]
    fn groups_sort_longest_first_and_stably() {
        // Names of 1 to 7 letters, "a" to "aaaaaaa", in a scrambled order.
        let text: String = (0..300).map(|i| "a".repeat(1 + (i * 7919) % 7)).collect();
        let mut patterns = Vec::new();
        let mut at = 0;
        for i in 0..300 {
            let len = 1 + (i * 7919) % 7;
            patterns.push(Pattern::new(&text, at, at + len as u32, Ending::Plain));
            at += len as u32;
        }
        let text = text.as_bytes();
        let mut keyed = Vec::new();
        for n in [2, 3, 17, 104, 256, 257, 300] {
            let mut ids: Vec<u32> = (0..n).collect();
            let mut want = ids.clone();
            want.sort_by_key(|&i| std::cmp::Reverse(patterns[i as usize].len(text)));
            sort_group(&mut ids, &patterns, text, &mut keyed);
            assert_eq!(ids, want, "group of {n}");
        }
    }

    /// The filter in front of the slot table never turns away a first token: with more
    /// patterns than filter bits can tell apart, every pattern is still found by its group.
    #[test]
    fn the_filter_lets_every_first_token_through() {
        let text: String = (0..3000).map(|i| format!("n{i} ")).collect();
        let mut patterns = Vec::new();
        let mut at = 0u32;
        for i in 0..3000 {
            let len = format!("n{i}").len() as u32;
            patterns.push(Pattern::new(&text, at, at + len, Ending::Plain));
            at += len + 1;
        }
        let (idx, ids) = NameIndex::new(&text, patterns.clone());
        let mut token = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            p.first_token(text.as_bytes(), &mut token);
            assert!(
                idx.group(text.as_bytes(), &token)
                    .any(|k| ids[k] == i as u32),
                "pattern {i}"
            );
        }
        // Most other tokens stop at the filter (deterministic: 307 get through).
        let passed = (0..3000)
            .filter(|i| {
                let h = word_hash(format!("x{i}").as_bytes());
                let (word, bits) = filter_probe(h, idx.filter.len());
                idx.filter[word] & bits == bits
            })
            .count();
        // Twelve first tokens per filter word here (the built-in table has four or five, and
        // lets one or two absent tokens in a hundred through): about one in ten.
        assert!(
            passed < 450,
            "{passed} of 3000 absent tokens passed the filter"
        );
    }

    #[test]
    fn possessives_match_as_the_stream_writes_them() {
        let text = "AcmeAmericasBank of America";
        let p = |start, end, ending| Pattern::new(text, start, end, ending);
        let pats = vec![
            p(0, 4, Ending::possessive_of(b"Acme")),
            p(4, 12, Ending::possessive_of(b"Americas")),
            p(12, 27, Ending::Possessive),
            p(12, 27, Ending::Plain),
        ];
        assert_eq!(pats[1].ending, Ending::PossessiveAfterS);
        assert_eq!(pats[0].to_stream(text), " acme's ");
        assert_eq!(pats[2].to_stream(text), " bank  of  america's ");
        let (idx, ids) = NameIndex::new(text, pats);
        // "Americas'" is two tokens in the stream: that pattern matches nothing here.
        let doc = Doc::new("Acme's deal, Americas' plan, Bank of America's unit, Bank of America.");
        let found: Vec<u32> = idx
            .find_iter(text, &doc.stream)
            .iter()
            .map(|m| ids[m.pattern])
            .collect();
        assert_eq!(found, vec![0, 2, 3]);
    }
}
