//! The company universe: symbols, names and aliases, and the index that finds the names.
//!
//! A [`Universe`] is a list of tables searched in order; an earlier table wins a symbol or
//! a name. A custom universe (`Options::universe`) comes first, then the built-in table
//! (`data/aliases.tsv` then `data/companies.tsv`, with the `companies` feature: compiled by
//! build.rs through `compile` and loaded once per process; a custom table is compiled
//! the same way at run time).

use super::compile::{Compiled, Flags, TableBuilder};
use super::compile::{NAME_ACRONYM, NAME_BLOCKED, NAME_CAPITALISED, NAME_CONTEXT};
use super::compile::{NAME_GROUP, NAME_POSSESSIVE, NAME_STRICT, NAME_TEXT};
use super::compile::{RECORD_OTHER_FORM, RECORD_PAIR};
use super::names::{self, Ending, NameIndex, NameMatch};
use crate::hash::FastHasher;
use crate::options::{CompanyEntry, Options};
use crate::text::WordStream;
use std::borrow::Cow;
use std::hash::Hasher;
use std::sync::{Arc, OnceLock};

/// One company of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Company {
    /// Ticker symbol ("AMZN", "SIE.DE").
    pub symbol: String,
    /// Display name ("Amazon.com").
    pub name: String,
    /// The ticker is an English word or acronym ("ALL", "NOW"): never a bare ticker alone.
    pub ticker_is_word: bool,
}

/// What a name pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NamePattern {
    /// Index into the table's companies; `None` for a blocked name (it claims its span so
    /// that no shorter name matches inside it, and names nobody).
    pub company: Option<u32>,
    /// An English word or place: needs financial context and a capital letter.
    pub needs_context: bool,
    /// A generated name made of English words ("Next", "Investor", "Global Partners"): it
    /// counts only with a legal suffix ("Next plc") or when the company is otherwise named
    /// (cashtag, code, another name). Financial context is not enough: news is full of it.
    pub strict: bool,
    /// The name as written starts with a capital letter, so the text must too.
    pub capitalised: bool,
    /// The name is an all-capitals acronym ("SAP", "ING"): the text must be too.
    pub acronym: bool,
}

/// A company as the table holds it: its symbol and name are ranges of the table's text.
#[derive(Debug, Clone, Copy)]
struct CompanyRow {
    symbol: (u32, u32),
    name: (u32, u32),
    ticker_is_word: bool,
}

/// One table: companies, a symbol index and a name index over the word stream, loaded from
/// its compiled form ([`compile`]).
#[derive(Debug)]
pub(crate) struct Table {
    /// The symbols and names (for the built-in table, the static text made by build.rs).
    text: Cow<'static, str>,
    companies: Vec<CompanyRow>,
    /// Symbol keys (ranges of `text`) and their companies.
    symbol_keys: Vec<((u32, u32), u32)>,
    /// Open addressing over `symbol_keys`: 0 is empty, else a key index + 1.
    symbol_slots: Vec<u32>,
    names: NameIndex,
    pub patterns: Vec<NamePattern>,
    /// The companies as public [`Company`] values, made on the first [`Universe::company`].
    public: OnceLock<Vec<Company>>,
}

// TEXT and RECORDS: the built-in table, compiled by build.rs.
#[cfg(feature = "companies")]
include!(concat!(env!("OUT_DIR"), "/companies.rs"));

/// Reads the record stream of a [`Compiled`] table.
struct Records<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The next unread byte of the text.
    text_at: u32,
}

impl Records<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.bytes[self.at];
        self.at += 1;
        b
    }

    /// A LEB128 number.
    fn num(&mut self) -> usize {
        let (mut n, mut shift) = (0usize, 0);
        loop {
            let b = self.byte();
            n |= ((b & 0x7f) as usize) << shift;
            if b < 0x80 {
                return n;
            }
            shift += 7;
        }
    }

    /// A company given as a step from `prev` ([`compile::put_step`]).
    fn step(&mut self, prev: &mut u32) -> u32 {
        let z = self.num();
        take_step(prev, z)
    }

    /// A length, then that many bytes of the text: their range.
    fn string(&mut self) -> (u32, u32) {
        let len = self.num() as u32;
        self.next_text(len)
    }

    /// The next `len` bytes of the text: their range.
    fn next_text(&mut self, len: u32) -> (u32, u32) {
        let start = self.text_at;
        self.text_at += len;
        (start, self.text_at)
    }

    /// A name's text: a length and its bytes, next in the text (`2 * len`), or a range read
    /// before (`2 * len + 1`, then its start).
    fn name_text(&mut self) -> (u32, u32) {
        let n = self.num();
        let len = (n / 2) as u32;
        if n & 1 == 0 {
            self.next_text(len)
        } else {
            let start = self.num() as u32;
            (start, start + len)
        }
    }
}

