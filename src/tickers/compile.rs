//! Compiling a company table: every decision `Universe` makes about symbols and names (the
//! symbol keys, each name's stream pattern, which patterns are new, their flags), written as
//! a compact text and record stream that [`super::universe`] loads without tokenising.
//!
//! The built-in table is compiled once, by `build.rs`, which includes this file (and the
//! tokeniser and word stream it uses) with `#[path]`: the data files stay the source of
//! truth, and `Analyzer::new` only reads the result. Custom universes (`Options::universe`)
//! go through the same code at run time, so both take one path.
//!
//! The format: `text` holds every string the table needs, in the order the records use them;
//! `records` is a stream of LEB128 numbers and flag bytes:
//!
//! ```text
//! companies  n, then per company: symbol len, name len, ticker_is_word (0/1)
//! symbols    n, then per extra symbol key (beyond each company's own upper-case symbol,
//!            which the loader derives), in the order added: key len, company step
//! names      n patterns (a name or its possessive) in the name index's order
//!            (`TableBuilder::pattern_order`), in records of one or two patterns. Each
//!            record starts with a head number whose low two bits are its kind (RECORD_*):
//!            RECORD_OTHER_FORM: head >> 2 records back is a one-pattern record; this is
//!              that name's other form (nothing else follows).
//!            RECORD_ONE, RECORD_PAIR: head >> 2 is the company step; then a flags byte
//!              (NAME_*), and with NAME_TEXT the name's text: 2 * len for its tokens joined
//!              by single spaces, written next in `text`; or 2 * len + 1 and their start in
//!              `text` when its other form wrote them already
//! ```
//!
//! A pair record is a name's possessive then the name, when the name has several tokens
//! (one group, longest first: "bank  of  x's", "bank  of  x"), else the name then its
//! possessive, which starts the next group ("acme", "acme's"). Records in the order of the
//! index, rather than name by name, cost ~9 KB of gzip: a big group ("bank ...", "first
//! ...") takes its names from all over the table, each then a long company step. In return
//! the loader neither finds the groups nor sorts them (`NameIndex::grouped`).
//!
//! A company step is the difference from the previous company of the section
//! ([`put_step`]).
//!
//! Each company's symbol key is its symbol in upper case (the loader checks it: a symbol that
//! is not already upper case is written again as an extra key). A name's pattern is
//! [`simple_stream`] of its company's display name (`NAME_TEXT` unset) or of its text; the
//! encoder only chooses a form after checking that it gives the very pattern the tokeniser
//! made.

use crate::hash::{FastHasher, FastMap, FastSet};
use crate::sort;
use crate::text::{pattern_words, phrase_pattern_with, Token};
use std::collections::hash_map::Entry;
use std::hash::Hasher;

/// The pattern starts a new first-token group (see [`TableBuilder::pattern_order`]).
pub(crate) const NAME_GROUP: u8 = 1;
/// The pattern is the name's possessive ("acme's "), not the name itself. Unset in a pair
/// record, whose first pattern is the possessive exactly when the name has several tokens:
/// its two forms then share their first token, and the longer comes first.
pub(crate) const NAME_POSSESSIVE: u8 = 1 << 1;
/// The pattern is written in `text` (else it comes from the company's display name).
pub(crate) const NAME_TEXT: u8 = 1 << 2;
/// A blocked name: it claims its span and names nobody.
pub(crate) const NAME_BLOCKED: u8 = 1 << 3;
/// `NamePattern::needs_context`.
pub(crate) const NAME_CONTEXT: u8 = 1 << 4;
/// `NamePattern::strict`.
pub(crate) const NAME_STRICT: u8 = 1 << 5;
/// `NamePattern::capitalised`.
pub(crate) const NAME_CAPITALISED: u8 = 1 << 6;
/// `NamePattern::acronym`.
pub(crate) const NAME_ACRONYM: u8 = 1 << 7;

/// A name record of one pattern (`TableBuilder::encode`).
pub(crate) const RECORD_ONE: usize = 0;
/// A name record of a name's two forms.
pub(crate) const RECORD_PAIR: usize = 1;
/// A name record that is the other form of an earlier record's name.
pub(crate) const RECORD_OTHER_FORM: usize = 2;

