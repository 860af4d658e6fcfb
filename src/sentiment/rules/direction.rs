//! Metric x movement: financial language, not mood.
//!
//! "Revenue rose" is good news and "costs rose" is bad news; "losses narrowed" is good and
//! "margin contracted" is bad. A movement (rose, fell, narrowed, higher, lower) takes the
//! polarity of the metric it moves (+1 good when up: revenue, margin, guidance; -1 bad when
//! up: costs, losses, debt, unemployment) times its own direction and strength. Verbs look
//! back for their metric first ("revenue at the unit rose"), comparatives look forward
//! ("higher costs", "lower losses"); the nearer candidate wins.
//!
//! This stage also emits the phrases that stand alone: sentiment entries, movements with no
//! metric (a subject like "Acme shares" is good when up), and metrics with no movement
//! ("swung to a loss").
//!
//! A signed percentage ("EBay +6% after selling StubHub", "MAXIMUS -2.9% post Q4 results")
//! is a movement too: the lexicon's `±%` entry, which the matcher never meets in text, carries
//! its weight, and the sign its direction. It pairs with a metric like any movement verb
//! ("Revenue +12%" good, "Costs +12%" bad).
//!
//! So is a figure set against another ("Q3 sales $5.17 bln vs. $5.40 bln", "Unemployment
//! Rate 3.5% vs 3.6%"): the first is higher or lower than the second, a year ago or the
//! consensus. The `± vs` entry carries its weight; it counts only with a metric to move.

use crate::sentiment::params::{METRIC_LOOKAHEAD, METRIC_LOOKBACK};
use crate::sentiment::{Hit, Kind, Lexicon, Rule, ScoredPhrase};
use crate::sort;
use crate::span::Span;
use crate::text::words::{is_in, WordList};
use crate::text::{Doc, TokenKind};

/// True when the tokens strictly between `a` and `b` hold a hard clause break (`;` `:`).
fn hard_break_between(doc: &Doc, a: usize, b: usize) -> bool {
    (a + 1..b)
        .any(|t| doc.tokens[t].kind == TokenKind::Punct && matches!(doc.tok(t), ";" | ":" | "|"))
}

fn comma_between(doc: &Doc, a: usize, b: usize) -> bool {
    (a + 1..b).any(|t| doc.tokens[t].kind == TokenKind::Punct && doc.tok(t) == ",")
}

/// True when the tokens strictly between `a` and `b` hold a comma followed by a word before
/// `b`: a new clause with its own subject.
fn words_after_comma(doc: &Doc, a: usize, b: usize) -> bool {
    let Some(comma) =
        (a + 1..b).rfind(|&t| doc.tokens[t].kind == TokenKind::Punct && doc.tok(t) == ",")
    else {
        return false;
    };
    (comma + 1..b).any(|t| doc.tokens[t].kind == TokenKind::Word)
}

/// True when the words strictly between `a` and `b` hold "on".
fn on_between(doc: &Doc, a: usize, b: usize) -> bool {
    (a + 1..b).any(|t| crate::text::eq_lower(doc.tok(t), "on"))
}

/// Words that open a new clause, which a movement does not look forward across. (Each
/// small list here is a [`WordList`]: most words asked about fail its first-byte and length
/// tests before any comparison; the comparisons had been a twentieth of a sentiment-only
/// analysis in wasm.)
const CLAUSE_OPENERS: WordList = WordList::new(&[
    "as",
    "while",
    "after",
    "amid",
    "but",
    "although",
    "though",
    "whereas",
    "because",
    "since",
    "following",
    "when",
]);
/// Words that join a companion, not the verb's object ([`nearest_metric`] forward).
const COMPANIONS: WordList = WordList::new(&["with", "alongside"]);
/// Articles ([`nominal`]).
const ARTICLES: WordList = WordList::new(&["a", "an"]);

/// Words right before a movement that make it a noun ("a dramatic fall", "pressure on fall
/// in rural spending"): what it moves comes after it, if anywhere.
const NOUN_MARKERS: WordList = WordList::new(&["a", "an", "the", "on", "of", "for"]);

/// True when the movement starting at token `t` is a noun: a [`NOUN_MARKERS`] word right
/// before it, or an article and one word ("risk of a dramatic fall"). Then it does not look
/// back for its metric: "under pressure on fall in spending" is no fall of the pressure.
fn nominal(doc: &Doc, t: usize) -> bool {
    let word = |k: usize| doc.tokens[k].kind == TokenKind::Word;
    (t >= 1 && word(t - 1) && is_in(doc.tok(t - 1), NOUN_MARKERS))
        || (t >= 2 && word(t - 1) && word(t - 2) && is_in(doc.tok(t - 2), ARTICLES))
}