/// Moves `prev` by the zigzag-coded step `z` ([`compile::zigzag`]) and returns it.
fn take_step(prev: &mut u32, z: usize) -> u32 {
    let z = z as i64;
    *prev = (*prev as i64 + ((z >> 1) ^ -(z & 1))) as u32;
    *prev
}

fn symbol_hash(key: &[u8], bits: u32) -> usize {
    let mut h = FastHasher::default();
    h.write(key);
    (h.finish() >> (64 - bits)) as usize
}

impl Table {
    fn str(&self, (start, end): (u32, u32)) -> &str {
        &self.text[start as usize..end as usize]
    }

    /// The number of companies.
    pub fn len(&self) -> usize {
        self.companies.len()
    }

    /// Company `i`'s symbol.
    pub fn symbol(&self, i: u32) -> &str {
        self.str(self.companies[i as usize].symbol)
    }

    /// Company `i`'s display name.
    pub fn name(&self, i: u32) -> &str {
        self.str(self.companies[i as usize].name)
    }

    /// Company `i`'s ticker is an English word.
    pub fn ticker_is_word(&self, i: u32) -> bool {
        self.companies[i as usize].ticker_is_word
    }

    /// Company `i` as a public value.
    fn company(&self, i: u32) -> &Company {
        let all = self.public.get_or_init(|| {
            (0..self.len() as u32)
                .map(|i| Company {
                    symbol: self.symbol(i).to_string(),
                    name: self.name(i).to_string(),
                    ticker_is_word: self.ticker_is_word(i),
                })
                .collect()
        });
        &all[i as usize]
    }

    /// The company with this symbol (case-insensitive; "BRK.B" finds "BRK-B").
    pub fn by_symbol(&self, symbol: &str) -> Option<u32> {
        const MAX: usize = 12;
        if symbol.len() > MAX {
            return None;
        }
        let mut buf = [0u8; MAX];
        let key = &mut buf[..symbol.len()];
        key.copy_from_slice(symbol.as_bytes());
        key.make_ascii_uppercase();
        let key = &*key;
        let mask = self.symbol_slots.len() - 1;
        let bits = self.symbol_slots.len().trailing_zeros();
        let mut s = symbol_hash(key, bits);
        loop {
            let k = self.symbol_slots[s];
            if k == 0 {
                return None;
            }
            let (range, company) = self.symbol_keys[k as usize - 1];
            if self.str(range).as_bytes() == key {
                return Some(company);
            }
            s = (s + 1) & mask;
        }
    }

