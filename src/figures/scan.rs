//! The amount scanner: one left-to-right pass over the tokens that reads money, percent,
//! percentage points, basis points, multiples and counts, and folds ranges ("$12.5 billion
//! to $13.5 billion", "3-6%") into one figure with `low` and `high`.
//!
//! A bare number is never a figure: it needs a currency, a rate word or a unit noun. That
//! is what keeps years, times, phone numbers, ordinals ("15th"), section numbers and ticker
//! digits out.

use super::money::{self, cents_after, per_share, Currency};
use super::numbers::{amount_at, Amount, Toks};
use super::Figure;
use crate::span::Span;
use crate::text::TokenKind;

/// A figure with the token range it covers, for the linkage stage.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub fig: Figure,
    pub first: usize,
    pub last: usize,
    /// What the written number was multiplied by (scale word, "MUSD", cents).
    pub mult: f64,
}

const PERCENT_WORDS: [&str; 4] = ["percent", "percents", "pct", "percentage"];
const MULTIPLE_OBJECTS: [&str; 10] = [
    "earnings", "sales", "revenue", "ebitda", "book", "forward", "trailing", "cash", "its", "free",
];
/// Nouns that make a number a count, with the unit reported.
const COUNT_UNITS: [&str; 52] = [
    "vehicles",
    "cars",
    "trucks",
    "units",
    "employees",
    "workers",
    "jobs",
    "staff",
    "people",
    "customers",
    "clients",
    "subscribers",
    "users",
    "members",
    "accounts",
    "stores",
    "shops",
    "branches",
    "restaurants",
    "locations",
    "outlets",
    "plants",
    "factories",
    "shares",
    "barrels",
    "bpd",
    "tonnes",
    "tons",
    "ounces",
    "oz",
    "gwh",
    "mwh",
    "kwh",
    "twh",
    "gw",
    "mw",
    "homes",
    "deliveries",
    "orders",
    "aircraft",
    "planes",
    "jets",
    "ships",
    "vessels",
    "smartphones",
    "phones",
    "devices",
    "chips",
    "patients",
    "passengers",
    "visitors",
    "contracts",
];

/// Words that say a number moved: "rose 10% to", "from 5 to 6" is then no range.
pub(crate) fn is_movement(w: &str) -> bool {
    direction_of(w).is_some()
}

/// "up" or "down" for a movement word.
pub(crate) fn direction_of(w: &str) -> Option<&'static str> {
    Some(match w {
        "rose" | "rise" | "rises" | "risen" | "rising" | "increased" | "increase" | "increases"
        | "increasing" | "grew" | "grow" | "grows" | "growing" | "growth" | "gained" | "gain"
        | "gains" | "climbed" | "climb" | "climbs" | "jumped" | "jump" | "jumps" | "surged"
        | "surge" | "surges" | "soared" | "soar" | "up" | "higher" | "advanced" | "improved"
        | "expanded" | "added" | "rebounded" | "boosted" | "raised" | "spiked" => "up",
        "fell" | "fall" | "falls" | "falling" | "fallen" | "declined" | "decline" | "declines"
        | "declining" | "dropped" | "drop" | "drops" | "decreased" | "decrease" | "decreases"
        | "slumped" | "slump" | "slid" | "slide" | "sank" | "sink" | "tumbled" | "tumble"
        | "plunged" | "plunge" | "plummeted" | "down" | "lower" | "shrank" | "shrunk"
        | "contracted" | "lost" | "eased" | "dipped" | "dip" | "slipped" | "slip" | "cut"
        | "reduced" | "retreated" | "contraction" => "down",
        _ => return None,
    })
}

fn span_of(t: &Toks, first: usize, last: usize) -> Span {
    Span::new(t.tokens()[first].span.start, t.tokens()[last].span.end)
}