/// The nearest metric hit before (`back`) or after hit `i`, within the window, and its
/// distance in tokens.
fn nearest_metric(
    doc: &Doc,
    hits: &[Hit],
    lexicon: &Lexicon,
    i: usize,
    back: bool,
) -> Option<(usize, usize)> {
    let h = hits[i];
    // The hits before `i` nearest first, or those after it: indexed rather than a boxed
    // iterator, which allocated once per movement word (callgrind: 1% of the analysis).
    let n = if back { i } else { hits.len() - i - 1 };
    for k in 0..n {
        let j = if back { i - 1 - k } else { i + 1 + k };
        let o = hits[j];
        let (dist, a, b) = if back {
            (h.first.saturating_sub(o.last + 1), o.last, h.first)
        } else {
            (o.first.saturating_sub(h.last + 1), h.last, o.first)
        };
        let window = if back {
            METRIC_LOOKBACK
        } else {
            METRIC_LOOKAHEAD
        };
        // Out of the window ends the search: tested first, since the tests below scan the
        // tokens between, which for far hits are many (in wasm they had grown to a fifth of
        // the sentiment-only analysis).
        if dist > window {
            return None;
        }
        // Looking back may cross a comma right before the movement ("revenue of $5bn, up
        // 10%"), not one that a new subject follows ("Retail stocks extend losses, health
        // care sector gains"); looking forward may not ("net down 7%, revenues up 24%").
        let crosses = if back {
            words_after_comma(doc, a, b)
        } else {
            comma_between(doc, a, b)
        };
        // Either way, the search stops where another clause opens: in "Euro, yen rally as
        // risk aversion intensifies" the risk is not what rallied, nor in "Rupee leads Asia
        // FX losses as Iraq tension boosts oil" the losses what was boosted.
        // Forward, "with" and "alongside" join a companion, not the verb's object: in
        // "financials gain with bond yields" the yields are not what gained for the banks.
        let opens_clause = (a + 1..b).any(|t| {
            doc.tokens[t].kind == TokenKind::Word
                && (is_in(doc.tok(t), CLAUSE_OPENERS) || (!back && is_in(doc.tok(t), COMPANIONS)))
        });
        if hard_break_between(doc, a, b) || crosses || opens_clause {
            return None;
        }
        match lexicon.entry(&o).kind {
            // After "on" comes the cause of the move: a bad-news metric there is what the
            // news is about, not what moved ("Ramky rallies on debt restructuring plans",
            // "Satyam soars on tax row settlement"). A good-news one moves the same way as
            // the verb alone, and a market is where it moved ("rally on Nifty").
            Kind::Metric { polarity } if polarity < 0.0 && !back && on_between(doc, a, b) => {
                return None
            }
            Kind::Metric { .. } => return Some((j, dist)),
            // Another movement is nearer to that metric and moves it: "Stocks rally as oil
            // prices climb" is not stocks climbing (the shown phrases would overlap, too).
            Kind::Contrast(_) | Kind::Sentiment | Kind::Movement { .. } => return None,
            _ => {}
        }
    }
    None
}

/// The lexicon phrase whose weight a signed percentage carries.
pub const SIGNED_PERCENT: &str = "±%";

/// True when token `t` ends where token `t + 1` starts.
fn glued(doc: &Doc, t: usize) -> bool {
    doc.tokens[t].span.end == doc.tokens[t + 1].span.start
}

/// The signed percentages of sentence `sentence` ("+6%", "-3.5%", "(−2.1%)") as movement
/// hits of the [`SIGNED_PERCENT`] entry, each with its sign. A sign glued to a word or number
/// before it is a hyphen or a range ("S-3", "5-7%"), not a sign.
fn signed_percents(doc: &Doc, lexicon: &Lexicon, sentence: usize) -> Vec<(Hit, f64)> {
    let tokens = doc.sentences[sentence].tokens.clone();
    let mut out = Vec::new();
    let mut entry = None;
    for t in tokens.start..tokens.end.saturating_sub(2) {
        let Some(sign) = is_sign(doc.tok(t)) else {
            continue;
        };
        let starts_term = t == tokens.start
            || !glued(doc, t - 1)
            || (doc.tokens[t - 1].kind == TokenKind::Punct && !matches!(doc.tok(t - 1), "/" | "-"));
        if !starts_term
            || !glued(doc, t)
            || doc.tokens[t + 1].kind != TokenKind::Number
            || !glued(doc, t + 1)
            || doc.tok(t + 2) != "%"
        {
            continue;
        }
        let id = *entry.get_or_insert_with(|| {
            lexicon
                .entries()
                .iter()
                .position(|e| e.phrase == SIGNED_PERCENT)
        });
        let Some(id) = id else {
            return out;
        };
        let hit = Hit {
            entry: id as u32,
            first: t,
            last: t + 2,
        };
        out.push((hit, sign));
    }
    out
}

/// The lexicon phrase whose weight a comparison of two figures carries.
pub const COMPARISON: &str = "± vs";

/// The comparisons of two figures in sentence `sentence` ("$5.17 bln vs. $5.40 bln", "51
/// cents vs. 41 cents", "3.5% vs 3.6%") as movement hits of the [`COMPARISON`] entry from
/// the first figure to the second, each with its direction: +1 when the first is higher.
/// The figures are read by the figures stage on the sentence alone, and only for sentences
/// with "vs" or "versus" before a number, so the cost stays linear.
fn comparisons(doc: &Doc, lexicon: &Lexicon, sentence: usize) -> Vec<(Hit, f64)> {
    let bounds = &doc.sentences[sentence];
    let tokens = bounds.tokens.clone();
    // Only sentences with a "vs" come here ([`Triggers`]); its first byte is tested first.
    let is_vs = |t: usize| {
        let tok = doc.tokens[t];
        tok.kind == TokenKind::Word
            && matches!(doc.text.as_bytes()[tok.span.start], b'v' | b'V')
            && is_vs(doc.tok(t))
    };
    let number_after = |t: usize| {
        (t + 1..(t + 4).min(tokens.end)).any(|k| doc.tokens[k].kind == TokenKind::Number)
    };
    if !tokens.clone().any(|t| is_vs(t) && number_after(t)) {
        return Vec::new();
    }
    let Some(id) = lexicon
        .entries()
        .iter()
        .position(|e| e.phrase == COMPARISON)
    else {
        return Vec::new();
    };
    let base = bounds.span.start;
    let text = &doc.text[bounds.span.range()];
    let figures: Vec<_> = crate::figures::extract(&Doc::new(text))
        .into_iter()
        .filter(|f| matches!(f.kind, "money" | "percent"))
        .collect();
    // Token index of a byte offset of the sentence text, when a token starts (or ends) there.
    let sentence_tokens = &doc.tokens[tokens.clone()];
    let token_at = |byte: usize, end: bool| {
        let k = sentence_tokens
            .partition_point(|t| (if end { t.span.end } else { t.span.start }) < base + byte);
        let t = sentence_tokens.get(k)?;
        ((if end { t.span.end } else { t.span.start }) == base + byte).then_some(tokens.start + k)
    };
    let mut out = Vec::new();
    for pair in figures.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.currency != b.currency || a.kind != b.kind || a.value == b.value {
            continue;
        }
        let (Some(first), Some(a_last), Some(b_first), Some(last)) = (
            token_at(a.bytes.start, false),
            token_at(a.bytes.end, true),
            token_at(b.bytes.start, false),
            token_at(b.bytes.end, true),
        ) else {
            continue;
        };
        // Only "vs" (and its full stop) between the two figures.
        let between: Vec<usize> = (a_last + 1..b_first).collect();
        let joined = match between.as_slice() {
            [v] => is_vs(*v),
            [v, dot] => is_vs(*v) && doc.tok(*dot) == ".",
            _ => false,
        };
        if joined {
            let hit = Hit {
                entry: id as u32,
                first,
                last,
            };
            out.push((hit, if a.value > b.value { 1.0 } else { -1.0 }));
        }
    }
    // Plain counts the figures stage leaves alone ("Payrolls 254K vs 175K", "Revision 99.8
    // vs 99.1"): a number and its unit on each side, the same unit.
    for t in tokens.clone().filter(|&t| is_vs(t)) {
        if out.iter().any(|(h, _)| h.first < t && t < h.last) || t == tokens.start {
            continue;
        }
        // "vs" may be the text's last token (fuzzing found "… 3.2ppd vs" at the end).
        let right = if t + 1 < tokens.end && doc.tok(t + 1) == "." {
            t + 2
        } else {
            t + 1
        };
        let (Some(a), Some(b)) = (
            count_before(doc, t, tokens.start),
            count_at(doc, right, tokens.end),
        ) else {
            continue;
        };
        if a.unit == b.unit && a.value != b.value {
            let hit = Hit {
                entry: id as u32,
                first: a.first,
                last: b.last,
            };
            out.push((hit, if a.value > b.value { 1.0 } else { -1.0 }));
        }
    }
    sort::by_key(&mut out, |h| sort::key1(h.0.first));
    out
}

