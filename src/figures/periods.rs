//! Periods and dates: "Q1 2026", "FY2025", "fiscal 2024", "Q4 of fiscal 2024", "1H25", "the
//! first half", "the third quarter", "TTM", "YTD", "a year earlier", "over the next 12-24
//! months", "October 2008".
//!
//! A period's `value` is the year it names (2026 for "Q1 2026", 2025 for "1H25"), or 0 when
//! it names none; durations ("12-24 months") carry their length with `low`, `high` and
//! `unit`. A bare year ("in 2024") is not a figure.

use super::numbers::{amount_at, Toks};
use super::scan::Found;
use super::Figure;
use crate::span::Span;
use crate::text::words::{Starts, MONTHS};
use crate::text::TokenKind;

const ORDINALS: [&str; 6] = ["first", "second", "third", "fourth", "final", "last"];
const DURATION_UNITS: [&str; 10] = [
    "month", "months", "year", "years", "quarter", "quarters", "week", "weeks", "day", "days",
];

/// The words a period can start with, for [`STARTS`]: every word `period_at` looks for
/// first (the match arms, the ordinals and months, "q1"-"q4" and "h1"/"h2"), and "fy" with
/// the lengths of "fy25" and "fy2025". A test reads `period_at`'s arms from the source and
/// fails when one matches a word missing here.
const STARTERS: &[&[&str]] = &[
    &[
        "q1", "h1", "fy", "fyxx", "fyxxxx", "fiscal", "ttm", "ytd", "ltm", "mtd", "qtd", "year",
        "trailing", "full", "the", "a", "this", "last", "next", "previous", "prior", "same",
        "over", "within", "in", "during",
    ],
    &ORDINALS,
    MONTHS,
];

/// The (length, first letter) pairs of [`STARTERS`]: most words of a text are told apart by
/// one bit test instead of by the comparisons with some 50 words in `period_at` (a tenth of
/// the figures stage in wasm was that scan).
const STARTS: Starts = Starts::new(STARTERS);

/// A four-digit year token (1900-2100).
fn year(t: &Toks, i: usize) -> Option<f64> {
    let s = t.s(i);
    if t.kind(i) != Some(TokenKind::Number) || s.len() != 4 {
        return None;
    }
    let v = crate::decimal::parse(s.as_bytes())?;
    (1900.0..=2100.0).contains(&v).then_some(v)
}

/// Digits `d` as a year: "25" -> 2025, "2025" -> 2025.
fn digits_year(d: &str) -> Option<f64> {
    if !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v = crate::decimal::parse(d.as_bytes())?;
    match d.len() {
        2 => Some(2000.0 + v),
        4 if (1900.0..=2100.0).contains(&v) => Some(v),
        _ => None,
    }
}

/// An optional year after a period name at `j`: "2026", "of 2024", "of fiscal 2024",
/// "fiscal 2024", "FY25". Returns (year, last token).
fn year_after(t: &Toks, j: usize) -> Option<(f64, usize)> {
    if let Some(y) = year(t, j) {
        return Some((y, j));
    }
    let mut k = j;
    if t.is(k, "of") {
        k += 1;
    }
    if t.is(k, "fiscal") {
        k += 1;
        if t.is(k, "year") {
            k += 1;
        }
    }
    if let Some(y) = year(t, k) {
        return Some((y, k));
    }
    let w = t.lower(k);
    if let Some(d) = w.strip_prefix("fy") {
        return digits_year(d).map(|y| (y, k));
    }
    None
}

struct Period {
    first: usize,
    last: usize,
    value: f64,
    range: Option<(f64, f64, String)>,
}

fn plain(first: usize, last: usize, value: f64) -> Option<Period> {
    Some(Period {
        first,
        last,
        value,
        range: None,
    })
}

fn with_year(t: &Toks, first: usize, last: usize) -> Option<Period> {
    match year_after(t, last + 1) {
        Some((y, l)) => plain(first, l, y),
        None => plain(first, last, 0.0),
    }
}