/// A compiled table, ready to load.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Compiled {
    /// Every string, in record order.
    pub text: String,
    /// The record stream.
    pub records: Vec<u8>,
}

/// The stream pattern of a phrase whose tokens are its space-separated parts, lower-cased in
/// ASCII: " " + each part + " ", parts separated by two spaces. For most company names this
/// is what the tokeniser makes (the encoder checks that it is, name by name).
pub(crate) fn simple_stream(s: &str, out: &mut Vec<u8>) {
    out.reserve(s.len() + 8);
    out.push(b' ');
    // Part by part, each copied whole and lowered in place: a push per byte was a fifth of
    // loading the built-in table (callgrind).
    for (i, part) in s.as_bytes().split(|&b| b == b' ').enumerate() {
        if i > 0 {
            out.extend_from_slice(b"  ");
        }
        let at = out.len();
        out.extend_from_slice(part);
        out[at..].make_ascii_lowercase();
    }
    out.push(b' ');
}

/// Appends the possessive form of the pattern `out[start..]` ("Apple's" is one token in the
/// stream): the pattern without its trailing space, then `'s ` (`' ` after an s).
pub(crate) fn push_possessive(out: &mut Vec<u8>, start: usize) {
    let end = out.len();
    let after_s = out[start..end].ends_with(b"s ");
    out.extend_from_within(start..end - 1);
    out.extend_from_slice(if after_s { b"' " } else { b"'s " });
}

/// Appends `n` as LEB128.
pub(crate) fn put(records: &mut Vec<u8>, mut n: usize) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            records.push(byte);
            return;
        }
        records.push(byte | 0x80);
    }
}

/// Appends the step from company `prev` to `next` as a zigzag LEB128 number (names and keys
/// mostly follow their companies' order, so steps are small and compress well), and moves
/// `prev` on.
pub(crate) fn put_step(records: &mut Vec<u8>, prev: &mut u32, next: u32) {
    put(records, zigzag(prev, next));
}

/// The step from company `prev` to `next`, zigzag-coded (0, -1, 1, -2, … as 0, 1, 2, 3, …),
/// and moves `prev` on.
pub(crate) fn zigzag(prev: &mut u32, next: u32) -> usize {
    let d = next as i64 - *prev as i64;
    *prev = next;
    ((d << 1) ^ (d >> 63)) as usize
}

/// A company flag as read from the data files.
#[derive(Default, Clone, Copy)]
pub(crate) struct Flags {
    pub context: bool,
    pub strict: bool,
    pub blocked: bool,
}

/// One name tried: what it became.
struct Name {
    company: u32,
    /// `NAME_*` flags other than `NAME_GROUP`, `NAME_POSSESSIVE`, `NAME_TEXT`.
    flags: u8,
    /// The name's stream pattern.
    pattern: String,
    base: bool,
    possessive: bool,
}

/// A pattern in the order the table writes them ([`TableBuilder::pattern_order`]).
struct Placed {
    /// Its name (index into `TableBuilder::names`).
    name: u32,
    /// The name's possessive, not the name itself.
    possessive: bool,
    /// The first pattern of its first-token group.
    starts_group: bool,
}

/// Builds a table the way the matcher needs it: the first row to claim a symbol or a name
/// pattern keeps it.
#[derive(Default)]
pub(crate) struct TableBuilder {
    /// (symbol, display name, ticker is a word).
    pub companies: Vec<(String, String, bool)>,
    by_symbol: FastMap<String, u32>,
    /// The symbol keys in the order they were added (the output does not depend on the
    /// map's order).
    keys: Vec<(String, u32)>,
    /// Pattern hash -> the first name whose pattern (or possessive) has that hash.
    seen: FastMap<u64, (u32, bool)>,
    /// Patterns whose hash an earlier, different pattern had.
    collided: Vec<(u64, u32, bool)>,
    names: Vec<Name>,
    /// Token buffer for `phrase_pattern_with`.
    tokens: Vec<Token>,
}