/// A number with its unit, as written: "254K", "1.2 mln", "99.8".
struct Count<'a> {
    value: f64,
    unit: &'a str,
    first: usize,
    last: usize,
}

/// Unit words of plain counts, lower-case.
const COUNT_UNITS: &[&str] = &[
    "k", "m", "mn", "mln", "b", "bn", "bln", "thousand", "million", "billion",
];

/// The count that starts at token `t`, before `end`. A year ("2019") is not a count.
fn count_at<'a>(doc: &Doc<'a>, t: usize, end: usize) -> Option<Count<'a>> {
    if t >= end || doc.tokens[t].kind != TokenKind::Number {
        return None;
    }
    let value = crate::decimal::parse_grouped(doc.tok(t).as_bytes())?;
    let unit = (t + 1 < end && is_in(doc.tok(t + 1), COUNT_UNITS)).then(|| doc.tok(t + 1));
    if unit.is_none() && value.fract() == 0.0 && (1900.0..=2100.0).contains(&value) {
        return None;
    }
    // A currency or percent sign around it belongs to the figures stage.
    let signed = |k: usize| k < end && doc.tokens[k].kind == TokenKind::Symbol;
    if signed(t + 1) || (t > 0 && doc.tokens[t - 1].kind == TokenKind::Symbol) {
        return None;
    }
    Some(Count {
        value,
        unit: unit.unwrap_or(""),
        first: t,
        last: t + usize::from(unit.is_some()),
    })
}

/// The count that ends right before token `t`, after `start`.
fn count_before<'a>(doc: &Doc<'a>, t: usize, start: usize) -> Option<Count<'a>> {
    let number = if t >= start + 2 && doc.tokens[t - 1].kind == TokenKind::Word {
        t - 2
    } else {
        t.checked_sub(1)?
    };
    if number < start {
        return None;
    }
    count_at(doc, number, t).filter(|c| c.last == t - 1)
}

/// The lexicon phrase whose weight a holding bought carries (`trades`).
pub const STAKE_BOUGHT: &str = "buys stake";
/// The lexicon phrase whose weight a holding sold carries (`trades`).
pub const STAKE_SOLD: &str = "sells stake";

/// A holding in a company, as traded: "buys 70 lakh Apollo Tyres shares", "sells 1% stake in
/// Yes Bank".
const HOLDINGS: WordList = WordList::new(&["shares", "stake", "stakes", "holding", "holdings"]);
/// Verbs of a purchase of a holding.
const BUYS: WordList = WordList::new(&[
    "buys",
    "bought",
    "acquire",
    "acquires",
    "acquired",
    "purchase",
    "purchases",
    "purchased",
]);
/// Verbs of a sale of a holding.
const SELLS: WordList = WordList::new(&[
    "sells",
    "sold",
    "offload",
    "offloads",
    "offloaded",
    "divest",
    "divests",
    "divested",
    "dump",
    "dumps",
    "dumped",
]);
/// Tokens a trade's verb may be separated from its holding by, at most.
const TRADE_GAP: usize = 5;

/// The verb of a trade in the holding at token `t` ([`HOLDINGS`]), within [`TRADE_GAP`]
/// tokens before it and after `start`, with no punctuation between: its first token and +1
/// for a purchase, -1 for a sale. Not a company buying back its own shares.
fn trade_verb(doc: &Doc, t: usize, start: usize) -> Option<(usize, f64)> {
    for k in (t.saturating_sub(TRADE_GAP + 1).max(start)..t).rev() {
        let w = doc.tok(k);
        match doc.tokens[k].kind {
            TokenKind::Punct if w != "-" => return None,
            TokenKind::Word => {}
            _ => continue,
        }
        if is_in(w, BUYS) {
            return Some((k, 1.0));
        }
        if is_in(w, SELLS) {
            return Some((k, -1.0));
        }
        // "picks up 25% stake in Jayant Agro".
        if crate::text::eq_lower(w, "up")
            && k > start
            && is_in(doc.tok(k - 1), &["picks", "picked"])
        {
            return Some((k - 1, 1.0));
        }
        if is_in(
            w,
            &["back", "and", "or", "to", "as", "after", "on", "while"],
        ) {
            return None;
        }
    }
    None
}

