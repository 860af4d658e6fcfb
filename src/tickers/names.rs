//! The name index: every company-name pattern, keyed by its first token.
//!
//! An Aho-Corasick automaton over the 17,000 name patterns took 40 ms to build natively and
//! about 150 ms in wasm, which was most of the page's cold start. Names are whole-token
//! patterns over the [`WordStream`], so a hash of first tokens finds the same
//! leftmost-longest matches: at each token, the longest pattern that starts there. It builds
//! in a few milliseconds and searches in one pass over the tokens.

use crate::hash::FastHasher;
use crate::text::WordStream;
use std::hash::Hasher;

/// Name patterns indexed by first token.
#[derive(Debug, Default)]
pub struct NameIndex {
    /// Every pattern, one after another (one allocation, not one per pattern: the built-in
    /// table has about 18,000).
    text: String,
    /// End of each pattern in `text`; pattern `i` starts where pattern `i - 1` ends.
    ends: Vec<u32>,
    /// First-token hash table, open addressing: 0 is empty, else a group index + 1.
    /// Each slot also holds bits of its token's hash, so that most other tokens are told
    /// apart without reading a pattern (a miss in the search costs no string compare).
    slots: Vec<(u32, u32)>,
    /// log2 of `slots.len()`.
    bits: u32,
    /// Each first token's range in `order`.
    groups: Vec<(u32, u32)>,
    /// Pattern ids grouped by first token, each group longest first (earlier id first on
    /// ties).
    order: Vec<u32>,
}

/// One match: the pattern id and its byte range in the stream text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameMatch {
    /// Pattern id (index into the patterns given to [`NameIndex::new`]).
    pub pattern: usize,
    /// Stream offset of the match.
    pub start: usize,
    /// Stream offset one past its end.
    pub end: usize,
}

fn first_token(pattern: &[u8]) -> &[u8] {
    let body = &pattern[1.min(pattern.len())..];
    &body[..body.iter().position(|&b| b == b' ').unwrap_or(body.len())]
}

/// True when `token` is the first token of `pattern` (" token ...").
#[inline]
fn has_first_token(p: &[u8], token: &[u8]) -> bool {
    p.len() > token.len() + 1 && &p[1..=token.len()] == token && p[token.len() + 1] == b' '
}

#[inline]
fn slot_hash(token: &[u8], bits: u32) -> (usize, u32) {
    let mut h = FastHasher::default();
    h.write(token);
    // The high bits of the final multiply are the well mixed ones.
    let h = h.finish();
    ((h >> (64 - bits)) as usize, (h >> 16) as u32)
}

impl NameIndex {
    /// Indexes patterns made by [`crate::text::phrase_pattern`].
    pub fn new(patterns: Vec<String>) -> Self {
        let mut text = String::with_capacity(patterns.iter().map(String::len).sum());
        let mut ends = Vec::with_capacity(patterns.len());
        for p in &patterns {
            text.push_str(p);
            ends.push(text.len() as u32);
        }
        Self::from_parts(text, ends)
    }

    /// Indexes the patterns laid end to end in `text`, pattern `i` ending at `ends[i]`.
    pub(crate) fn from_parts(text: String, ends: Vec<u32>) -> Self {
        let n = ends.len();
        let slot_count = (2 * n.max(1)).next_power_of_two();
        let mut index = NameIndex {
            text,
            ends,
            slots: vec![(0, 0); slot_count],
            bits: slot_count.trailing_zeros(),
            groups: Vec::new(),
            order: Vec::new(),
        };
        // Pass 1: each pattern's group (a first token seen before, or a new one).
        let mut group_of = Vec::with_capacity(n);
        let mut first_of_group: Vec<u32> = Vec::new();
        let mut sizes: Vec<u32> = Vec::new();
        let mask = slot_count - 1;
        for i in 0..n {
            let first = first_token(index.pattern_bytes(i));
            if first.is_empty() {
                group_of.push(u32::MAX);
                continue;
            }
            let (mut s, tag) = slot_hash(first, index.bits);
            let g = loop {
                match index.slots[s] {
                    (0, _) => {
                        index.slots[s] = (first_of_group.len() as u32 + 1, tag);
                        first_of_group.push(i as u32);
                        sizes.push(0);
                        break first_of_group.len() - 1;
                    }
                    (g, t)
                        if t == tag
                            && has_first_token(
                                index.pattern_bytes(first_of_group[g as usize - 1] as usize),
                                first,
                            ) =>
                    {
                        break g as usize - 1;
                    }
                    _ => s = (s + 1) & mask,
                }
            };
            sizes[g] += 1;
            group_of.push(g as u32);
        }
        // Pass 2: ids by group, in id order, then each group longest first (a stable sort:
        // earlier id first on ties).
        let mut at = 0;
        let mut fill = Vec::with_capacity(sizes.len());
        for &size in &sizes {
            index.groups.push((at, at + size));
            fill.push(at);
            at += size;
        }
        index.order = vec![0; at as usize];
        for (i, &g) in group_of.iter().enumerate() {
            if g != u32::MAX {
                index.order[fill[g as usize] as usize] = i as u32;
                fill[g as usize] += 1;
            }
        }
        let ends = &index.ends;
        let len = |i: u32| ends[i as usize] - if i == 0 { 0 } else { ends[i as usize - 1] };
        for &(start, end) in &index.groups {
            let ids = &mut index.order[start as usize..end as usize];
            if ids.len() > 1 {
                ids.sort_by_key(|&i| std::cmp::Reverse(len(i)));
            }
        }
        index
    }

