//! Finding companies in a [`Doc`]: explicit forms (cashtags, exchange codes, Reuters codes),
//! names and aliases on the word stream, safe bare tickers, then coreference.
//!
//! Every pass is a single walk over the tokens or the stream, so the whole is linear in the
//! input.

use super::universe::Universe;
use crate::hash::FastSet;
use crate::sort;
use crate::span::Span;
use crate::text::words::{strip_possessive, WordSet};
use crate::text::{eq_lower, Doc, TokenKind};

/// How a mention was found; stronger forms need no context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum How {
    /// "the company", "its": a reference to the most recent salient company.
    Coref,
    /// A bare upper-case ticker ("AMZN rose").
    Bare,
    /// A name or alias.
    Name,
    /// A cashtag or an exchange or Reuters code.
    Explicit,
}

/// One mention of one company.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// Index of the table in the universe.
    pub table: usize,
    /// Index of the company in its table.
    pub company: u32,
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// What the reader sees as the mention.
    pub span: Span,
    /// How it was found.
    pub how: How,
}

/// Legal suffixes that may follow a name and belong to the mention.
const SUFFIXES: &[&str] = crate::text::words::LEGAL_SUFFIXES;

/// Exchanges written before a ticker: "(NASDAQ: AMZN)", "NYSE:JPM".
const EXCHANGES: &[&str] = &[
    "nasdaq", "nyse", "amex", "nysearca", "lse", "tsx", "tsxv", "asx", "otc", "otcqx", "otcqb",
    "otcmkts", "xetra", "hkex", "bats", "cboe", "euronext", "sgx", "tse", "nse", "bse",
];

/// Acronyms and words that are tickers too but, written alone in capitals, almost always
/// mean something else. Tickers flagged as English words in the table are excluded as well.
const ACRONYMS: &[&str] = &[
    "a", "ai", "all", "are", "ceo", "cfo", "coo", "cto", "us", "usa", "uk", "eu", "un", "eps",
    "gdp", "cpi", "ppi", "pce", "now", "cash", "cost", "it", "on", "esg", "etf", "ipo", "sec",
    "fed", "ecb", "boe", "boj", "imf", "opec", "fda", "ftc", "doj", "faa", "fbi", "nasa", "ev",
    "evs", "ar", "vr", "tv", "pc", "pcs", "api", "saas", "ebit", "ebitda", "yoy", "qoq", "roi",
    "roe", "ytd", "usd", "eur", "gbp", "jpy", "cny", "ny", "la", "dc", "ok", "am", "pm", "est",
    "et", "pt", "gmt", "utc", "ltd", "inc", "co", "corp", "plc", "llc", "ag", "se", "sa", "nv",
    "q", "fy", "h1", "h2", "bps", "bp", "mln", "bln", "bn", "mn", "gaap", "ir", "pr", "hr", "it",
    "id", "ip", "ml", "llm", "gpu", "cpu", "wti", "lng", "oil", "gas", "nyse", "nasdaq", "dow",
    "spx", "sox", "vix", "cnbc", "cnn", "bbc", "wsj", "ft", "ap", "afp", "dj", "ipos", "m&a", "ma",
    "rsi", "macd", "atm", "otc", "go", "be", "so", "big", "new", "key", "fun", "run", "low",
    "high", "good", "best", "true", "life", "well", "open", "free", "real", "next", "play", "ride",
    "safe", "mind", "work", "home", "jobs", "job", "fast", "nice", "hope", "care", "one", "two",
    "ten", "net", "max", "min", "ops", "tech", "oled", "covid", "nft", "nfts", "dao", "defi",
    "btc", "eth", "i", "ii", "iii", "iv", "v", "vi",
];