fn found(t: &Toks, first: usize, last: usize, kind: &'static str, value: f64) -> Found {
    let bytes = span_of(t, first, last);
    Found {
        fig: Figure::new(bytes, kind, value),
        first,
        last,
        mult: 1.0,
    }
}

/// Every amount figure, in text order, appended to `out`. Tokens flagged in `blocked`
/// (periods) are skipped.
// Out of line: see `extract_with`.
#[inline(never)]
pub(crate) fn scan(t: &Toks, blocked: &[bool], out: &mut Vec<Found>) {
    let n = t.len();
    let mut i = 0;
    while i < n {
        if blocked.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        if !may_start(t, i) {
            debug_assert!(
                prefixed_money(t, i).is_none()
                    && percent_of(t, i).is_none()
                    && amount_at(t, i, false).is_none(),
                "may_start turned away token {i}, {:?}, where a figure starts",
                t.s(i)
            );
            i += 1;
            continue;
        }
        if let Some(f) = prefixed_money(t, i) {
            i = f.last + 1;
            out.push(f);
            continue;
        }
        if let Some(f) = percent_of(t, i) {
            i = f.last + 1;
            out.push(f);
            continue;
        }
        match amount_at(t, i, false) {
            Some(a) => {
                let (f, next) = after_amount(t, i, a);
                if let Some(f) = f.map(|f| unit_range(t, f)) {
                    i = f.last + 1;
                    out.push(f);
                } else {
                    i = next;
                }
            }
            None => i += 1,
        }
    }
}

/// False when no figure can start at token `i`: when `prefixed_money`, `percent_of` and
/// `amount_at` would each return `None` there. Most tokens are words that none of them
/// takes; this turns them away with a length test and one match, where the three tried
/// each token in turn (together a tenth of the full analysis, callgrind).
fn may_start(t: &Toks, i: usize) -> bool {
    match t.kind(i) {
        Some(TokenKind::Number) => true,
        // Only a currency sign starts a figure (`prefixed_money`).
        Some(TokenKind::Symbol | TokenKind::Punct) => money::sign(t.s(i)).is_some(),
        Some(TokenKind::Word) => {
            let w = t.lower(i);
            let b = w.as_bytes();
            let money_or_percent = match b.len() {
                // A currency code (`money::code`), or "per cent of" (`percent_of`).
                2 | 3 => w == "per" || money::code(w).is_some(),
                // "mUSD" (`money::million_code`), or a code glued to digits: "USD1".
                4 => b[0] == b'm' || b[3].is_ascii_digit(),
                // A code glued to digits: "USD115"; or "percent of" (`percent_of`).
                _ => b.len() > 4 && b[3].is_ascii_digit() || w == "percent" || w == "percents",
            };
            // Or a spelled-out number (`amount_at`).
            money_or_percent || super::numbers::may_start_spelled(w)
        }
        _ => false,
    }
}

/// "2x to 3x", "10% to 12%": a second figure of the same kind after a range separator
/// folds into the first.
fn unit_range(t: &Toks, mut f: Found) -> Found {
    if f.fig.low.is_some() || f.fig.kind == "money" {
        return f;
    }
    let Some((b, _)) = range_tail(t, f.first, f.last, |k| amount_at(t, k, false)) else {
        return f;
    };
    let Some(g) = unit_figure(t, f.last + 2, b) else {
        return f;
    };
    if g.fig.kind != f.fig.kind || g.fig.low.is_some() {
        return f;
    }
    let (low, high) = (f.fig.value, g.fig.value);
    let bytes = span_of(t, f.first, g.last);
    f.fig.bytes = bytes;
    f.fig.low = Some(low);
    f.fig.high = Some(high);
    f.fig.value = (low + high) / 2.0;
    f.last = g.last;
    f
}

