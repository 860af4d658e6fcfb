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

/// True when `word` is in `list` (ASCII case-insensitive, no allocation). `list` is a slice
/// or array of lower-case words, or a [`WordList`].
#[inline]
pub fn is_in(word: &str, list: impl Words) -> bool {
    list.has(word)
}

/// What [`is_in`] looks words up in.
pub trait Words {
    /// True when `word` is one of these (ASCII case-insensitive).
    fn has(&self, word: &str) -> bool;
}

impl Words for &[&str] {
    #[inline]
    fn has(&self, word: &str) -> bool {
        in_list(word, self)
    }
}

/// The slice look-up, out of line in wasm: inlined, every call with a constant list unrolled
/// into its own chain of compares, and the entity rules' functions (a hundred such calls
/// each) grew to 20-36 KB of wasm. V8 compiles a function that size to optimised code with
/// a 10-17 MB working set, several at once on background threads: a transient 40-60 MB that
/// was most of the page's peak memory on a long text (benches/README, "Memory on a large
/// text, second look"), and 10 KB of the gzipped `.wasm`. Natively the unrolled compares
/// are 3-7% faster (criterion) and size does not matter, so they stay.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| super::eq_lower(word, w))
}

impl<const N: usize> Words for &[&str; N] {
    #[inline]
    fn has(&self, word: &str) -> bool {
        (&self[..]).has(word)
    }
}

impl Words for WordList {
    #[inline]
    fn has(&self, word: &str) -> bool {
        self.contains(word)
    }
}

impl Words for &WordList {
    #[inline]
    fn has(&self, word: &str) -> bool {
        self.contains(word)
    }
}

/// A short word list with a quick reject in front of [`is_in`]: which lengths and which
/// first bytes its words have, worked out at compile time. Most tokens asked about fail on
/// those two bit tests instead of a comparison with every word (the entity rules ask ~40
/// such lists about every mention: the comparisons were a fifth of that work, perf).
#[derive(Debug, Clone, Copy)]
pub struct WordList {
    /// The words, lower case.
    pub words: &'static [&'static str],
    /// Bit `min(len, 63)` set for each word's length.
    lens: u64,
    /// Bit `b` set for each word's first byte `b`.
    firsts: [u64; 4],
    /// Whether the list holds "".
    empty: bool,
}

impl WordList {
    /// The list of `words`, which must be lower case.
    pub const fn new(words: &'static [&'static str]) -> Self {
        let (mut lens, mut firsts, mut empty) = (0u64, [0u64; 4], false);
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            let len = if w.len() < 63 { w.len() } else { 63 };
            lens |= 1 << len;
            if w.is_empty() {
                empty = true;
            } else {
                firsts[(w[0] >> 6) as usize] |= 1 << (w[0] & 63);
            }
            i += 1;
        }
        WordList {
            words,
            lens,
            firsts,
            empty,
        }
    }

    /// [`is_in`]`(word, self.words)`.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.may_hold(word) && (&self.words).has(word)
    }

    /// `WordList::may_hold` for a token read from the text: its first byte and its length
    /// in bytes, so that most tokens are turned away before their text is sliced out.
    #[inline]
    pub fn may_hold_token(&self, first: u8, len: usize) -> bool {
        let first = first.to_ascii_lowercase();
        self.lens & (1 << len.min(63)) != 0
            && self.firsts[(first >> 6) as usize] & (1 << (first & 63)) != 0
    }

    /// False when no word of the list has `word`'s length and (ASCII-lowered) first byte.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes();
        match b.first() {
            Some(&first) => self.may_hold_token(first, b.len()),
            None => self.empty,
        }
    }
}

impl std::ops::Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.words
    }
}

/// Which (length, first letter) pairs the words of some lists have, worked out at compile
/// time, for the recognisers that try every token of a text against a `match` of many words:
/// one bit test turns most tokens away before any comparison (a `match` of strings compares
/// every arm of the token's length, and in wasm each comparison is a call). Unlike
/// [`WordList`]'s two independent tests, the pair is tested, which tells apart more words
/// for long lists. The words must be lower-case ASCII, start with a letter and be shorter
/// than 16 bytes (checked at compile time).
#[derive(Debug, Clone, Copy)]
pub struct Starts([u32; 16]);

impl Starts {
    /// The pairs of every word of `lists`.
    pub const fn new(lists: &[&[&str]]) -> Self {
        let mut bits = [0u32; 16];
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].len() {
                let w = lists[l][i].as_bytes();
                assert!(w.len() < 16 && w[0].is_ascii_lowercase());
                bits[w.len()] |= 1 << (w[0] - b'a');
                i += 1;
            }
            l += 1;
        }
        Starts(bits)
    }

    /// False when no word has the length and first byte of `w` (lower case): then `w` is
    /// none of them.
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        match w.as_bytes() {
            [first @ b'a'..=b'z', ..] if w.len() < 16 => self.0[w.len()] & 1 << (first - b'a') != 0,
            _ => false,
        }
    }
}

/// A word list for look-ups on every token: the same answer as [`is_in`], by one hash
/// probe instead of a comparison with every word (profiled at 6% of the full analysis
/// when the ticker matcher tested each token against lists of 20 to 200 words).
pub struct WordSet {
    words: &'static [&'static str],
    longest: usize,
    /// The quick reject of [`WordList`]: most words asked about fail on it, without
    /// hashing (the hash was 7% of ticker detection, perf).
    filter: WordList,
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
            filter: WordList::new(words),
            set: OnceLock::new(),
        }
    }

    /// True when `word` is in the list, ASCII case-insensitive like [`is_in`]: the word with
    /// its ASCII letters lowered (other bytes as they are) equals an entry.
    pub fn contains(&self, word: &str) -> bool {
        const MAX: usize = 32;
        if word.len() > self.longest || word.len() > MAX || !self.filter.may_hold(word) {
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
    fn word_list_agrees_with_is_in() {
        const LIST: WordList = WordList::new(&["buy", "sell", "a", "", "u.s.", "crore"]);
        const NONE: WordList = WordList::new(&[]);
        let long = "x".repeat(70);
        for w in [
            "buy", "Buy", "BUY", "buys", "sell", "a", "A", "", "U.S.", "u.s", "crore", "Crore",
            "b", "ç", "çrore", &long,
        ] {
            assert_eq!(LIST.contains(w), is_in(w, LIST.words), "{w}");
            assert!(!NONE.contains(w));
        }
    }

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