/// Words that put a common-word name in a financial sense when they share its sentence.
const FINANCE_CUES: &[&str] = &[
    "shares",
    "share",
    "stock",
    "stocks",
    "investors",
    "investor",
    "analysts",
    "analyst",
    "revenue",
    "revenues",
    "earnings",
    "profit",
    "profits",
    "quarter",
    "quarterly",
    "sales",
    "ceo",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "company",
    "company's",
    "firm",
    "deal",
    "market",
    "billion",
    "million",
    "bn",
    "mln",
    "nasdaq",
    "nyse",
    "dividend",
    "results",
    "guidance",
    "forecast",
    "outlook",
    "valuation",
    "acquisition",
    "merger",
    "ipo",
    "retailer",
    "chipmaker",
    "automaker",
    "carmaker",
    "airline",
    "carrier",
    "lender",
    "insurer",
    "customers",
    "stores",
    "executive",
    "chief",
    "rival",
    "rivals",
    "competitor",
    "subsidiary",
    "unit",
    "layoffs",
    "jobs",
    "workers",
    "employees",
    "iphone",
    "iphones",
    "products",
    "devices",
    "brand",
    "shareholders",
    "board",
    "margin",
    "margins",
    "downgraded",
    "upgraded",
    "rating",
    "estimates",
    "traders",
    "index",
    "s&p",
    "dow",
    "buyback",
    "lawsuit",
    "regulators",
    "sued",
    "ticker",
    "listed",
    "fiscal",
    "annual",
    "stake",
    "bid",
    "offer",
];

/// Words after a common-word name that show the common word ("Apple growers", "Amazon
/// rainforest", "Shell companies", "Delta variant").
const NOT_AFTER: &[&str] = &[
    "growers",
    "grower",
    "orchard",
    "orchards",
    "tree",
    "trees",
    "juice",
    "pie",
    "pies",
    "harvest",
    "farmers",
    "crop",
    "crops",
    "cider",
    "blossom",
    "rainforest",
    "river",
    "basin",
    "jungle",
    "forest",
    "region",
    "deforestation",
    "tribes",
    "companies",
    "corporations",
    "game",
    "games",
    "shock",
    "script",
    "variant",
    "practice",
    "audience",
    "audiences",
    "market",
    "markets",
    "date",
    "range",
    "price",
    "prices",
    "rate",
    "rates",
    "zone",
    "sauce",
    "smoke",
    "region's",
];

/// Determiners and pronouns after a capitalised common word that make it a verb
/// ("Target the right buyers").
const VERB_OBJECT: &[&str] = &[
    "the", "a", "an", "its", "their", "our", "your", "his", "her", "these", "those", "this",
    "them", "us", "me", "new", "more", "every", "each", "all", "any", "some",
];

/// Words that stand for a company already named ("the company", "the chipmaker").
const COREF_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "chipmaker",
    "automaker",
    "carmaker",
    "bank",
    "lender",
    "stock",
    "retailer",
    "airline",
    "carrier",
    "insurer",
    "giant",
    "maker",
    "miner",
    "producer",
    "manufacturer",
    "operator",
    "conglomerate",
    "startup",
    "business",
    "brand",
    "platform",
    "drugmaker",
    "insurer",
    "utility",
    "outfit",
    "corporation",
    "e-commerce",
];

fn word_in(doc: &Doc, i: usize, list: &[&str]) -> bool {
    i < doc.tokens.len() && list.iter().any(|w| eq_lower(doc.tok(i), w))
}

// The long lists, hashed: the matcher reads some of them at every token.
static SUFFIX_SET: WordSet = WordSet::new(SUFFIXES);
static EXCHANGE_SET: WordSet = WordSet::new(EXCHANGES);
static ACRONYM_SET: WordSet = WordSet::new(ACRONYMS);
static FINANCE_CUE_SET: WordSet = WordSet::new(FINANCE_CUES);
static NOT_AFTER_SET: WordSet = WordSet::new(NOT_AFTER);
static VERB_OBJECT_SET: WordSet = WordSet::new(VERB_OBJECT);
static COREF_NOUN_SET: WordSet = WordSet::new(COREF_NOUNS);

/// [`word_in`] for a hashed list.
fn word_in_set(doc: &Doc, i: usize, set: &WordSet) -> bool {
    i < doc.tokens.len() && set.contains(doc.tok(i))
}

fn adjacent(doc: &Doc, a: usize, b: usize) -> bool {
    doc.tokens[a].span.end == doc.tokens[b].span.start
}

/// Every name and alias match, without the context checks: the longest match wins, and
/// earlier tables win ties. Names flagged as needing context keep `How::Name` here; the
/// caller decides.
pub(crate) fn names_in(doc: &Doc, universe: &Universe) -> Vec<Found> {
    names_with_flags(doc, universe)
        .into_iter()
        .map(|(f, _)| f)
        .collect()
}