/// An amount led by a currency: "$37.6 billion", "C$ 1.34", "USD 5 million", "Rs 500
/// crore", "USD115", "MAUD 60", with an optional range, cents and "per share".
fn prefixed_money(t: &Toks, i: usize) -> Option<Found> {
    let kind = t.kind(i)?;
    let mut first = i;
    let mut iso;
    let mut factor = 1.0;
    let amount_from;
    match kind {
        TokenKind::Symbol | TokenKind::Punct => {
            iso = money::sign(t.s(i))?;
            if t.s(i) == "$" && i > 0 && t.kind(i - 1) == Some(TokenKind::Word) {
                let w = t.lower(i - 1);
                if let Some(p) = money::dollar_prefix(w, t.glued(i - 1)) {
                    iso = Some(p);
                    first = i - 1;
                }
            }
            amount_from = i + 1;
        }
        TokenKind::Word => {
            let w = t.lower(i);
            if let Some(c) = money::code(w) {
                // "usd$ 15": the code before a sign.
                if t.s(i + 1) == "$" && t.glued(i) {
                    return None;
                }
                iso = Some(c);
                amount_from = if w == "rs" && t.s(i + 1) == "." && t.glued(i) {
                    i + 2
                } else {
                    i + 1
                };
                if t.kind(amount_from) != Some(TokenKind::Number) {
                    return None;
                }
            } else if let Some(c) = money::million_code(w) {
                iso = Some(c);
                factor = 1e6;
                amount_from = i + 1;
            } else if w.len() > 3 && w.is_ascii() {
                // "USD115", "USD115.5": a code glued to digits in one word.
                let (code, digits) = w.split_at(3);
                // Digits first: the cheaper test, and it rejects almost every word.
                if !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let c = money::code(code)?;
                let mut v = super::numbers::numeral(digits)?;
                let mut last = i;
                if t.s(i + 1) == "."
                    && t.glued(i)
                    && t.glued(i + 1)
                    && t.kind(i + 2) == Some(TokenKind::Number)
                {
                    let frac = format!("{digits}.{}", t.s(i + 2));
                    v = super::numbers::numeral(&frac)?;
                    last = i + 2;
                }
                let mut f = found(t, i, last, "money", v);
                f.fig.currency = Some(c);
                return Some(f);
            } else {
                return None;
            }
        }
        _ => return None,
    }
    let a = amount_at(t, amount_from, true)?;
    if t.kind(amount_from) == Some(TokenKind::Word) && t.kind(i) == Some(TokenKind::Word) {
        return None;
    }
    let mut value = a.value * factor;
    let mut last = a.last;
    let mut low_high = None;
    // A range: "$5-6 billion", "$12.5 billion to $13.5 billion".
    if let Some((b, b_last)) = range_tail(t, first, last, |k| {
        let k = if t.s(k) == t.s(i) && t.kind(i) != Some(TokenKind::Word) {
            k + 1
        } else {
            k
        };
        amount_at(t, k, true)
    }) {
        let low = if a.scaled { a.value } else { a.value * b.scale };
        low_high = Some((low * factor, b.value * factor));
        last = b_last;
    } else if !a.scaled && a.integer {
        if let Some((c, l)) = cents_after(t, last + 1, true) {
            value += c;
            last = l;
        }
    }
    // "$ 10 dollars": the name repeats the sign.
    if t.is_any(last + 1, &["dollar", "dollars"]) && iso == Some("USD") {
        last += 1;
    }
    // "75 USD million"-style order is handled by the suffix path; here "$5 million USD".
    let mut f = found(t, first, last, "money", value);
    f.fig.currency = iso;
    f.mult = a.scale * factor;
    if let Some((lo, hi)) = low_high {
        f.fig.low = Some(lo);
        f.fig.high = Some(hi);
        f.fig.value = (lo + hi) / 2.0;
    }
    if let Some(l) = per_share(t, f.last + 1) {
        f.fig.per = Some("share");
        // The span stays on the amount; "per share" is a property.
        let _ = l;
    }
    Some(f)
}