impl TableBuilder {
    /// The company with this symbol, added if new.
    pub fn company(&mut self, symbol: &str, name: &str, ticker_word: bool) -> u32 {
        let key = symbol.trim().to_ascii_uppercase();
        if let Some(&i) = self.by_symbol.get(&key) {
            return i;
        }
        let i = self.companies.len() as u32;
        self.companies.push((
            symbol.trim().to_string(),
            name.trim().to_string(),
            ticker_word,
        ));
        // "BRK-B" is written "BRK.B" in text.
        let dotted = key.contains('-').then(|| key.replace('-', "."));
        self.key(key, i);
        if let Some(dotted) = dotted {
            self.key(dotted, i);
        }
        i
    }

    /// Another symbol for a company (a share class), unless taken.
    #[allow(dead_code)] // the built-in table only
    pub fn symbol_alias(&mut self, symbol: &str, company: u32) {
        let key = symbol.trim().to_ascii_uppercase();
        if key.contains('-') {
            self.key(key.replace('-', "."), company);
        }
        self.key(key, company);
    }

    /// Adds a symbol key unless taken (the first company to claim a key keeps it).
    fn key(&mut self, key: String, company: u32) {
        if let Entry::Vacant(e) = self.by_symbol.entry(key) {
            self.keys.push((e.key().clone(), company));
            e.insert(company);
        }
    }