    /// Loads a compiled table: reads the records and hashes the symbols and the first token
    /// of each group of names. No tokenising: that was done by [`compile`](super::compile),
    /// which also grouped and sorted the names for the index; and no patterns written out:
    /// the name index reads each name's written form in `text`.
    fn load(text: Cow<'static, str>, records: &[u8]) -> Table {
        let mut r = Records {
            bytes: records,
            at: 0,
            text_at: 0,
        };
        let n = r.num();
        let mut companies = Vec::with_capacity(n);
        let mut symbol_keys = Vec::with_capacity(n + n / 4);
        for i in 0..n {
            let symbol = r.string();
            let name = r.string();
            let ticker_is_word = r.byte() == 1;
            let s = &text[symbol.0 as usize..symbol.1 as usize];
            // Each company's key is its upper-case symbol: written as an extra key when the
            // symbol is not upper case already.
            if !s.bytes().any(|b| b.is_ascii_lowercase()) {
                symbol_keys.push((symbol, i as u32));
            }
            companies.push(CompanyRow {
                symbol,
                name,
                ticker_is_word,
            });
        }
        let mut prev = 0;
        for _ in 0..r.num() {
            let key = r.string();
            symbol_keys.push((key, r.step(&mut prev)));
        }
        let slot_count = (2 * symbol_keys.len().max(1)).next_power_of_two();
        let bits = slot_count.trailing_zeros();
        let mut symbol_slots = vec![0u32; slot_count];
        for (k, &((start, end), _)) in symbol_keys.iter().enumerate() {
            let key = &text.as_bytes()[start as usize..end as usize];
            let mut s = symbol_hash(key, bits);
            while symbol_slots[s] != 0 {
                s = (s + 1) & (slot_count - 1);
            }
            symbol_slots[s] = k as u32 + 1;
        }

        // The name patterns, grouped by first token as the index wants them
        // (`TableBuilder::pattern_order`).
        let n = r.num();
        let mut patterns = Vec::with_capacity(n);
        let mut written = Vec::with_capacity(n);
        let mut groups = Vec::with_capacity(n);
        // Each record's first pattern (for RECORD_OTHER_FORM).
        let mut first_of_record = Vec::with_capacity(n);
        let mut prev = 0;
        while patterns.len() < n {
            let head = r.num();
            let (kind, x) = (head & 3, head >> 2);
            let at = patterns.len();
            if kind == RECORD_OTHER_FORM {
                let j = first_of_record[first_of_record.len() - x] as usize;
                first_of_record.push(at as u32);
                patterns.push(patterns[j]);
                written.push(names::Pattern::other_form(written[j], &text));
                continue;
            }
            first_of_record.push(at as u32);
            let company = take_step(&mut prev, x);
            let flags = r.byte();
            let (start, end) = if flags & NAME_TEXT != 0 {
                r.name_text()
            } else {
                companies[company as usize].name
            };
            let p = NamePattern {
                company: (flags & NAME_BLOCKED == 0).then_some(company),
                needs_context: flags & NAME_CONTEXT != 0,
                strict: flags & NAME_STRICT != 0,
                capitalised: flags & NAME_CAPITALISED != 0,
                acronym: flags & NAME_ACRONYM != 0,
            };
            if flags & NAME_GROUP != 0 {
                groups.push(at as u32);
            }
            let plain = names::Pattern::new(&text, start, end, Ending::Plain);
            let possessive = if kind == RECORD_PAIR {
                plain.has_parts()
            } else {
                flags & NAME_POSSESSIVE != 0
            };
            let first = if possessive {
                plain.other_form(&text)
            } else {
                plain
            };
            written.push(first);
            patterns.push(p);
            if kind == RECORD_PAIR {
                // The name's other form, which starts the next group when it is the
                // possessive.
                let second = first.other_form(&text);
                if second.is_possessive() {
                    groups.push(at as u32 + 1);
                }
                written.push(second);
                patterns.push(p);
            }
        }
        let names = NameIndex::grouped(&text, written, &groups);
        Table {
            text,
            companies,
            symbol_keys,
            symbol_slots,
            names,
            patterns,
            public: OnceLock::new(),
        }
    }

    /// The names of this table in the stream, leftmost-longest.
    pub fn find_names(&self, stream: &WordStream) -> Vec<NameMatch> {
        self.names.find_iter(&self.text, stream)
    }

    fn from_compiled(c: Compiled) -> Table {
        Table::load(Cow::Owned(c.text), &c.records)
    }

    /// Not inlined into [`Universe::for_options`]: in wasm, V8 compiles a function on its
    /// first call, and the default analyser (built on the page's first analysis) never
    /// needs this code.
    #[inline(never)]
    fn from_entries(entries: &[CompanyEntry]) -> Table {
        let mut b = TableBuilder::default();
        for e in entries {
            let c = b.company(&e.symbol, &e.name, false);
            b.name(c, &e.name, Flags::default());
            for a in &e.aliases {
                b.name(c, a, Flags::default());
            }
        }
        Table::from_compiled(b.encode())
    }

    /// The built-in table from `data/aliases.tsv` and `data/companies.tsv`, compiled by
    /// build.rs.
    #[cfg(feature = "companies")]
    fn builtin() -> Table {
        Table::load(Cow::Borrowed(TEXT), RECORDS)
    }
}

/// The companies that can be detected: the custom table (if any) first, then the built-in
/// one (unless replaced, or built without the `companies` feature).
#[derive(Debug, Default)]
pub struct Universe {
    pub(crate) tables: Vec<Arc<Table>>,
}

/// The built-in table, parsed and compiled once per process.
#[cfg(feature = "companies")]
fn builtin_table() -> Arc<Table> {
    static TABLE: OnceLock<Arc<Table>> = OnceLock::new();
    TABLE.get_or_init(|| Arc::new(Table::builtin())).clone()
}

