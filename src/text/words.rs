//! Word lists more than one stage needs, lower-case, in one place.

use crate::hash::FastSet;
use std::sync::OnceLock;

/// Day names.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names and their abbreviations.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Legal suffixes that follow a company name ("Acme Inc.", "Siemens AG").
pub const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "plc",
    "ag",
    "se",
    "sa",
    "s.a.",
    "nv",
    "n.v.",
    "ltd",
    "ltd.",
    "limited",
    "llc",
    "group",
    "holdings",
    "spa",
    "asa",
    "oyj",
];

/// A word without its possessive "'s" (straight or curly): "AMZN's" -> "AMZN".
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// True when `word` is in `list` (ASCII case-insensitive, no allocation).
pub fn is_in(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| super::eq_lower(word, w))
}

/// A word list for look-ups on every token: the same answer as [`is_in`], by one hash
/// probe instead of a comparison with every word (profiled at 6% of the full analysis
/// when the ticker matcher tested each token against lists of 20 to 200 words).
pub struct WordSet {
    words: &'static [&'static str],
    longest: usize,
    set: OnceLock<FastSet<&'static [u8]>>,
}

impl WordSet {
    /// A set over `words`, which must be lower case (built on first look-up).
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut longest = 0;
        let mut i = 0;
        while i < words.len() {
            if words[i].len() > longest {
                longest = words[i].len();
            }
            i += 1;
        }
        WordSet {
            words,
            longest,
            set: OnceLock::new(),
        }
    }

    /// True when `word` is in the list, ASCII case-insensitive like [`is_in`]: the word with
    /// its ASCII letters lowered (other bytes as they are) equals an entry.
    pub fn contains(&self, word: &str) -> bool {
        const MAX: usize = 32;
        if word.len() > self.longest || word.len() > MAX {
            return false;
        }
        let mut buf = [0u8; MAX];
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        // Keyed by bytes: lowering ASCII keeps the bytes of the same words equal, and no
        // UTF-8 check is needed on every look-up.
        self.set
            .get_or_init(|| self.words.iter().map(|w| w.as_bytes()).collect())
            .contains(&*buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_set_agrees_with_is_in() {
        static SET: WordSet = WordSet::new(LEGAL_SUFFIXES);
        for w in [
            "Inc",
            "INC.",
            "inc",
            "Holdings",
            "n.V.",
            "Inç",
            "",
            "x",
            "incorporated",
            "AGs",
            "ltd.",
            "Ltd",
        ] {
            assert_eq!(SET.contains(w), is_in(w, LEGAL_SUFFIXES), "{w}");
        }
        let long = "a".repeat(40);
        assert!(!SET.contains(&long));
    }
}