fn period_at(t: &Toks, i: usize) -> Option<Period> {
    let kind = t.kind(i)?;
    if kind == TokenKind::Number {
        // "1H25", "3Q24", "2Q": a digit glued to H or Q (and a two-digit year).
        let s = t.s(i);
        if s.len() == 1 && matches!(s, "1" | "2" | "3" | "4") && t.glued(i) {
            let w = t.lower(i + 1);
            if let Some(rest) = w.strip_prefix('h').or_else(|| w.strip_prefix('q')) {
                if (w.starts_with('h') && s > "2") || (!rest.is_empty() && rest.len() != 2) {
                    return None;
                }
                if rest.is_empty() {
                    return with_year(t, i, i + 1);
                }
                return plain(i, i + 1, digits_year(rest)?);
            }
        }
        return duration(t, i, i);
    }
    if kind != TokenKind::Word {
        return None;
    }
    let w = t.lower(i);
    if !STARTS.may_hold(w) {
        return None;
    }
    let b = w.as_bytes();
    // "Q1", "H2", "Q1 2026", "Q4 of fiscal 2024".
    if b.len() == 2 && (b[0] == b'q' && (b'1'..=b'4').contains(&b[1]))
        || (b.len() == 2 && b[0] == b'h' && (b[1] == b'1' || b[1] == b'2'))
    {
        return with_year(t, i, i);
    }
    // "FY2025", "FY25", "FY 2025".
    if let Some(d) = w.strip_prefix("fy") {
        if d.is_empty() {
            return with_year(t, i, i);
        }
        return plain(i, i, digits_year(d)?);
    }
    match w {
        "fiscal" => {
            let mut k = i + 1;
            if t.is(k, "year") {
                k += 1;
            }
            if let Some(y) = year(t, k) {
                return plain(i, k, y);
            }
            if k > i + 1 {
                return plain(i, k - 1, 0.0);
            }
            None
        }
        "ttm" | "ytd" | "ltm" | "mtd" | "qtd" => plain(i, i, 0.0),
        "year" if t.is(i + 1, "to") && t.is(i + 2, "date") => plain(i, i + 2, 0.0),
        "trailing" if t.is(i + 2, "months") && t.is_any(i + 1, &["twelve", "12"]) => {
            plain(i, i + 2, 0.0)
        }
        "full" if t.is(i + 1, "year") => with_year(t, i, i + 1),
        "full" if t.is_dash(i + 1) && t.is(i + 2, "year") => with_year(t, i, i + 2),
        "the" | "a" | "this" | "last" | "next" | "previous" | "prior" | "same" => relative(t, i, w),
        "over" | "within" | "in" | "during" => {
            let mut k = i + 1;
            if t.is(k, "the") {
                k += 1;
            }
            if !t.is_any(k, &["next", "past", "last", "coming", "following", "first"]) {
                return None;
            }
            duration(t, k + 1, i)
        }
        _ if ORDINALS.contains(&w) => ordinal(t, i, i),
        _ if MONTHS.contains(&w) => {
            let mut k = i + 1;
            if t.s(k) == "." {
                k += 1;
            }
            let day = t.kind(k) == Some(TokenKind::Number)
                && t.s(k).len() <= 2
                && t.s(k).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
            if day {
                let mut l = k + 1;
                if t.s(l) == "," {
                    l += 1;
                }
                if let Some(y) = year(t, l) {
                    return plain(i, l, y);
                }
                // "May 5" alone is a date only for unambiguous month names.
                return (w != "may" && w != "march").then_some(Period {
                    first: i,
                    last: k,
                    value: 0.0,
                    range: None,
                });
            }
            year(t, k).map(|y| Period {
                first: i,
                last: k,
                value: y,
                range: None,
            })
        }
        _ => None,
    }
}

/// "the first half", "the third quarter of 2024", "fourth - quarter", "first-quarter".
fn ordinal(t: &Toks, first: usize, i: usize) -> Option<Period> {
    let mut k = i + 1;
    if t.is_dash(k) {
        k += 1;
    }
    if t.is(i, "last") && !t.is_any(k, &["half"]) {
        return None;
    }
    if t.is_any(k, &["quarter", "half"]) {
        return with_year(t, first, k);
    }
    None
}

/// "the year-ago quarter", "a year earlier", "last year", "the prior quarter", "this year",
/// "the first half".
fn relative(t: &Toks, i: usize, w: &str) -> Option<Period> {
    let k = i + 1;
    if w == "the" || w == "a" {
        if ORDINALS.contains(&t.lower(k)) {
            return ordinal(t, i, k);
        }
        if t.is(k, "year") {
            if t.is_any(k + 1, &["earlier", "ago", "before"]) {
                return plain(i, k + 1, 0.0);
            }
            if t.is_dash(k + 1) && t.is(k + 2, "ago") {
                let l = if t.is_any(k + 3, &["quarter", "period", "year"]) {
                    k + 3
                } else {
                    k + 2
                };
                return plain(i, l, 0.0);
            }
        }
        if t.is(k, "quarter") && t.is_any(k + 1, &["earlier", "before"]) {
            return plain(i, k + 1, 0.0);
        }
        if w == "the" && t.is_any(k, &["previous", "prior", "same", "full"]) {
            return relative(t, k, t.lower(k)).map(|mut p| {
                p.first = i;
                p
            });
        }
        return None;
    }
    let mut l = k;
    if w == "same" {
        if !t.is_any(l, &["period", "quarter"]) {
            return None;
        }
        if t.is_any(l + 1, &["last", "a"]) && t.is(l + 2, "year") {
            l += 2;
        }
        return plain(i, l, 0.0);
    }
    if t.is(l, "fiscal") {
        l += 1;
    }
    if t.is_any(l, &["year", "quarter"]) {
        return plain(i, l, 0.0);
    }
    if w == "next" || w == "last" {
        return duration(t, k, i);
    }
    None
}