/// A range separator and a second amount after `last`: "-", "–", "to", or "and" after
/// "between". No range after "from" or a movement word ("rose from 5% to 6%"), which is a
/// change, not a range.
fn range_tail(
    t: &Toks,
    first: usize,
    last: usize,
    second: impl Fn(usize) -> Option<Amount>,
) -> Option<(Amount, usize)> {
    let sep = last + 1;
    let ok = if t.is_dash(sep) {
        true
    } else if t.is(sep, "to") {
        let lo = first.saturating_sub(3);
        !(lo..first).any(|k| t.is(k, "from") || is_movement(t.lower(k)))
    } else if t.is(sep, "and") {
        first > 0 && t.is(first - 1, "between")
    } else {
        false
    };
    if !ok {
        return None;
    }
    let b = second(sep + 1)?;
    Some((b, b.last))
}

/// "percent of 10", "per cent of twenty-two": the rate word first.
fn percent_of(t: &Toks, i: usize) -> Option<Found> {
    let w = t.lower(i);
    let of = match w {
        "percent" | "percents" => i + 1,
        "per" if t.is(i + 1, "cent") => i + 2,
        _ => return None,
    };
    if !t.is(of, "of") || (i > 0 && t.kind(i - 1) == Some(TokenKind::Number)) {
        return None;
    }
    let a = amount_at(t, of + 1, false)?;
    if a.scaled {
        return None;
    }
    Some(found(t, i, a.last, "percent", a.value))
}

/// What follows an amount makes it a figure, or not. Returns the figure or the token to
/// resume at.
fn after_amount(t: &Toks, i: usize, a: Amount) -> (Option<Found>, usize) {
    let resume = a.last + 1;
    // A short scale ("40m") counts only before a currency name.
    if let Some(s) = with_short_scale(t, i, a) {
        if s.last != a.last {
            if let Some(c) = currency_after(t, s.last + 1) {
                return (Some(suffixed_money(t, i, s, c)), resume);
            }
        }
    }
    if let Some(f) = unit_figure(t, i, a) {
        return (Some(f), resume);
    }
    // A bare number opening a range: "3-6%", "10 to 12 percent", "between 5 and 6 billion
    // dollars".
    if let Some((b, _)) = range_tail(t, i, a.last, |k| amount_at(t, k, false)) {
        if let Some(mut f) = unit_figure(t, a.last + 2, b).or_else(|| {
            let s = amount_at(t, a.last + 2, true)?;
            let c = currency_after(t, s.last + 1)?;
            Some(suffixed_money(t, a.last + 2, s, c))
        }) {
            if f.fig.low.is_none() && f.fig.kind != "period" {
                let low = if a.scaled { a.value } else { a.value * f.mult };
                let high = f.fig.value;
                let bytes = span_of(t, i, f.last);
                f.fig.bytes = bytes;
                f.fig.low = Some(low);
                f.fig.high = Some(high);
                f.fig.value = (low + high) / 2.0;
                f.first = i;
                return (Some(f), resume);
            }
        }
    }
    (None, resume)
}

/// `amount_at(t, i, true)` from `a = amount_at(t, i, false)`, without reading the numeral
/// again: the two differ only when a one-letter scale ("m", "k", "b") is glued to a numeral.
fn with_short_scale(t: &Toks, i: usize, a: Amount) -> Option<Amount> {
    if t.kind(i) != Some(TokenKind::Number) {
        return Some(a);
    }
    super::numbers::with_scale(t, i, a, true)
}

/// A currency name after an amount, allowing a glued hyphen ("12-cent", "one-yen").
fn currency_after(t: &Toks, j: usize) -> Option<Currency> {
    if t.is_dash(j) && t.glued(j - 1) && t.glued(j) {
        let c = money::suffix(t, j + 1)?;
        // "12-cent-a-share": fine; "3-6 dollars" is a range, not a hyphenated name.
        return Some(c);
    }
    money::suffix(t, j)
}