/// A stake or shares bought or sold ("LIC buys 5.94% stake in BHEL", "Northern Trust sells
/// Satyam Computer shares"): news about the company whose holding changes hands, good when
/// an investor buys into it and bad when one sells out. The holding's standalone metric
/// phrase becomes one of the [`STAKE_BOUGHT`] or [`STAKE_SOLD`] entry, from the verb to the
/// holding and anchored on the verb, and the verb's own phrase ("buys", "to sell") is
/// folded into it. (Whose news it is, the buyer's or the company's, is the entity rules'
/// business: the subject of "buys" acts on someone else.)
fn trades(doc: &Doc, lexicon: &Lexicon, sentence: usize, out: &mut Vec<ScoredPhrase>) {
    let start = doc.sentences[sentence].tokens.start;
    // The verbs folded in, and the entries they were folded into.
    let mut folded: Option<Vec<usize>> = None;
    let mut ids = [u32::MAX; 2];
    for i in 0..out.len() {
        let p = &out[i];
        if p.rule != Rule::Lexicon
            || p.anchor.0 != p.anchor.1
            || !matches!(
                lexicon.entries()[p.entry as usize].kind,
                Kind::Metric { .. }
            )
            || !is_in(doc.tok(p.anchor.0), HOLDINGS)
        {
            continue;
        }
        let Some((verb, sign)) = trade_verb(doc, p.anchor.0, start) else {
            continue;
        };
        let phrase = if sign > 0.0 { STAKE_BOUGHT } else { STAKE_SOLD };
        let Some(id) = lexicon.entries().iter().position(|e| e.phrase == phrase) else {
            continue;
        };
        let p = &mut out[i];
        p.entry = id as u32;
        ids[usize::from(sign > 0.0)] = id as u32;
        p.span = Span::new(doc.tokens[verb].span.start, p.span.end);
        p.anchor = (verb, verb);
        p.modifier = 1.0;
        folded.get_or_insert_with(Vec::new).push(verb);
    }
    if let Some(verbs) = folded {
        out.retain(|p| {
            ids.contains(&p.entry)
                || !(p.rule == Rule::Lexicon
                    && verbs.iter().any(|&v| p.anchor.0 <= v && v <= p.anchor.1))
        });
    }
}

/// The lexicon phrases whose weights a stock's entry into or exit from an index carries
/// (`index_moves`).
pub const JOINS_INDEX: &str = "joins index";
/// See [`JOINS_INDEX`].
pub const LEAVES_INDEX: &str = "leaves index";

/// Words that name a market index.
pub(crate) const INDEX_WORDS: WordList = WordList::new(&[
    "index", "indices", "indexes", "sensex", "nifty", "msci", "ftse", "stoxx", "bse", "nse",
]);
/// Verbs by which a stock enters an index ("MSCI adds Aurobindo Pharma to India index", "BSE
/// to include Arvind in S&P BSE 200", "may make it to MSCI India").
pub(crate) const ENTERS: WordList = WordList::new(&[
    "enter",
    "enters",
    "entered",
    "entering",
    "join",
    "joins",
    "joined",
    "joining",
    "include",
    "includes",
    "included",
    "inclusion",
    "add",
    "adds",
    "added",
    "make",
    "makes",
    "made",
]);
/// Verbs by which a stock leaves an index ("Vedanta, Hindalco to exit Sensex").
pub(crate) const LEAVES: WordList = WordList::new(&[
    "exit",
    "exits",
    "exited",
    "exiting",
    "leave",
    "leaves",
    "leaving",
    "exclude",
    "excludes",
    "excluded",
    "exclusion",
    "remove",
    "removes",
    "removed",
    "delete",
    "deletes",
    "deleted",
    "drop",
    "drops",
    "dropped",
]);
/// Words that may stand between such a verb and the index, besides the stock's name and
/// the index's own capitalised words.
const INDEX_GAP: WordList = WordList::new(&[
    "to",
    "from",
    "in",
    "into",
    "the",
    "its",
    "it",
    "key",
    "benchmark",
    "and",
    "&",
    ",",
    "-",
]);

/// A stock's entry into or exit from an index: news about the stock, good when it enters and
/// bad when it leaves ("Vedanta, Hindalco to exit Sensex", "MSCI adds Aurobindo Pharma to
/// India index"). For each index word, the nearest such verb within six tokens before it,
/// with only the stock's name, the index's name and [`INDEX_GAP`] words between (no figure:
/// "drops 2% on BSE" is a price move), becomes a phrase of the [`JOINS_INDEX`] or
/// [`LEAVES_INDEX`] entry anchored on the verb, in place of the verb's own phrase ("exit").
/// "Make" counts only as "make it to".
fn index_moves(doc: &Doc, lexicon: &Lexicon, sentence: usize, out: &mut Vec<ScoredPhrase>) {
    let tokens = doc.sentences[sentence].tokens.clone();
    for t in tokens.clone() {
        // Only sentences with an index word come here ([`Triggers`]); a token's first byte
        // and length turn most away before its text is sliced out.
        let tok = doc.tokens[t];
        if tok.kind != TokenKind::Word
            || !INDEX_WORDS.may_hold_token(doc.text.as_bytes()[tok.span.start], tok.span.len())
            || !is_in(doc.tok(t), INDEX_WORDS)
        {
            continue;
        }
        let mut found = None;
        for k in (t.saturating_sub(7).max(tokens.start)..t).rev() {
            let w = doc.tok(k);
            let kind = doc.tokens[k].kind;
            if kind == TokenKind::Word && is_in(w, ENTERS) {
                let make = is_in(w, &["make", "makes", "made"]);
                if !make || (k + 2 < t && crate::text::eq_lower(doc.tok(k + 1), "it")) {
                    found = Some((k, 1.0));
                }
                break;
            }
            if kind == TokenKind::Word && is_in(w, LEAVES) {
                found = Some((k, -1.0));
                break;
            }
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            if !(is_in(w, INDEX_GAP) || (kind == TokenKind::Word && capital) || w == "&") {
                break;
            }
        }
        let Some((verb, sign)) = found else {
            continue;
        };
        if out
            .iter()
            .any(|p| p.anchor.0 <= verb && verb <= p.anchor.1 && p.rule != Rule::Lexicon)
        {
            continue;
        }
        let phrase = if sign > 0.0 {
            JOINS_INDEX
        } else {
            LEAVES_INDEX
        };
        let Some(id) = lexicon.entries().iter().position(|e| e.phrase == phrase) else {
            continue;
        };
        out.retain(|p| !(p.anchor.0 <= verb && verb <= p.anchor.1));
        let span = doc.tokens[verb].span;
        let at = out.partition_point(|p| (p.span.start, p.anchor.0) < (span.start, verb));
        out.insert(
            at,
            ScoredPhrase {
                span,
                anchor: (verb, verb),
                entry: id as u32,
                modifier: 1.0,
                score: 0.0,
                rule: Rule::Lexicon,
                sentence,
                clause: 0,
            },
        );
    }
}

