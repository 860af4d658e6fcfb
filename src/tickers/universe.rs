//! The company universe: symbols, names and aliases, and the index that finds the names.
//!
//! A [`Universe`] is a list of tables searched in order; an earlier table wins a symbol or
//! a name. A custom universe (`Options::universe`) comes first, then the built-in table
//! (`data/aliases.tsv` then `data/companies.tsv`, embedded with the `companies` feature and
//! built once per process).

use super::names::NameIndex;
#[cfg(feature = "companies")]
use crate::hash::FastSet;
use crate::hash::{FastHasher, FastMap};
use crate::options::{CompanyEntry, Options};
use crate::text::{phrase_pattern_with, Token};
use std::collections::hash_map::Entry;
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

/// One table: companies, a symbol index and a name index over the word stream.
#[derive(Debug)]
pub(crate) struct Table {
    pub companies: Vec<Company>,
    by_symbol: FastMap<String, u32>,
    pub names: NameIndex,
    pub patterns: Vec<NamePattern>,
}

/// A company flag as read from the data files.
#[derive(Default, Clone, Copy)]
struct Flags {
    context: bool,
    strict: bool,
    blocked: bool,
}

#[derive(Default)]
struct TableBuilder {
    companies: Vec<Company>,
    by_symbol: FastMap<String, u32>,
    /// Pattern hash -> index in `strings` of the first pattern with that hash (no copy of
    /// each pattern, as a set of strings needed: allocation was a quarter of start-up).
    seen: FastMap<u64, u32>,
    /// Patterns whose hash an earlier, different pattern had: (hash, index in `strings`).
    collided: Vec<(u64, u32)>,
    strings: Vec<String>,
    patterns: Vec<NamePattern>,
    /// Token buffer for `phrase_pattern_with`.
    tokens: Vec<Token>,
}

impl TableBuilder {
    fn company(&mut self, symbol: &str, name: &str, ticker_word: bool) -> u32 {
        let key = symbol.trim().to_ascii_uppercase();
        if let Some(&i) = self.by_symbol.get(&key) {
            return i;
        }
        let i = self.companies.len() as u32;
        self.companies.push(Company {
            symbol: symbol.trim().to_string(),
            name: name.trim().to_string(),
            ticker_is_word: ticker_word,
        });
        // "BRK-B" is written "BRK.B" in text.
        let dotted = key.contains('-').then(|| key.replace('-', "."));
        self.by_symbol.insert(key, i);
        if let Some(dotted) = dotted {
            self.by_symbol.entry(dotted).or_insert(i);
        }
        i
    }

    #[cfg_attr(not(feature = "companies"), allow(dead_code))]
    fn symbol_alias(&mut self, symbol: &str, company: u32) {
        let key = symbol.trim().to_ascii_uppercase();
        if key.contains('-') {
            self.by_symbol
                .entry(key.replace('-', "."))
                .or_insert(company);
        }
        self.by_symbol.entry(key).or_insert(company);
    }

    fn name(&mut self, company: u32, name: &str, flags: Flags) {
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
        let p = NamePattern {
            company: (!flags.blocked).then_some(company),
            needs_context: flags.context || flags.strict,
            strict: flags.strict,
            capitalised: first.is_uppercase() || first.is_ascii_digit(),
            acronym: (2..=5).contains(&letters) && all_upper && !name.contains(' '),
        };
        // The possessive: "Apple's" is one token in the stream.
        let stem = pattern.trim_end();
        let mut possessive = String::with_capacity(stem.len() + 3);
        possessive.push_str(stem);
        possessive.push_str(if pattern.ends_with("s ") { "' " } else { "'s " });
        for pat in [pattern, possessive] {
            if self.is_new(&pat) {
                self.strings.push(pat);
                self.patterns.push(p);
            }
        }
    }

    /// True when no earlier name has this pattern (the first row to claim a pattern
    /// keeps it); records it as the next entry of `strings`.
    fn is_new(&mut self, pattern: &str) -> bool {
        let mut h = FastHasher::default();
        h.write(pattern.as_bytes());
        let h = h.finish();
        let next = self.strings.len() as u32;
        match self.seen.entry(h) {
            Entry::Vacant(e) => {
                e.insert(next);
                true
            }
            Entry::Occupied(e) => {
                let same = |i: u32| self.strings[i as usize] == pattern;
                if same(*e.get()) || self.collided.iter().any(|&(ch, i)| ch == h && same(i)) {
                    return false;
                }
                self.collided.push((h, next));
                true
            }
        }
    }

    fn build(self) -> Table {
        let names = NameIndex::new(self.strings);
        Table {
            companies: self.companies,
            by_symbol: self.by_symbol,
            names,
            patterns: self.patterns,
        }
    }
}

impl Table {
    /// The company with this symbol (case-insensitive; "BRK.B" finds "BRK-B").
    pub fn by_symbol(&self, symbol: &str) -> Option<u32> {
        if symbol.len() > 12 {
            return None;
        }
        self.by_symbol.get(&symbol.to_ascii_uppercase()).copied()
    }

    fn from_entries(entries: &[CompanyEntry]) -> Table {
        let mut b = TableBuilder::default();
        for e in entries {
            let c = b.company(&e.symbol, &e.name, false);
            b.name(c, &e.name, Flags::default());
            for a in &e.aliases {
                b.name(c, a, Flags::default());
            }
        }
        b.build()
    }

    /// The built-in table from `data/aliases.tsv` and `data/companies.tsv`.
    #[cfg(feature = "companies")]
    fn builtin() -> Table {
        const ALIASES: &str = include_str!("../../data/aliases.tsv");
        const COMPANIES: &str = include_str!("../../data/companies.tsv");
        let rows = |s: &'static str| {
            s.lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .skip(1) // the column header
        };
        let mut b = TableBuilder::default();
        // Sized for the table (about 9,000 companies and 18,000 name patterns), so that
        // start-up does not rehash the sets while it fills them.
        b.companies.reserve(10_000);
        b.by_symbol.reserve(12_000);
        b.seen.reserve(20_000);
        b.strings.reserve(20_000);
        b.patterns.reserve(20_000);
        // Symbols, names and ticker flags first, so that aliases can point at any row.
        let mut generated = Vec::new();
        for line in rows(COMPANIES) {
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
        // Hand-written aliases claim their patterns before the generated names; the first
        // plain alias of a symbol is its display name ("JPMorgan", not "Jpmorgan Chase").
        let mut named = FastSet::default();
        for line in rows(ALIASES) {
            let mut f = line.split('\t');
            let (Some(sym), Some(flags), Some(names)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let first = names.split('|').next().unwrap_or(sym);
            let c = b.company(sym, first, false);
            if flags == "-" && named.insert(c) {
                b.companies[c as usize].name = first.to_string();
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
        b.build()
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
        self.tables.iter().map(|t| t.companies.len()).sum()
    }

    /// True when no company can be detected.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The company with this symbol, from the first table that has it.
    pub fn company(&self, symbol: &str) -> Option<&Company> {
        self.tables
            .iter()
            .find_map(|t| t.by_symbol(symbol).map(|i| &t.companies[i as usize]))
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
            .map(|f| {
                self.tables[f.table].companies[f.company as usize]
                    .symbol
                    .as_str()
            })
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
            t.companies.len(),
            t.patterns.len(),
            start.elapsed()
        );
        assert_eq!(t.names.len(), t.patterns.len());
        assert!(t.companies.len() > 8000);
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