    /// Pattern `i`.
    #[inline]
    fn pattern_bytes(&self, i: usize) -> &[u8] {
        // Bytes, not a str: no char-boundary checks in the search loop.
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text.as_bytes()[start..self.ends[i] as usize]
    }

    /// Pattern `i` (the tests read the patterns a table made).
    #[cfg(test)]
    pub(crate) fn pattern(&self, i: usize) -> &str {
        std::str::from_utf8(self.pattern_bytes(i)).expect("patterns are UTF-8")
    }

    /// The pattern ids whose first token is `token`, longest first.
    #[inline]
    fn group(&self, token: &[u8]) -> &[u32] {
        let mask = self.slots.len() - 1;
        let (mut s, tag) = slot_hash(token, self.bits);
        loop {
            let (g, t) = self.slots[s];
            if g == 0 {
                return &[];
            }
            if t == tag {
                let (start, end) = self.groups[g as usize - 1];
                let ids = &self.order[start as usize..end as usize];
                if has_first_token(self.pattern_bytes(ids[0] as usize), token) {
                    return ids;
                }
            }
            s = (s + 1) & mask;
        }
    }

    /// True when there is no pattern.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Leftmost-longest, non-overlapping matches in the stream, in text order.
    pub fn find_iter(&self, stream: &WordStream) -> Vec<NameMatch> {
        let text = stream.text.as_str();
        let starts = stream.starts();
        let mut out = Vec::new();
        let mut i = 0;
        while i < starts.len() {
            let s = starts[i] as usize;
            // The token is what lies between its leading space and the trailing space that
            // precedes the next token's (" tok  next "): read from the offsets, not searched
            // for (the search was half the cost of this loop; callgrind, engine bench).
            let end = starts.get(i + 1).map_or(text.len(), |&n| n as usize) - 1;
            let token = &text[s + 1..end];
            let mut advance = 1;
            if !token.is_empty() {
                for &id in self.group(token.as_bytes()) {
                    let p = self.pattern_bytes(id as usize);
                    if text.as_bytes()[s..].starts_with(p) {
                        let end = s + p.len();
                        out.push(NameMatch {
                            pattern: id as usize,
                            start: s,
                            end,
                        });
                        // The tokens the match covers: those that start before its end.
                        advance = starts[i + 1..].partition_point(|&t| (t as usize) < end) + 1;
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
    use crate::text::{phrase_pattern, Doc};

    #[test]
    fn finds_the_longest_name_at_each_token() {
        let idx = NameIndex::new(vec![
            phrase_pattern("Bank of America"),
            phrase_pattern("Bank"),
            phrase_pattern("America"),
            phrase_pattern("Wells Fargo"),
        ]);
        let doc = Doc::new("Bank of America and Wells Fargo rose; America too.");
        let found: Vec<usize> = idx
            .find_iter(&doc.stream)
            .iter()
            .map(|m| m.pattern)
            .collect();
        assert_eq!(found, vec![0, 3, 2]);
        let m = idx.find_iter(&doc.stream)[1];
        assert_eq!(doc.stream.tokens_of(m.start, m.end), Some((4, 5)));
    }
}