/// The rule hit of `found` (sorted and disjoint) that overlaps `h`, by binary search.
fn overlapping<'a>(found: &'a [(Hit, f64)], h: &Hit) -> Option<&'a (Hit, f64)> {
    let k = found.partition_point(|s| s.0.last < h.first);
    found.get(k).filter(|s| s.0.first <= h.last)
}

fn hit_span(doc: &Doc, h: &Hit) -> Span {
    Span::new(doc.tokens[h.first].span.start, doc.tokens[h.last].span.end)
}

/// True when `h` is a high or a low ("record high", "5-month low", "lows") that the text
/// moves away from: "rebounds from near 5-month low", "Rupee off highs", "drops 100 points
/// from record high". Then it is where the move started, and the move goes the other way.
fn leaves_a_level(doc: &Doc, lexicon: &Lexicon, h: &Hit) -> bool {
    const LEVELS: WordList = WordList::new(&["high", "highs", "low", "lows"]);
    let phrase = &lexicon.entry(h).phrase;
    // Every sentiment hit comes here: its phrase's last byte turns most away before the
    // search for its last word.
    if !matches!(
        phrase.as_bytes().last(),
        Some(b'h' | b'w' | b's' | b'H' | b'W' | b'S')
    ) {
        return false;
    }
    let last = phrase.rsplit(' ').next().unwrap_or("");
    if !is_in(last, LEVELS) {
        return false;
    }
    // Back over at most four words that qualify the level ("near a 5-month", "its record"),
    // not past a verb that reaches it ("slips to 5-month low", "hits record high").
    for t in (h.first.saturating_sub(5)..h.first).rev() {
        let word = doc.tok(t);
        if is_in(word, &["from", "off"]) {
            return true;
        }
        let punct = doc.tokens[t].kind == TokenKind::Punct && !matches!(word, "-" | "/");
        if punct || is_in(word, &["to", "at", "hits", "hit", "touches", "touched"]) {
            return false;
        }
    }
    false
}

/// Whether a metric is followed by "at" or "of" and a figure ("profit at Rs 95.47 crore",
/// "revenue of $5 billion").
fn stated_level(doc: &Doc, h: &Hit) -> bool {
    let t = h.last + 1;
    const AT_OF: WordList = WordList::new(&["at", "of"]);
    if t >= doc.tokens.len() || !is_in(doc.tok(t), AT_OF) {
        return false;
    }
    // Past a currency sign or code ("$", "Rs", "Rs.", "USD") to the number.
    for u in t + 1..(t + 4).min(doc.tokens.len()) {
        match doc.tokens[u].kind {
            TokenKind::Number => return true,
            TokenKind::Symbol => {}
            TokenKind::Punct if doc.tok(u) == "." => {}
            TokenKind::Word if is_in(doc.tok(u), &["rs", "inr", "usd", "us", "eur", "rmb"]) => {}
            _ => return false,
        }
    }
    false
}

/// Whether the hit after `i` is a word of sentiment (not a neutral mask) right after it.
fn sentiment_after(lexicon: &Lexicon, hits: &[Hit], i: usize) -> bool {
    hits.get(i + 1).is_some_and(|n| {
        n.first == hits[i].last + 1 && {
            let e = lexicon.entry(n);
            matches!(e.kind, Kind::Sentiment) && e.weight != 0.0
        }
    })
}