fn suffixed_money(t: &Toks, i: usize, a: Amount, c: Currency) -> Found {
    let mut value = a.value * c.factor;
    let mut last = c.last;
    let mut mult = a.scale * c.factor;
    // "75 USD million".
    if !a.scaled {
        if let Some(k) = super::numbers::scale_word(t.lower(last + 1), false) {
            if k >= 1e3 {
                value *= k;
                mult *= k;
                last += 1;
            }
        }
    }
    if c.major && !a.scaled && a.integer && c.factor == 1.0 {
        if let Some((cents, l)) = cents_after(t, last + 1, false) {
            value += cents;
            last = l;
        }
    }
    let mut f = found(t, i, last, "money", value);
    f.fig.currency = c.iso;
    f.mult = mult;
    if per_share(t, last + 1).is_some() {
        f.fig.per = Some("share");
    }
    f
}

/// Percent, percentage points, basis points, multiples, counts, and money named after the
/// amount.
fn unit_figure(t: &Toks, i: usize, a: Amount) -> Option<Found> {
    let j = a.last + 1;
    if let Some(c) = currency_after(t, j) {
        return Some(suffixed_money(t, i, a, c));
    }
    let w = t.lower(j);
    let (first, sign) = signed_start(t, i);
    let rate = |kind: &'static str, last: usize| {
        let mut f = found(t, first, last, kind, sign * a.value);
        f.mult = a.scale;
        Some(f)
    };
    if t.s(j) == "%" {
        return rate("percent", j);
    }
    if w == "percentage" && t.is_any(j + 1, &["point", "points"]) {
        return rate("percentagePoints", j + 1);
    }
    if PERCENT_WORDS.contains(&w) {
        return rate("percent", j);
    }
    if w == "per" && t.is(j + 1, "cent") {
        return rate("percent", j + 1);
    }
    if matches!(w, "pp" | "ppt" | "ppts" | "pts") {
        return rate("percentagePoints", j);
    }
    if matches!(w, "bps" | "bp" | "bips") {
        return rate("basisPoints", j);
    }
    if w == "basis" && t.is_any(j + 1, &["point", "points"]) {
        return rate("basisPoints", j + 1);
    }
    if w == "x" && t.glued(a.last) {
        return rate("multiple", j);
    }
    if w == "times" && MULTIPLE_OBJECTS.contains(&t.lower(j + 1)) {
        return rate("multiple", j);
    }
    // Counts need a numeral or a scale: "two people familiar with the matter" is no figure,
    // "two million subscribers" is.
    let numeral_or_scaled = t.kind(i) == Some(TokenKind::Number) || a.scaled;
    if COUNT_UNITS.contains(&w) && numeral_or_scaled && !is_year(t, i, a) {
        let mut f = found(t, i, j, "count", a.value);
        f.fig.unit = Some(t.s(j).to_string());
        f.mult = a.scale;
        return Some(f);
    }
    None
}

/// "minus five percent", "-5%": a sign before a rate, unless the dash joins a range.
fn signed_start(t: &Toks, i: usize) -> (usize, f64) {
    if i == 0 {
        return (i, 1.0);
    }
    if t.is_any(i - 1, &["minus", "negative"]) {
        return (i - 1, -1.0);
    }
    if t.is_dash(i - 1) && t.glued(i - 1) {
        let before_is_number = i >= 2
            && (t.kind(i - 2) == Some(TokenKind::Number) || amount_at(t, i - 2, false).is_some());
        if !before_is_number {
            return (i - 1, -1.0);
        }
    }
    (i, 1.0)
}

/// A four-digit integer between 1900 and 2100 written without a comma: a year.
pub(crate) fn is_year(t: &Toks, i: usize, a: Amount) -> bool {
    let s = t.s(i);
    a.last == i
        && s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && (1900.0..=2100.0).contains(&a.value)
}