/// What a name match needs before it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Nothing: a distinctive name.
    Nothing,
    /// Financial context (a hand-curated common-word name: Apple, Target, Shell).
    Context,
    /// The company named another way (a generated common-word name: Next, Investor).
    Named,
}

/// Name matches with what each needs.
fn names_with_flags(doc: &Doc, universe: &Universe) -> Vec<(Found, Need)> {
    let mut all: Vec<(Found, Need, bool)> = Vec::new(); // (found, need, blocked)
    for (ti, table) in universe.tables.iter().enumerate() {
        let mut cursor = 0;
        for m in table.find_names(&doc.stream) {
            let p = table.patterns[m.pattern];
            let Some((first, last)) = doc.stream.tokens_of_from(&mut cursor, m.start, m.end) else {
                continue;
            };
            let head = doc.tok(first);
            let c0 = head.chars().next().unwrap_or(' ');
            if p.capitalised && !(c0.is_uppercase() || c0.is_ascii_digit()) {
                continue;
            }
            if p.acronym && head.chars().any(|c| c.is_lowercase()) && !head.ends_with("'s") {
                continue;
            }
            // A common-word name in capitals is shouting ("ON", "AMAZON SHARES SOAR"): it says
            // nothing about the company.
            if p.needs_context && !p.acronym && !head.chars().any(|c| c.is_lowercase()) {
                continue;
            }
            let company = p.company.unwrap_or(u32::MAX);
            let found = Found {
                table: ti,
                company,
                first,
                last,
                span: mention_span(doc, first, last),
                how: How::Name,
            };
            let need = if p.strict {
                Need::Named
            } else if p.needs_context {
                Need::Context
            } else {
                Need::Nothing
            };
            all.push((found, need, p.company.is_none()));
        }
    }
    // Longest first at each start; earlier tables win ties; no overlaps.
    sort::by_key(&mut all, |(f, _, _)| {
        sort::key3(f.first, sort::descending(f.last), f.table)
    });
    let mut out: Vec<(Found, Need)> = Vec::with_capacity(all.len());
    let mut next_free = 0;
    for (mut f, ctx, blocked) in all {
        if f.first < next_free {
            continue;
        }
        next_free = f.last + 1;
        if blocked {
            continue;
        }
        // A legal suffix after the name belongs to the mention: "Apple Inc.", "Shell plc".
        let mut last = f.last;
        let mut k = last + 1;
        while k < doc.tokens.len() && k <= f.last + 3 {
            if word_in_set(doc, k, &SUFFIX_SET)
                && doc.tok(k).chars().next().is_some_and(|c| c.is_uppercase())
            {
                last = k;
                k += 1;
            } else if doc.tok(k) == "&" && word_in(doc, k + 1, &["co", "co."]) {
                last = k + 1;
                k += 2;
            } else if doc.tok(k) == "." && k == last + 1 && adjacent(doc, last, k) {
                // "Inc." written as "Inc" + ".": take the period only after a suffix.
                if last > f.last {
                    last = k;
                }
                break;
            } else {
                break;
            }
        }
        let suffixed = last > f.last;
        f.last = last;
        f.span = mention_span(doc, f.first, f.last);
        next_free = next_free.max(last + 1);
        out.push((f, if suffixed { Need::Nothing } else { ctx }));
    }
    out
}

/// The byte span of tokens `first..=last`, without a trailing possessive "'s".
fn mention_span(doc: &Doc, first: usize, last: usize) -> Span {
    let start = doc.tokens[first].span.start;
    let mut end = doc.tokens[last].span.end;
    let t = &doc.text[start..end];
    for s in ["'s", "’s", "'", "’"] {
        if t.len() > s.len() + 1 && t.ends_with(s) {
            end -= s.len();
            break;
        }
    }
    Span::new(start, end)
}

/// A symbol in the universe: the first table holding it.
fn symbol(universe: &Universe, sym: &str) -> Option<(usize, u32)> {
    universe
        .tables
        .iter()
        .enumerate()
        .find_map(|(ti, t)| t.by_symbol(sym).map(|c| (ti, c)))
}