/// The contributing phrases of one sentence's hits, before modifiers, into `out` (cleared
/// first). `out` and `paired` are buffers kept from sentence to sentence (see
/// `rules::Buffers`).
pub fn phrases(
    doc: &Doc,
    hits: &[Hit],
    lexicon: &Lexicon,
    sentence: usize,
    out: &mut Vec<ScoredPhrase>,
    paired: &mut Vec<bool>,
) {
    out.clear();
    let triggers = Triggers::of(doc, sentence);
    // Both lists are in text order and each is disjoint; a signed percentage inside a
    // comparison ("+2% vs +1%") is part of it.
    let compared = if triggers.vs {
        comparisons(doc, lexicon, sentence)
    } else {
        Vec::new()
    };
    let signed_percents = if triggers.sign {
        signed_percents(doc, lexicon, sentence)
    } else {
        Vec::new()
    };
    let mut signed: Vec<(Hit, f64)> = signed_percents
        .into_iter()
        .filter(|s| overlapping(&compared, &s.0).is_none())
        .chain(compared.iter().copied())
        .collect();
    sort::by_key(&mut signed, |s| sort::key1(s.0.first));
    let merged: Vec<Hit>;
    let hits = if signed.is_empty() {
        hits
    } else {
        // A matcher hit inside a rule's span ("cents" in "51 cents vs. 41 cents") is part
        // of it: the merge keeps the hits disjoint.
        merged = {
            let mut all: Vec<Hit> = hits
                .iter()
                .copied()
                .filter(|h| overlapping(&signed, h).is_none())
                .chain(signed.iter().map(|s| s.0))
                .collect();
            sort::by_key(&mut all, |h| sort::key1(h.first));
            all
        };
        &merged
    };
    let sign_of = |h: &Hit| {
        overlapping(&signed, h)
            .filter(|s| s.0 == *h)
            .map_or(1.0, |s| s.1)
    };
    paired.clear();
    paired.resize(hits.len(), false);
    let phrase = |h: &Hit, span: Span, modifier: f64, rule: Rule| ScoredPhrase {
        span,
        anchor: (h.first, h.last),
        entry: h.entry,
        modifier,
        score: 0.0,
        rule,
        sentence,
        clause: 0,
    };
    for (i, h) in hits.iter().enumerate() {
        let Kind::Movement { forward, direction } = lexicon.entry(h).kind else {
            continue;
        };
        // A metric moves once: one that an earlier movement took ("rising bond yields, rose")
        // is not taken again, so no two shown phrases overlap.
        let free = |m: Option<(usize, usize)>| m.filter(|&(j, _)| !paired[j]);
        // A comparison of figures is no noun, whatever comes before it: in "EPS of $0.28 vs
        // $0.43" the EPS is what the figures compare.
        let figures_compared = lexicon.entry(h).phrase == COMPARISON;
        let back = if nominal(doc, h.first) && !figures_compared {
            None
        } else {
            free(nearest_metric(doc, hits, lexicon, i, true))
        };
        let ahead = free(nearest_metric(doc, hits, lexicon, i, false));
        let chosen = match (back, ahead) {
            (Some(b), Some(a)) => {
                // The nearer wins; comparatives win near-ties forward, verbs win ties back.
                if forward {
                    if a.1 <= b.1 + 1 {
                        Some(a)
                    } else {
                        Some(b)
                    }
                } else if b.1 <= a.1 {
                    Some(b)
                } else {
                    Some(a)
                }
            }
            (b, a) => b.or(a),
        };
        match chosen {
            Some((j, _)) => {
                paired[j] = true;
                let Kind::Metric { polarity } = lexicon.entry(&hits[j]).kind else {
                    unreachable!("nearest_metric returns metrics only")
                };
                let span = hit_span(doc, h).cover(hit_span(doc, &hits[j]));
                out.push(phrase(
                    h,
                    span,
                    polarity as f64 * sign_of(h),
                    Rule::MetricDirection,
                ));
            }
            // A comparison of figures says nothing without a metric to move.
            None if figures_compared => {}
            // A comparative right before a word of sentiment says how much more or less of
            // it there is: "more lawsuits" and "growing fears" are worse news than the
            // noun, "fewer layoffs" good news. One phrase, the sentiment word's weight
            // times the direction.
            None if forward && sentiment_after(lexicon, hits, i) => {
                let n = &hits[i + 1];
                paired[i + 1] = true;
                out.push(phrase(
                    n,
                    hit_span(doc, h).cover(hit_span(doc, n)),
                    direction as f64 * sign_of(h),
                    Rule::MetricDirection,
                ));
            }
            None => out.push(phrase(h, hit_span(doc, h), sign_of(h), Rule::Lexicon)),
        }
    }
    for (i, h) in hits.iter().enumerate() {
        match lexicon.entry(h).kind {
            Kind::Sentiment if paired[i] => {}
            Kind::Sentiment if leaves_a_level(doc, lexicon, h) => {
                out.push(phrase(h, hit_span(doc, h), -1.0, Rule::MetricDirection))
            }
            Kind::Sentiment => out.push(phrase(h, hit_span(doc, h), 1.0, Rule::Lexicon)),
            // A good-when-up metric stated at its figure, with nothing to say which way it
            // went, is a plain fact: "Q4 net profit at Rs 942 crore", "operating profit
            // of $672 million". A loss so stated stays bad news.
            Kind::Metric { polarity } if !paired[i] && polarity > 0.0 && stated_level(doc, h) => {}
            Kind::Metric { .. } if !paired[i] => {
                out.push(phrase(h, hit_span(doc, h), 1.0, Rule::Lexicon))
            }
            _ => {}
        }
    }
    sort::by_key(out, |p| sort::key2(p.span.start, p.anchor.0));
    trades(doc, lexicon, sentence, out);
    if triggers.index {
        index_moves(doc, lexicon, sentence, out);
    }
}

/// Which of the rare rules a sentence may need, from one pass over its tokens: each of
/// [`comparisons`], [`signed_percents`] and [`index_moves`] scans every token for its own
/// trigger, and together the three scans were a seventh of a sentiment-only analysis
/// (callgrind). A flag is set when its rule's first test could pass; the rule still makes
/// every check of its own, so skipping it when the flag is clear changes nothing.
#[derive(Debug, Default, Clone, Copy)]
struct Triggers {
    /// A "vs", "vs." or "versus" ([`comparisons`]).
    vs: bool,
    /// A "+", "-" or "−" ([`signed_percents`]).
    sign: bool,
    /// A word of [`INDEX_WORDS`] ([`index_moves`]).
    index: bool,
}

impl Triggers {
    fn of(doc: &Doc, sentence: usize) -> Triggers {
        let mut found = Triggers::default();
        let bytes = doc.text.as_bytes();
        for t in doc.sentences[sentence].tokens.clone() {
            let tok = doc.tokens[t];
            let first = bytes[tok.span.start];
            match tok.kind {
                TokenKind::Word => {
                    found.vs |= matches!(first, b'v' | b'V') && is_vs(doc.tok(t));
                    found.index |= INDEX_WORDS.may_hold_token(first, tok.span.len())
                        && is_in(doc.tok(t), INDEX_WORDS);
                }
                TokenKind::Punct | TokenKind::Symbol => {
                    found.sign |= is_sign(doc.tok(t)).is_some();
                }
                TokenKind::Number | TokenKind::Url => {}
            }
        }
        found
    }
}