/// "12 months", "12-24 months", "two years", starting the span at `first`.
fn duration(t: &Toks, i: usize, first: usize) -> Option<Period> {
    let a = amount_at(t, i, false)?;
    if a.scaled {
        return None;
    }
    let mut last = a.last;
    let mut high = a.value;
    if t.is_dash(last + 1) || t.is(last + 1, "to") {
        if let Some(b) = amount_at(t, last + 2, false) {
            if !b.scaled && DURATION_UNITS.contains(&t.lower(b.last + 1)) {
                high = b.value;
                last = b.last;
            }
        }
    }
    let unit = t.lower(last + 1);
    if !DURATION_UNITS.contains(&unit) {
        return None;
    }
    let unit = if unit.ends_with('s') {
        unit.to_string()
    } else {
        format!("{unit}s")
    };
    Some(Period {
        first,
        last: last + 1,
        value: a.value,
        range: Some((a.value, high, unit)),
    })
}

/// Every period in the text, in order, and a flag per token covered by one.
// Out of line: see `extract_with`.
#[inline(never)]
pub(crate) fn scan(t: &Toks) -> (Vec<Found>, Vec<bool>) {
    let mut out = Vec::new();
    let mut blocked = vec![false; t.len()];
    let mut i = 0;
    while i < t.len() {
        match period_at(t, i) {
            Some(p) if p.last >= p.first => {
                let bytes = Span::new(t.tokens()[p.first].span.start, t.tokens()[p.last].span.end);
                let mut fig = Figure::new(bytes, "period", p.value);
                if let Some((lo, hi, unit)) = p.range {
                    if hi != lo {
                        fig.low = Some(lo);
                        fig.high = Some(hi);
                    }
                    fig.unit = Some(unit);
                }
                for b in &mut blocked[p.first..=p.last] {
                    *b = true;
                }
                out.push(Found {
                    fig,
                    first: p.first,
                    last: p.last,
                    mult: 1.0,
                });
                i = p.last + 1;
            }
            _ => i += 1,
        }
    }
    (out, blocked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_starter_may_start_a_period() {
        for w in STARTERS.iter().flat_map(|l| l.iter()) {
            assert!(STARTS.may_hold(w), "{w}");
        }
        for w in ["fy2025", "fy25", "q4", "h2", "sept", "december"] {
            assert!(STARTS.may_hold(w), "{w}");
        }
        for w in ["revenue", "rose", "", "1q", "é", "morethanfifteenletters"] {
            assert!(!STARTS.may_hold(w), "{w}");
        }
    }

    /// `STARTERS` repeats by hand the words `period_at` matches on: a word given an arm of
    /// its own there but not listed would be turned away by the filter before its arm, and
    /// the period silently lost. This reads the arms' patterns from the source.
    #[test]
    fn every_word_period_at_matches_is_a_starter() {
        let src = include_str!("periods.rs");
        let body = &src[src.find("fn period_at(").unwrap()..];
        let body = &body[body.find("match w {").unwrap()..];
        let body = &body[..body.find("\n    }\n").unwrap()];
        let mut seen = 0;
        for line in body.lines().map(str::trim_start) {
            if !line.starts_with('"') {
                continue;
            }
            let pattern = line
                .split(" if ")
                .next()
                .unwrap()
                .split(" =>")
                .next()
                .unwrap();
            for w in pattern.split('|').map(|w| w.trim().trim_matches('"')) {
                seen += 1;
                assert!(
                    STARTERS.iter().any(|l| l.contains(&w)),
                    "period_at matches {w:?}, which STARTERS does not list"
                );
            }
        }
        assert!(
            seen >= 15,
            "read {seen} words: has period_at's match changed shape?"
        );
    }
}