    /// A name or alias of a company, with its possessive.
    pub fn name(&mut self, company: u32, name: &str, flags: Flags) {
        let name = name.trim();
        let pattern = phrase_pattern_with(name, &mut self.tokens);
        // One- and two-letter names ("On", "X") are words or tickers, not names; acronyms
        // ("GE", "BP") and names with digits ("3M") stay.
        let short = name.chars().filter(|c| c.is_alphanumeric()).count() < 3;
        let plain_word = name.chars().all(|c| c.is_alphabetic())
            && !name.chars().skip(1).all(|c| c.is_uppercase());
        if pattern.trim().len() < 2 || (short && plain_word) {
            return;
        }
        let first = name.chars().next().unwrap_or(' ');
        let (mut letters, mut all_upper) = (0, true);
        for c in name.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            all_upper &= c.is_uppercase();
        }
        let mut bits = 0;
        for (on, bit) in [
            (flags.blocked, NAME_BLOCKED),
            (flags.context || flags.strict, NAME_CONTEXT),
            (flags.strict, NAME_STRICT),
            (
                first.is_uppercase() || first.is_ascii_digit(),
                NAME_CAPITALISED,
            ),
            (
                (2..=5).contains(&letters) && all_upper && !name.contains(' '),
                NAME_ACRONYM,
            ),
        ] {
            if on {
                bits |= bit;
            }
        }
        // The possessive: "Apple's" is one token in the stream.
        let possessive = possessive(&pattern);
        let id = self.names.len() as u32;
        let base = self.is_new(&pattern, id, false);
        let poss = self.is_new(&possessive, id, true);
        self.names.push(Name {
            company,
            flags: bits,
            pattern,
            base,
            possessive: poss,
        });
    }

    /// The pattern (or possessive) of an earlier name.
    fn pattern_of(&self, name: u32, possessive_form: bool) -> String {
        let p = &self.names[name as usize].pattern;
        if possessive_form {
            possessive(p)
        } else {
            p.clone()
        }
    }

    /// True when no earlier name has this pattern (the first row to claim a pattern keeps
    /// it); records it as name `id`'s.
    fn is_new(&mut self, pattern: &str, id: u32, possessive_form: bool) -> bool {
        let mut h = FastHasher::default();
        h.write(pattern.as_bytes());
        let h = h.finish();
        let earlier = match self.seen.entry(h) {
            Entry::Vacant(e) => {
                e.insert((id, possessive_form));
                return true;
            }
            Entry::Occupied(e) => *e.get(),
        };
        let same = |(n, p): (u32, bool)| -> bool {
            // The name being added is not in `names` yet: it never collides with itself
            // (its possessive differs from its pattern).
            (n as usize) < self.names.len() && self.pattern_of(n, p) == pattern
        };
        if same(earlier)
            || self
                .collided
                .iter()
                .any(|&(ch, n, p)| ch == h && same((n, p)))
        {
            return false;
        }
        self.collided.push((h, id, possessive_form));
        true
    }

    /// Makes the first plain alias of a company its display name.
    #[allow(dead_code)] // the built-in table only
    pub fn rename(&mut self, company: u32, name: &str) {
        self.companies[company as usize].1 = name.to_string();
    }

    /// The kept patterns in the order the name index wants them ([`NameIndex::grouped`]):
    /// grouped by first token, the groups in the order of their first pattern, and each group
    /// longest first (the earlier pattern first on ties). Pattern order before grouping:
    /// each name's pattern, then its possessive, name by name. The loader then only hashes
    /// each group's first token; it used to find the groups and sort them itself, which was
    /// half of loading the built-in table.
    ///
    /// [`NameIndex::grouped`]: super::names::NameIndex::grouped
    fn pattern_order(&self) -> Vec<Placed> {
        // Per group: (stream length, name, possessive) of each pattern, in pattern order.
        let mut groups: Vec<Vec<(usize, u32, bool)>> = Vec::new();
        let mut by_first: FastMap<String, u32> = FastMap::default();
        for (id, n) in self.names.iter().enumerate() {
            for (kept, possessive_form) in [(n.base, false), (n.possessive, true)] {
                if !kept {
                    continue;
                }
                let stream = self.pattern_of(id as u32, possessive_form);
                // The first token as the stream holds it (" acme's " -> "acme's").
                let Some(first) = pattern_words(&stream).next() else {
                    continue; // no token: it could never match
                };
                let g = *by_first.entry(first.to_string()).or_insert_with(|| {
                    groups.push(Vec::new());
                    groups.len() as u32 - 1
                });
                groups[g as usize].push((stream.len(), id as u32, possessive_form));
            }
        }
        let mut order = Vec::new();
        for mut group in groups {
            // Stable: equal lengths keep pattern order.
            sort::by_key(&mut group, |&(len, _, _)| sort::key1(sort::descending(len)));
            for (i, (_, name, possessive)) in group.into_iter().enumerate() {
                order.push(Placed {
                    name,
                    possessive,
                    starts_group: i == 0,
                });
            }
        }
        order
    }

    /// The table in its compact form.
    pub fn encode(self) -> Compiled {
        let mut out = Compiled::default();
        let r = &mut out.records;
        put(r, self.companies.len());
        for (symbol, name, word) in &self.companies {
            out.text.push_str(symbol);
            out.text.push_str(name);
            put(r, symbol.len());
            put(r, name.len());
            r.push(*word as u8);
        }
        // Every key but each company's own upper-case symbol.
        let extra: Vec<&(String, u32)> = self
            .keys
            .iter()
            .filter(|(key, c)| *key != self.companies[*c as usize].0)
            .collect();
        let mut prev = 0;
        put(r, extra.len());
        for (key, c) in extra {
            out.text.push_str(key);
            put(r, key.len());
            put_step(r, &mut prev, *c);
        }
        // The name patterns in the name index's order (`pattern_order`), a record each, or
        // one for a name's two forms when they come one after the other as `RECORD_PAIR` says.
        let order = self.pattern_order();
        put(r, order.len());
        let mut prev = 0;
        let mut stream = Vec::new();
        // Per name: where its text was written (NAME_TEXT), for its other form; and its
        // record, while that is a one-pattern record whose other form may follow.
        let mut written: Vec<Option<(usize, usize)>> = vec![None; self.names.len()];
        let mut record_of: Vec<Option<usize>> = vec![None; self.names.len()];
        let (mut i, mut records) = (0, 0);
        while i < order.len() {
            let p = &order[i];
            let pair = order.get(i + 1).is_some_and(|q| {
                q.name == p.name && q.possessive != p.possessive && q.starts_group != p.possessive
            });
            i += 1 + pair as usize;
            records += 1;
            if !p.starts_group {
                if let Some(at) = record_of[p.name as usize].take() {
                    put(r, (records - 1 - at) << 2 | RECORD_OTHER_FORM);
                    continue;
                }
            }
            let n = &self.names[p.name as usize];
            let kind = if pair { RECORD_PAIR } else { RECORD_ONE };
            put(r, zigzag(&mut prev, n.company) << 2 | kind);
            if !pair {
                record_of[p.name as usize] = Some(records - 1);
            }
            let mut flags = n.flags;
            // A pair's order follows from its text (see `NAME_POSSESSIVE`).
            debug_assert!(!pair || p.possessive == n.pattern.trim().contains(' '));
            if p.possessive && !pair {
                flags |= NAME_POSSESSIVE;
            }
            if p.starts_group {
                flags |= NAME_GROUP;
            }
            stream.clear();
            simple_stream(&self.companies[n.company as usize].1, &mut stream);
            let from_name = stream == n.pattern.as_bytes();
            if !from_name {
                flags |= NAME_TEXT;
            }
            r.push(flags);
            if from_name {
                continue;
            }
            if let Some((start, len)) = written[p.name as usize] {
                put(r, 2 * len + 1);
                put(r, start);
                continue;
            }
            // Tokens hold no space: joined by one space they give the pattern back.
            let joined = n.pattern.trim().replace("  ", " ");
            stream.clear();
            simple_stream(&joined, &mut stream);
            assert!(
                stream == n.pattern.as_bytes(),
                "a pattern the loader cannot rebuild"
            );
            written[p.name as usize] = Some((out.text.len(), joined.len()));
            out.text.push_str(&joined);
            put(r, 2 * joined.len());
        }
        out
    }
}