fn is_ticker_shape(s: &str) -> bool {
    (1..=6).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Cashtags, exchange notations and Reuters codes.
fn explicit(doc: &Doc, universe: &Universe, out: &mut Vec<Found>) {
    let toks = &doc.tokens;
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let t = doc.tok(i);
        // $AMZN, $BRK.B; "$5" and "$5bn" are numbers.
        if t == "$"
            && i + 1 < n
            && toks[i + 1].kind == TokenKind::Word
            && adjacent(doc, i, i + 1)
            && is_ticker_shape(strip_possessive(doc.tok(i + 1)))
            && (i == 0 || !adjacent(doc, i - 1, i) || toks[i - 1].kind != TokenKind::Word)
        {
            let (sym, last) = class_suffix(doc, i + 1);
            let sym = strip_possessive(&sym).to_string();
            if let Some((ti, c)) = symbol(universe, &sym) {
                push(out, doc, ti, c, i, last, How::Explicit);
                i = last + 1;
                continue;
            }
        }
        // NASDAQ: AMZN / NYSE:JPM
        // The cheap test first: most tokens are not followed by a colon.
        if i + 2 < n && doc.tok(i + 1) == ":" && word_in_set(doc, i, &EXCHANGE_SET) {
            let mut j = i + 2;
            // "NYSE American: X", "Nasdaq GS: X" are rare; take the simple form only.
            if toks[j].kind == TokenKind::Word && is_ticker_shape(doc.tok(j)) {
                let (sym, last) = class_suffix(doc, j);
                if let Some((ti, c)) = symbol(universe, &sym) {
                    push(out, doc, ti, c, j, last, How::Explicit);
                    j = last;
                }
                i = j + 1;
                continue;
            }
        }
        // <JNJ.N> and (AMZN.O): a code with a market suffix inside brackets.
        if (t == "<" || t == "(") && i + 2 < n && toks[i + 1].kind == TokenKind::Word {
            let close = if t == "<" { ">" } else { ")" };
            let sym = doc.tok(i + 1);
            let mut j = i + 2;
            let mut dotted = false;
            if j + 1 < n && doc.tok(j) == "." && toks[j + 1].kind == TokenKind::Word {
                dotted = true;
                j += 2;
            }
            if j < n && doc.tok(j) == close && is_ticker_shape(sym) {
                let upper = sym.bytes().all(|b| b.is_ascii_uppercase());
                // Reuters codes mark the class in lower case ("RDSa.L"): take the capitals.
                let base: String = sym.chars().take_while(|c| c.is_ascii_uppercase()).collect();
                let hit = if t == "<" || dotted {
                    symbol(universe, sym)
                        .or_else(|| {
                            (!upper && base.len() >= 2)
                                .then(|| symbol(universe, &base))
                                .flatten()
                        })
                        .or_else(|| {
                            dotted
                                .then(|| {
                                    symbol(
                                        universe,
                                        &doc.text[toks[i + 1].span.start..toks[j - 1].span.end],
                                    )
                                })
                                .flatten()
                        })
                } else {
                    None
                };
                if let Some((ti, c)) = hit {
                    push(out, doc, ti, c, i + 1, j - 1, How::Explicit);
                    i = j + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
}

/// "BRK" "." "B" -> ("BRK.B", last token) when the class letter touches the symbol.
fn class_suffix(doc: &Doc, i: usize) -> (String, usize) {
    let n = doc.tokens.len();
    let base = doc.tok(i);
    if i + 2 < n
        && doc.tok(i + 1) == "."
        && adjacent(doc, i, i + 1)
        && adjacent(doc, i + 1, i + 2)
        && doc.tok(i + 2).len() == 1
        && doc.tok(i + 2).bytes().all(|b| b.is_ascii_uppercase())
    {
        return (format!("{}.{}", base, doc.tok(i + 2)), i + 2);
    }
    (base.to_string(), i)
}

fn push(out: &mut Vec<Found>, doc: &Doc, ti: usize, c: u32, first: usize, last: usize, how: How) {
    out.push(Found {
        table: ti,
        company: c,
        first,
        last,
        span: Span::new(doc.tokens[first].span.start, doc.tokens[last].span.end),
        how,
    });
}

/// Whether sentence `si` reads as finance: another company named in it (`strong` counts the
/// firm mentions per sentence), a cue word, or a money or percent sign. Cached per sentence
/// so that a long sentence is read once.
fn financial_context(doc: &Doc, si: usize, strong: &[u32], cache: &mut [Option<bool>]) -> bool {
    if strong[si] > 0 {
        return true;
    }
    let s = &doc.sentences[si];
    *cache[si].get_or_insert_with(|| {
        s.tokens.clone().any(|k| {
            let t = doc.tok(k);
            t == "$" || t == "%" || t == "€" || t == "£" || word_in_set(doc, k, &FINANCE_CUE_SET)
        })
    })
}

/// True when a common-word name at `f` is used in its common sense.
fn common_sense(doc: &Doc, f: &Found) -> bool {
    let next = f.last + 1;
    if word_in_set(doc, next, &NOT_AFTER_SET) {
        return true;
    }
    // "Target the ...": a verb at the start of a sentence or after "to".
    let s = &doc.sentences[doc.sentence_of(f.first)];
    let starts = f.first == s.tokens.start;
    if (starts || (f.first > 0 && word_in(doc, f.first - 1, &["to", "will", "can", "must"])))
        && word_in_set(doc, next, &VERB_OBJECT_SET)
    {
        return true;
    }
    // "a Target", "an Oracle": a common noun.
    if f.first > 0 && word_in(doc, f.first - 1, &["a", "an"]) {
        return true;
    }
    // "the Amazon" followed by a lower-case noun that is not a finance cue.
    if f.first > 0 && eq_lower(doc.tok(f.first - 1), "the") && f.first == f.last {
        if let Some(t) = doc.tokens.get(next) {
            let w = doc.tok(next);
            if t.kind == TokenKind::Word
                && w.chars().next().is_some_and(|c| c.is_lowercase())
                && !word_in_set(doc, next, &FINANCE_CUE_SET)
                && !word_in_set(doc, next, &COREF_NOUN_SET)
            {
                return true;
            }
        }
    }
    false
}

/// Mostly capitals: a shouted headline, where capitals say nothing about tickers.
fn shouted(doc: &Doc, sentence: usize) -> bool {
    let s = &doc.sentences[sentence];
    let (mut words, mut caps) = (0, 0);
    for k in s.tokens.clone() {
        if doc.tokens[k].kind == TokenKind::Word {
            words += 1;
            if doc.tok(k).chars().all(|c| !c.is_lowercase()) {
                caps += 1;
            }
        }
    }
    words >= 4 && caps * 10 > words * 6
}

/// Every mention in `doc`, in text order, coreference included.
pub(crate) fn find(doc: &Doc, universe: &Universe) -> Vec<Found> {
    let mut out = Vec::new();
    if universe.tables.is_empty() || doc.tokens.is_empty() {
        return out;
    }
    explicit(doc, universe, &mut out);
    let n = doc.tokens.len();
    let mut explicit_tokens = vec![false; n];
    for f in &out {
        explicit_tokens[f.first..=f.last].fill(true);
    }
    let names = names_with_flags(doc, universe);
    let mut pending = Vec::new();
    for (f, ctx) in names {
        if explicit_tokens[f.first..=f.last].contains(&true) {
            continue;
        }
        match ctx {
            Need::Nothing => out.push(f),
            need => pending.push((f, need)),
        }
    }
    // Common-word names count when the company is otherwise named, or in a financial
    // sentence, and never in their common sense.
    let key = |f: &Found| (f.table, f.company);
    let strong: FastSet<(usize, u32)> = out.iter().map(key).collect();
    let mut strong_per_sentence = vec![0u32; doc.sentences.len()];
    for f in &out {
        strong_per_sentence[doc.sentence_of(f.first)] += 1;
    }
    let mut cache = vec![None; doc.sentences.len()];
    for (f, need) in pending {
        if common_sense(doc, &f) {
            continue;
        }
        if strong.contains(&key(&f))
            || need == Need::Context
                && financial_context(
                    doc,
                    doc.sentence_of(f.first),
                    &strong_per_sentence,
                    &mut cache,
                )
        {
            out.push(f);
        }
    }
    // Bare capitals: safe tickers, or tickers of companies already named.
    let named: FastSet<(usize, u32)> = out.iter().map(key).collect();
    let mut taken = explicit_tokens;
    for f in &out {
        taken[f.first..=f.last].fill(true);
    }
    let mut shout_cache: Option<(usize, bool)> = None;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || taken[i] {
            continue;
        }
        let w = doc.tok(i);
        if w.len() < 2 || w.len() > 5 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        // Part of a dotted abbreviation or a longer code ("U.S", "AMZN.O" handled above).
        if (i > 0 && adjacent(doc, i - 1, i) && doc.tokens[i - 1].kind != TokenKind::Punct)
            || (i + 1 < doc.tokens.len()
                && adjacent(doc, i, i + 1)
                && doc.tokens[i + 1].kind == TokenKind::Word)
        {
            continue;
        }
        let Some((ti, c)) = symbol(universe, w) else {
            continue;
        };
        let ticker_is_word = universe.tables[ti].ticker_is_word(c);
        let already = named.contains(&(ti, c));
        if !already {
            let si = doc.sentence_of(i);
            let sh = match shout_cache {
                Some((s, v)) if s == si => v,
                _ => {
                    let v = shouted(doc, si);
                    shout_cache = Some((si, v));
                    v
                }
            };
            // Two-letter tickers ("TS", "KB") are initials far more often than tickers. A
            // capitalised run of words is a dateline or a heading ("SAN FRANCISCO, Nov 3"),
            // not a ticker.
            let caps_word = |j: usize| {
                doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
                    && doc.tok(j).len() >= 2
                    && doc.tok(j).bytes().all(|b| b.is_ascii_uppercase())
            };
            let in_caps_run = (i > 0 && caps_word(i - 1)) || caps_word(i + 1);
            if ticker_is_word
                || w.len() < 3
                || word_in_set(doc, i, &ACRONYM_SET)
                || sh
                || in_caps_run
            {
                continue;
            }
        }
        push(&mut out, doc, ti, c, i, i, How::Bare);
    }
    sort::by_key(&mut out, |f| sort::key2(f.first, f.last));
    coreference(doc, &mut out);
    out
}

/// "the company", "the chipmaker", "its", "it": the most recent company mentioned before,
/// within three sentences.
fn coreference(doc: &Doc, found: &mut Vec<Found>) {
    if found.is_empty() {
        return;
    }
    let mut refs = Vec::new();
    let mut next = 0;
    let mut recent: Option<Found> = None;
    let mut recent_sentence = 0;
    let mut sentence = 0;
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        while next < found.len() && found[next].first <= i {
            recent = Some(found[next]);
            recent_sentence = doc.sentence_of(found[next].last);
            i = i.max(found[next].last + 1);
            next += 1;
        }
        if i >= n {
            break;
        }
        // Only "the", "it", "its" and "it's" can refer back: a look at the token's first
        // byte and length first (this loop visits every token; the full test at each was 3%
        // of ticker detection).
        let w = doc.tok(i).as_bytes();
        let candidate = (2..=4).contains(&w.len()) && matches!(w[0], b't' | b'T' | b'i' | b'I');
        if let (Some(r), true) = (recent, candidate) {
            while sentence + 1 < doc.sentences.len() && doc.sentences[sentence].tokens.end <= i {
                sentence += 1;
            }
            let near = sentence <= recent_sentence + 3;
            if near {
                let the = eq_lower(doc.tok(i), "the");
                if the && i + 1 < n && word_in_set(doc, i + 1, &COREF_NOUN_SET) {
                    // "the company's" is one token; "the stock market" is not the stock.
                    if !word_in(
                        doc,
                        i + 2,
                        &[
                            "market", "markets", "exchange", "index", "sector", "industry",
                        ],
                    ) {
                        refs.push(Found {
                            first: i,
                            last: i + 1,
                            span: Span::new(doc.tokens[i].span.start, doc.tokens[i + 1].span.end),
                            how: How::Coref,
                            ..r
                        });
                    }
                    i += 2;
                    continue;
                }
                if word_in(doc, i, &["its", "it", "it's"]) {
                    refs.push(Found {
                        first: i,
                        last: i,
                        span: doc.tokens[i].span,
                        how: How::Coref,
                        ..r
                    });
                }
            }
        }
        i += 1;
    }
    found.extend(refs);
    sort::by_key(found, |f| sort::key2(f.first, f.last));
}
