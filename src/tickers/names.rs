//! The name index: every company-name pattern, keyed by its first token.
//!
//! An Aho-Corasick automaton over the 17,000 name patterns took 40 ms to build natively and
//! about 150 ms in wasm, which was most of the page's cold start. Names are whole-token
//! patterns over the [`WordStream`], so a hash of first tokens finds the same
//! leftmost-longest matches: at each token, the longest pattern that starts there. It builds
//! in a few milliseconds and searches in one pass over the tokens.

use crate::hash::FastMap;
use crate::text::WordStream;

/// Name patterns indexed by first token.
#[derive(Debug, Default)]
pub struct NameIndex {
    /// First token -> pattern ids, longest pattern first (earlier id first on ties).
    by_first: FastMap<String, Vec<u32>>,
    patterns: Vec<String>,
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

fn first_token(pattern: &str) -> &str {
    let body = &pattern[1.min(pattern.len())..];
    &body[..body.find(' ').unwrap_or(body.len())]
}

impl NameIndex {
    /// Indexes patterns made by [`crate::text::phrase_pattern`].
    pub fn new(patterns: Vec<String>) -> Self {
        let mut by_first: FastMap<String, Vec<u32>> =
            FastMap::with_capacity_and_hasher(patterns.len(), Default::default());
        for (i, p) in patterns.iter().enumerate() {
            let first = first_token(p);
            if first.is_empty() {
                continue;
            }
            by_first
                .entry(first.to_string())
                .or_default()
                .push(i as u32);
        }
        for ids in by_first.values_mut() {
            ids.sort_by_key(|&i| std::cmp::Reverse(patterns[i as usize].len()));
        }
        NameIndex { by_first, patterns }
    }

    /// True when there is no pattern.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
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
            if let Some(ids) = self.by_first.get(token) {
                for &id in ids {
                    let p = &self.patterns[id as usize];
                    if text[s..].starts_with(p.as_str()) {
                        out.push(NameMatch {
                            pattern: id as usize,
                            start: s,
                            end: s + p.len(),
                        });
                        // Each token adds " tok " to both: two spaces separate tokens.
                        advance = p.matches("  ").count() + 1;
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