/// A name pattern's possessive form.
pub(crate) fn possessive(pattern: &str) -> String {
    // A pattern ends with the one space after its last token (tokens hold no whitespace).
    debug_assert_eq!(pattern.trim_end().len() + 1, pattern.len());
    let mut p = pattern.as_bytes().to_vec();
    push_possessive(&mut p, 0);
    p.drain(..pattern.len());
    String::from_utf8(p).expect("a possessive of a str is a str")
}

/// The built-in table from `data/aliases.tsv` and `data/companies.tsv` (their texts).
#[allow(dead_code)] // build.rs and the tests
pub(crate) fn builtin(aliases: &str, companies: &str) -> TableBuilder {
    fn rows_of(s: &str) -> impl Iterator<Item = &str> {
        s.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1) // the column header
    }
    let mut b = TableBuilder::default();
    // Symbols, names and ticker flags first, so that aliases can point at any row.
    let mut generated = Vec::new();
    for line in rows_of(companies) {
        let mut f = line.split('\t');
        let (Some(sym), Some(_exchange), Some(flags), Some(name)) =
            (f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let others = f.next().unwrap_or("");
        let c = b.company(sym, name, flags.contains('t'));
        // Other share classes of the same issuer ("GOOG" for "GOOGL") find the company.
        for class in f.next().unwrap_or("").split('|').filter(|s| !s.is_empty()) {
            b.symbol_alias(class, c);
        }
        generated.push((c, flags.contains('n'), name, others));
    }
    // Hand-written aliases claim their patterns before the generated names; the first plain
    // alias of a symbol is its display name ("JPMorgan", not "Jpmorgan Chase").
    let mut named = FastSet::default();
    for line in rows_of(aliases) {
        let mut f = line.split('\t');
        let (Some(sym), Some(flags), Some(names)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let first = names.split('|').next().unwrap_or(sym);
        let c = b.company(sym, first, false);
        if flags == "-" && named.insert(c) {
            b.rename(c, first);
        }
        let flags = Flags {
            context: flags.contains('c'),
            blocked: flags.contains('x'),
            strict: false,
        };
        for n in names.split('|') {
            b.name(c, n, flags);
        }
    }
    for (c, word, name, others) in generated {
        let flags = Flags {
            strict: word,
            ..Flags::default()
        };
        b.name(c, name, flags);
        for o in others.split('|').filter(|o| !o.is_empty()) {
            b.name(c, o, flags);
        }
    }
    b
}