impl Universe {
    /// The universe for these options: the built-in table, the custom one, or both.
    pub fn for_options(options: &Options) -> Arc<Universe> {
        if options.universe.is_empty() && !options.replace_default {
            return Universe::builtin();
        }
        let mut tables = Vec::new();
        if !options.universe.is_empty() {
            tables.push(Arc::new(Table::from_entries(&options.universe)));
        }
        if !options.replace_default {
            tables.extend(Universe::builtin().tables.iter().cloned());
        }
        Arc::new(Universe { tables })
    }

    /// The built-in universe (empty without the `companies` feature), shared by every
    /// analyser in the process.
    pub fn builtin() -> Arc<Universe> {
        static UNIVERSE: OnceLock<Arc<Universe>> = OnceLock::new();
        UNIVERSE
            .get_or_init(|| {
                #[cfg(feature = "companies")]
                let tables = vec![builtin_table()];
                #[cfg(not(feature = "companies"))]
                let tables = Vec::new();
                Arc::new(Universe { tables })
            })
            .clone()
    }

    /// The number of companies across the tables (a symbol in two tables counts twice).
    pub fn len(&self) -> usize {
        self.tables.iter().map(|t| t.len()).sum()
    }

    /// True when no company can be detected.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The company with this symbol, from the first table that has it.
    pub fn company(&self, symbol: &str) -> Option<&Company> {
        self.tables
            .iter()
            .find_map(|t| t.by_symbol(symbol).map(|i| t.company(i)))
    }

    /// The symbol a name or alias stands for ("Apple Inc" -> "AAPL"), if any: the name as a
    /// whole must be a known name, optionally with a legal suffix.
    pub fn lookup(&self, name: &str) -> Option<&str> {
        let doc = crate::text::Doc::new(name);
        let found = super::matcher::names_in(&doc, self);
        let n = doc.tokens.len();
        found
            .into_iter()
            .find(|f| f.first == 0 && f.last + 1 >= n)
            .map(|f| self.tables[f.table].symbol(f.company))
    }
}

#[cfg(all(test, feature = "companies"))]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_loads_and_resolves_names() {
        let start = std::time::Instant::now();
        let u = Universe::builtin();
        let t = &u.tables[0];
        eprintln!(
            "built-in universe: {} companies, {} patterns, built in {:?}",
            t.len(),
            t.patterns.len(),
            start.elapsed()
        );
        assert_eq!(t.names.len(), t.patterns.len());
        assert!(t.len() > 8000);
        assert_eq!(u.lookup("Apple Inc"), Some("AAPL"));
        assert_eq!(u.lookup("JPMorgan Chase & Co"), Some("JPM"));
        assert_eq!(u.lookup("Amazon.com Inc"), Some("AMZN"));
        assert_eq!(u.lookup("YouTube"), Some("GOOGL"));
        assert_eq!(u.lookup("Nasdaq"), None);
        assert_eq!(u.company("BRK.B").map(|c| c.symbol.as_str()), Some("BRK-B"));
        assert_eq!(u.company("GOOG").map(|c| c.symbol.as_str()), Some("GOOGL"));
        assert_eq!(u.company("JPM").map(|c| c.name.as_str()), Some("JPMorgan"));
    }
}

#[cfg(test)]
mod compiled_tests {
    use super::*;
    use crate::text::phrase_pattern;

    fn entry(symbol: &str, name: &str, aliases: &[&str]) -> CompanyEntry {
        CompanyEntry {
            symbol: symbol.into(),
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        }
    }

    /// The index the reference constructor makes of the table's patterns, which finds the
    /// groups and sorts them itself; the table's patterns must already be in its order.
    fn reference_index(t: &Table) -> NameIndex {
        let patterns = (0..t.names.len()).map(|i| t.names.pattern(i)).collect();
        let (index, ids) = NameIndex::new(&t.text, patterns);
        assert!(
            ids.iter().enumerate().all(|(k, &i)| i as usize == k),
            "the table's patterns are not in the index's order"
        );
        index
    }

    /// The built-in table's records come grouped and sorted as its name index keeps them, so
    /// the loader only hashes each group's first token: the index it builds that way is the
    /// one the reference makes (same groups, order, slots and filter).
    #[cfg(feature = "companies")]
    #[test]
    fn the_builtin_table_loads_the_reference_index() {
        let t = Table::builtin();
        assert!(t.names.len() > 15_000);
        assert_eq!(t.names, reference_index(&t));
    }