/// "vs", "vs." or "versus", in any case.
fn is_vs(word: &str) -> bool {
    is_in(word, &["vs", "vs.", "versus"])
}

/// The sign a "+", "-" or "−" (U+2212) gives a percentage.
fn is_sign(token: &str) -> Option<f64> {
    match token {
        "+" => Some(1.0),
        "-" | "\u{2212}" => Some(-1.0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::sentiment::rules::testing::*;

    #[test]
    fn good_metrics_up_are_good() {
        assert_sign("Revenue rose", 1);
        assert_sign("Operating margin contracted", -1);
        assert_sign("Sales declined", -1);
        assert_sign("The company raised its full-year guidance", 1);
        assert_sign("Acme cut its guidance", -1);
    }

    #[test]
    fn bad_metrics_up_are_bad() {
        assert_sign("Losses narrowed", 1);
        assert_sign("Costs increased", -1);
        assert_sign("Debt fell", 1);
        assert_sign("Unemployment fell", 1);
        assert_sign("Delinquencies climbed", -1);
        assert_sign("Churn decreased", 1);
    }

    #[test]
    fn comparatives_look_forward() {
        assert_sign("Higher costs weighed on the quarter", -1);
        assert_sign("Lower losses", 1);
        assert_sign("The bank reported higher revenue and lower costs", 1);
        let a = analyse("Acme Q2 net down 7%, revenues up 24%");
        let texts: Vec<(&str, bool)> = a
            .phrases
            .iter()
            .map(|p| {
                (
                    &"Acme Q2 net down 7%, revenues up 24%"[p.span.range()],
                    p.score > 0.0,
                )
            })
            .collect();
        assert_eq!(texts, vec![("net down", false), ("revenues up", true)]);
    }

    #[test]
    fn a_movement_after_a_new_subject_does_not_reach_back_across_the_comma() {
        assert_sign("Revenue of $5bn, up 10%", 1);
        let text = "Retail stocks extend losses, health care sector gains";
        let a = analyse(text);
        assert!(a
            .phrases
            .iter()
            .all(|p| !text[p.span.range()].contains("losses, health")));
    }

    #[test]
    fn vs_at_the_end_of_the_text_is_no_comparison() {
        // Used to index past the last token.
        assert_sign("Net income was -$45m vs. -12.5%, a change of 3.2ppd vs", -1);
        rules("254K vs");
        rules("vs");
    }

    #[test]
    fn a_metric_is_moved_by_its_nearest_movement_within_the_clause() {
        // "climb" does not reach past "rally" back to "Stocks": one pair, no overlap.
        let r = rules("Stocks rally as oil prices climb");
        let pairs: Vec<_> = r
            .iter()
            .filter(|(_, rule)| *rule == "metric-direction")
            .collect();
        assert_eq!(pairs.len(), 1, "{r:?}");
        assert_eq!(pairs[0].0, "Stocks rally", "{r:?}");
        // Nor does a movement look forward into the next clause.
        let r = rules("Euro, yen rally as risk aversion intensifies");
        assert!(
            r.iter().all(|(_, rule)| *rule != "metric-direction"),
            "{r:?}"
        );
    }

    #[test]
    fn the_pair_is_one_phrase() {
        assert_eq!(
            rules("Losses narrowed"),
            vec![("Losses narrowed".to_string(), "metric-direction")]
        );
        assert_eq!(
            rules("higher costs"),
            vec![("higher costs".to_string(), "metric-direction")]
        );
    }

    #[test]
    fn signed_percentages_are_movements() {
        assert_sign("EBay +6% after selling StubHub", 1);
        assert_sign("MAXIMUS -2.9% post Q4 results", -1);
        assert_sign("$BXC (-3.5% pre) Form S-3 BlueLinx Holdings", -1);
        assert_sign("Costs +12% on the year", -1);
        // A range or a hyphen is not a sign.
        assert_sign("Acme sees 5-7% of sales from Asia", 0);
        assert_eq!(
            rules("Revenue +12%"),
            vec![("Revenue +12%".to_string(), "metric-direction")]
        );
    }

    #[test]
    fn a_figure_against_another_is_a_movement() {
        assert_sign("Macy's Q3 sales $5.173 bln vs. $5.404 bln", -1);
        assert_sign("Yum Brands Q4 adj. EPS $1.00 vs. 40 cents a year ago", 1);
        assert_sign("November Unemployment Rate 3.5% vs 3.6%", 1);
        assert_sign(
            "November Nonfarm Private Payrolls 254K vs 175K consensus",
            1,
        );
        assert_sign(
            "November Nonfarm Private Payrolls 125K vs 153K consensus",
            -1,
        );
        // No metric: nothing to move.
        assert_sign("Home Depot $150 vs. Lowe's $200", 0);
        assert_eq!(
            rules("Estee Lauder Q2 sales $4.62 bln vs. $4.01 bln"),
            vec![(
                "sales $4.62 bln vs. $4.01 bln".to_string(),
                "metric-direction"
            )]
        );
    }

    #[test]
    fn a_comparative_scales_the_sentiment_word_after_it() {
        assert_sign("More lawsuits were filed against the carmaker.", -1);
        assert_sign("Growing fears hit the shares.", -1);
        assert_sign("Fewer layoffs were announced this year.", 1);
        assert!(
            rules("More lawsuits were filed.")
                .iter()
                .any(|(t, r)| t == "More lawsuits" && *r == "metric-direction"),
            "{:?}",
            rules("More lawsuits were filed.")
        );
    }

    #[test]
    fn a_profit_stated_at_its_figure_is_a_plain_fact() {
        assert_sign("Acme Q4 net profit at Rs 95.47 crore", 0);
        assert_sign(
            "Acme reports operating profit of $672 million for the year",
            0,
        );
        assert_sign("Acme posts Q4 net loss at Rs 178 crore", -1);
        assert_sign("Acme Q4 net profit rises 20% to Rs 95 crore", 1);
    }

    #[test]
    fn figures_compared_after_of_move_the_metric_before() {
        assert_sign("Acme reports Q3 EPS of $0.28 vs $0.43 consensus", -1);
        assert_sign(
            "Acme reports Q3 revenue of $5.4 bln vs. $5.1 bln expected",
            1,
        );
    }

    #[test]
    fn a_movement_does_not_look_forward_past_with() {
        assert!(
            !rules("Financials gain with bond yields")
                .iter()
                .any(|(t, _)| t.contains("bond yields")),
            "{:?}",
            rules("Financials gain with bond yields")
        );
        assert_sign("Financials gain with bond yields", 1);
    }

    #[test]
    fn movements_alone_follow_their_direction() {
        assert_sign("Acme shares jumped", 1);
        assert_sign("Acme tumbled", -1);
    }

    #[test]
    fn a_bad_news_metric_after_on_is_the_cause_not_what_moved() {
        assert_sign("Acme Infra rallies on debt restructuring plans", 1);
        assert_sign("Acme Motors soars 10% on tax dispute settlement", 1);
        // Looking back, or without "on", the metric still moves.
        assert_sign("Acme Infra debt rises on new borrowing", -1);
        assert_sign("Acme Infra cut its debt sharply", 1);
    }

    #[test]
    fn a_market_s_losses_pared_or_extended() {
        // The verb moves the losses after it, not the market before it.
        assert_sign("The rupee trims losses against the dollar", 1);
        assert_sign("Bonds pare losses in late trade", 1);
        assert_sign("Copper futures extend losses", -1);
        assert_sign("Acme Corp erases gains in late trade", -1);
        // The market itself moving is still its own move.
        assert_sign("The rupee weakens against the dollar", -1);
    }

    #[test]
    fn a_high_or_a_low_moved_away_from_is_where_the_move_started() {
        assert_sign("The rupee rebounds from near a 5-month low", 1);
        assert_sign("Acme shares off record highs", -1);
        assert_sign("Acme shares drop 3% from record high", -1);
        // A level reached is the news.
        assert_sign("Acme shares slip to a 5-month low", -1);
        assert_sign("Acme shares hit record high", 1);
        // A court is not a level.
        assert_sign("Acme seeks more time from the Bombay High Court", 0);
    }

    #[test]
    fn a_movement_used_as_a_noun_does_not_look_back() {
        // "a dramatic fall" is no fall of the risk.
        assert_sign("There is a risk of a dramatic fall", -1);
        assert_sign("Stocks under pressure on fall in rural spending", -1);
        // A verb still takes the metric before it.
        assert_sign("Operating costs fell", 1);
    }

    #[test]
    fn a_movement_does_not_look_back_past_a_clause_opener() {
        // The tension boosts oil, not the losses.
        let found = rules("Asian currencies post losses as tension boosts oil");
        assert!(
            found.contains(&("losses".to_string(), "lexicon")),
            "{found:?}"
        );
        // Within a clause it still does.
        let found = rules("Operating losses at the division narrowed");
        assert_eq!(
            found,
            [(
                "losses at the division narrowed".to_string(),
                "metric-direction"
            )]
        );
    }

    #[test]
    fn a_holding_bought_or_sold_is_one_phrase() {
        let text = "Swiss Finance Corp buys 70 lakh Apollo Tyres shares for Rs 50 cr";
        assert_eq!(
            rules(text),
            [("buys 70 lakh Apollo Tyres shares".to_string(), "lexicon")]
        );
        assert_sign(text, 1);
        assert_sign("LIC buys 5.94% stake in BHEL", 1);
        assert_eq!(
            rules("Piramal to acquire 10% stake in Shriram City"),
            [("acquire 10% stake".to_string(), "lexicon")]
        );
        assert_sign(
            "DB International Asia sells 1% stake in Yes Bank for Rs 100 cr",
            -1,
        );
        assert_sign(
            "Northern Trust sells Satyam Computer shares worth Rs 84 crore",
            -1,
        );
        // Not a buyback, nor a holding past a clause break.
        let found = rules("JSPL buys back shares worth Rs 500 crore");
        assert!(found.iter().all(|p| p.0 != "buys back shares"), "{found:?}");
        let found = rules("Fund sells bonds; shares fall");
        assert!(found.iter().all(|p| !p.0.starts_with("sells")), "{found:?}");
    }

    #[test]
    fn a_stock_joining_or_leaving_an_index() {
        let entries = |text: &str| {
            let lexicon = crate::sentiment::Lexicon::builtin();
            analyse(text)
                .phrases
                .iter()
                .map(|p| lexicon.entries()[p.entry as usize].phrase.to_string())
                .collect::<Vec<_>>()
        };
        let text = "Vedanta, Hindalco to exit Sensex on December 21";
        assert_eq!(entries(text)[0], super::LEAVES_INDEX);
        assert_sign(text, -1);
        let found = entries("MSCI adds Aurobindo Pharma to India index");
        assert!(found.iter().any(|e| e == super::JOINS_INDEX), "{found:?}");
        // Hedged ("may"), a likely entry is good news, if weak: the fitted weight of an
        // index entry is near its floor (0.18), times the hedge.
        let text = "Bharat Forge may make it to MSCI India";
        let found = entries(text);
        assert!(found.iter().any(|e| e == super::JOINS_INDEX), "{found:?}");
        assert!(score(text) > 0.05, "{}", score(text));
        // A price move on an exchange is no exit.
        let found = entries("Ceat drops by over 6 pc on BSE");
        assert!(found.iter().all(|e| e != super::LEAVES_INDEX), "{found:?}");
    }
}