    /// A custom table with big groups and names written twice (a one-part alias and its
    /// possessive, in different groups, share their text).
    #[test]
    fn a_custom_table_loads_the_reference_index() {
        let entries: Vec<CompanyEntry> = (0..300)
            .map(|i| {
                let name = format!("Bank of {}", "x".repeat(1 + i % 7));
                entry(
                    &format!("S{i}"),
                    &name,
                    &[&format!("Alias{i}"), "First Bank"],
                )
            })
            .collect();
        let t = Table::from_entries(&entries);
        assert_eq!(t.names, reference_index(&t));
        let stream = |i: usize| t.names.pattern(i).to_stream(&t.text);
        // The first group, "bank": longest first.
        let lens: Vec<usize> = (0..14).map(|i| stream(i).len()).collect();
        assert!(lens.windows(2).all(|w| w[0] >= w[1]), "{lens:?}");
        assert_eq!(stream(0), " bank  of  xxxxxxx's ");
        let alias: Vec<String> = (0..t.names.len())
            .map(stream)
            .filter(|p| p.starts_with(" alias7 ") || p.starts_with(" alias7'"))
            .collect();
        assert_eq!(alias, [" alias7 ", " alias7's "]);
    }

    proptest::proptest! {
        /// Any custom table, names sharing first tokens in every way (one-part names and
        /// their possessives, big groups, names claimed twice): it loads to the reference's
        /// index, and each pattern is its own company's name, alias or their possessive,
        /// whatever record form (pair, back-reference, text written before) carried it.
        #[test]
        fn any_custom_table_loads_the_reference_index(
            names in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "Bank", "bank", "of", "America", "Acme", "First", "Xs", "AT&T", "Größe",
                        "Co.", "Americas", "ING", "3M", "Bolt",
                    ]),
                    1..4,
                ),
                1..40,
            )
        ) {
            let names: Vec<String> = names.iter().map(|n| n.join(" ")).collect();
            let entries: Vec<CompanyEntry> = names
                .chunks(2)
                .enumerate()
                .map(|(i, c)| {
                    let aliases: Vec<&str> = c[1..].iter().map(String::as_str).collect();
                    entry(&format!("S{i}"), &c[0], &aliases)
                })
                .collect();
            let t = Table::from_entries(&entries);
            proptest::prop_assert_eq!(&t.names, &reference_index(&t));
            for i in 0..t.names.len() {
                let stream = t.names.pattern(i).to_stream(&t.text);
                let c = t.patterns[i].company.expect("a custom name names its company") as usize;
                let e = &entries[c];
                let own = std::iter::once(&e.name).chain(&e.aliases).any(|n| {
                    let p = phrase_pattern(n);
                    p == stream || super::super::compile::possessive(&p) == stream
                });
                proptest::prop_assert!(own, "pattern {:?} is not company {}'s", stream, c);
            }
        }
    }

    /// A custom table goes through the compiled form: every pattern comes back as the
    /// tokeniser makes it, with its possessive, the first claim kept; grouped by first token
    /// in the order of each group's first pattern, longest first ("bolt  two's" before "bolt
    /// two"; a one-part name and its possessive have different first tokens).
    #[test]
    fn compiled_table_keeps_patterns_and_symbols() {
        let t = Table::from_entries(&[
            entry("acme", "Acme", &["Ünilever Größe", "AT&T Inc.", "Acme"]),
            // Its name is Acme's possessive: only its own possessive is new.
            entry("BRK-B", "Acme's", &["Bolt  Two"]),
        ]);
        let patterns: Vec<String> = (0..t.names.len())
            .map(|i| t.names.pattern(i).to_stream(&t.text))
            .collect();
        let p = |s: &str| phrase_pattern(s);
        assert_eq!(
            patterns,
            [
                p("Acme"),
                p("Acme's"),
                p("Ünilever Größe's"),
                p("Ünilever Größe"),
                " at  &  t  inc  .'s ".to_string(),
                p("AT&T Inc."),
                " acme's' ".to_string(),
                p("Bolt Two's"),
                p("Bolt Two"),
            ]
        );
        assert_eq!(t.names, reference_index(&t));
        assert_eq!(t.patterns[6].company, Some(1));
        assert_eq!(t.by_symbol("ACME"), Some(0));
        assert_eq!(t.by_symbol("brk.b"), Some(1));
        assert_eq!(t.by_symbol("BRK-B"), Some(1));
        assert_eq!(t.by_symbol("BRK"), None);
        assert_eq!((t.symbol(0), t.name(1)), ("acme", "Acme's"));
    }
}
