//! Linkage: what a figure measures (`metric`), when (`period`), and how it moved (`change`,
//! `previous`).
//!
//! - metric: a phrase of `data/metrics.tsv` right after the figure ("$5 billion in
//!   revenue", "1,200 employees"), else the nearest one before it in its sentence
//!   ("revenue rose 28% to $37.6 billion").
//! - period: the nearest period figure in the sentence; comparison periods ("a year
//!   earlier") become a change basis instead.
//! - change: "`<movement>` N% ... to X" gives X the change; "X, up N%" too, and the rate
//!   inherits X's metric. "to X from Y" gives the previous level Y.

use super::numbers::Toks;
use super::scan::{direction_of, Found};
use super::Change;
use crate::text::{Doc, PhraseSet};
use std::sync::OnceLock;

/// The metric lexicon: one phrase set over the word stream, built once.
struct Metrics {
    phrases: PhraseSet,
    names: Vec<&'static str>,
}

// METRIC_PHRASES: data/metrics.tsv, each phrase as its stream words (build.rs).
include!(concat!(env!("OUT_DIR"), "/metrics.rs"));

fn metrics() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(|| Metrics {
        phrases: PhraseSet::from_words(
            METRIC_PHRASES
                .iter()
                .map(|(words, _)| words.iter().copied()),
        ),
        names: METRIC_PHRASES.iter().map(|&(_, metric)| metric).collect(),
    })
}

/// A metric phrase in the text: first and last token, and the metric.
#[derive(Debug, Clone, Copy)]
struct Mention {
    first: usize,
    last: usize,
    metric: &'static str,
}

fn mentions(doc: &Doc) -> Vec<Mention> {
    let m = metrics();
    let mut out = Vec::new();
    m.phrases.find(&doc.stream, |phrase, first, last| {
        out.push(Mention {
            first,
            last,
            metric: m.names[phrase as usize],
        })
    });
    out
}

/// How far back (in tokens) a metric phrase may sit from the figure it names: "revenue
/// rose 28% year over year to $37.6 billion" spans 8; longer reaches mostly grab the
/// metric of another clause.
const MAX_METRIC_DISTANCE: usize = 16;

fn is_rate(kind: &str) -> bool {
    matches!(kind, "percent" | "percentagePoints" | "basisPoints")
}

/// The basis words near a change: "year over year", "YoY", "sequentially", "a year
/// earlier". Looks at tokens `from..to` (exclusive).
fn basis_in(t: &Toks, from: usize, to: usize) -> Option<&'static str> {
    let to = to.min(t.len());
    for k in from..to {
        let w = t.lower(k);
        match w {
            "yoy" | "y/y" | "annually" => return Some("YoY"),
            "qoq" | "q/q" => return Some("QoQ"),
            "sequential" | "sequentially" => return Some("sequential"),
            "year" => {
                let mut n = k + 1;
                if t.is_dash(n) {
                    n += 1;
                }
                if t.is_any(n, &["over", "on"]) {
                    return Some("YoY");
                }
                if t.is_any(n, &["earlier", "ago", "before"]) {
                    return Some("YoY");
                }
                if t.is_dash(k + 1) && t.is(k + 2, "ago") {
                    return Some("YoY");
                }
            }
            "quarter" => {
                let mut n = k + 1;
                if t.is_dash(n) {
                    n += 1;
                }
                if t.is_any(n, &["over", "on", "earlier", "before"]) {
                    return Some("QoQ");
                }
            }
            _ => {}
        }
    }
    None
}

/// A comparison period ("a year earlier", "the year-ago quarter") is a basis, not the
/// period a figure belongs to.
fn is_comparison(text: &str) -> bool {
    // ASCII case-insensitive, without a lower-cased copy of the text.
    let has = |word: &str| {
        text.as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    has("earlier") || has("ago") || has("before")
}

/// Fills metric, period, change and previous on the amount figures.
// Out of line: see `extract_with`.
#[inline(never)]
pub(crate) fn link(doc: &Doc, t: &Toks, amounts: &mut [Found], periods: &[Found]) {
    if amounts.is_empty() {
        return;
    }
    let mentions = mentions(doc);
    let sentence = |tok: usize| doc.sentence_of(tok);

    // Metric.
    for f in amounts.iter_mut() {
        let s = sentence(f.first);
        // Inside the figure ("1,200 employees") or right after it ("$5 billion in revenue").
        let mut after = f.last + 1;
        if t.is_any(after, &["of", "in", "for"]) {
            after += 1;
        }
        let at = mentions.partition_point(|m| m.first < f.first);
        let inside_or_after = mentions[at..]
            .iter()
            .take_while(|m| m.first <= after)
            .find(|m| m.last <= f.last || m.first == after || m.first == f.last + 1);
        if let Some(m) = inside_or_after.filter(|m| sentence(m.first) == s) {
            f.fig.metric = Some(m.metric);
            continue;
        }
        if f.fig.kind == "count" {
            continue;
        }
        // The nearest metric before, within the clause: not across ";" or ":" and not
        // further than MAX_METRIC_DISTANCE tokens.
        if let Some(m) = mentions[..at]
            .iter()
            .rev()
            .find(|m| m.last < f.first)
            .filter(|m| sentence(m.first) == s)
            .filter(|m| f.first - m.last <= MAX_METRIC_DISTANCE)
            .filter(|m| !(m.last + 1..f.first).any(|k| matches!(t.s(k), ";" | ":")))
        {
            f.fig.metric = Some(m.metric);
        }
    }

    // Per-share earnings are EPS, whatever word named them.
    for f in amounts.iter_mut() {
        if f.fig.per.is_some()
            && matches!(
                f.fig.metric,
                Some("net income" | "earnings" | "profit" | "net loss" | "operating profit")
            )
        {
            f.fig.metric = Some("EPS");
        }
    }

    // Share prices: an unscaled amount after "shares"/"stock" with no other metric; a rate
    // there ("Shares rose 9%") measures the share price.
    for f in amounts.iter_mut() {
        if is_rate(f.fig.kind) && f.fig.metric.is_none() {
            let s = &doc.sentences[sentence(f.first)];
            let lo = f.first.saturating_sub(6).max(s.tokens.start);
            if (lo..f.first).any(|k| t.is_any(k, &["shares", "stock"])) {
                f.fig.metric = Some("share price");
            }
            continue;
        }
        if f.fig.kind != "money" || f.fig.per.is_some() || f.mult != 1.0 || f.fig.low.is_some() {
            continue;
        }
        if f.fig.metric.is_some_and(|m| m != "price") {
            continue;
        }
        let s = &doc.sentences[sentence(f.first)];
        let lo = f.first.saturating_sub(6).max(s.tokens.start);
        if (lo..f.first).any(|k| t.is_any(k, &["shares", "stock", "share"])) {
            f.fig.kind = "price";
            f.fig.metric = Some("share price");
        }
    }

    // Period: the nearest period in the sentence, comparison periods aside.
    if !periods.is_empty() {
        // Once per period, not once per amount and period looked at.
        let comparison: Vec<bool> = periods
            .iter()
            .map(|p| is_comparison(&doc.text[p.fig.bytes.range()]))
            .collect();
        for f in amounts.iter_mut() {
            let s = sentence(f.first);
            let at = periods.partition_point(|p| p.first < f.first);
            let before = (0..at)
                .rev()
                .find(|&k| !comparison[k])
                .map(|k| &periods[k])
                .filter(|p| sentence(p.first) == s);
            let after = (at..periods.len())
                .find(|&k| !comparison[k])
                .map(|k| &periods[k])
                .filter(|p| sentence(p.first) == s);
            let pick = match (before, after) {
                // Distances in tokens, 0 when the period overlaps the amount: in "$5-7
                // year" the period "5-7 year" starts inside the range "$5-7".
                (Some(b), Some(a)) => {
                    if f.first.saturating_sub(b.last) < a.first.saturating_sub(f.last) {
                        Some(b)
                    } else {
                        Some(a)
                    }
                }
                (b, a) => a.or(b),
            };
            if let Some(p) = pick {
                // The period's text is filled from these bytes with the figure's own.
                f.fig.period_bytes = Some(p.fig.bytes);
            }
        }
    }

    // Change and previous level.
    for x in 0..amounts.len() {
        let (head, tail) = amounts.split_at_mut(x);
        let s = &doc.sentences[sentence(tail[0].first)];
        let send = s.tokens.end;
        // "to X from Y": the previous level.
        let mut previous: Option<(f64, String)> = None;
        if t.is(tail[0].last + 1, "from") {
            if let Some(y) = tail[1..].first() {
                if y.first == tail[0].last + 2 && y.fig.kind == tail[0].fig.kind {
                    previous = Some((y.fig.value, doc.text[y.fig.bytes.range()].to_string()));
                }
            }
        }
        let f = &mut tail[0];
        // "<movement> [R] ... to X".
        if f.first > s.tokens.start && t.is(f.first - 1, "to") {
            let lo = f.first.saturating_sub(12).max(s.tokens.start);
            let verb = (lo..f.first - 1)
                .rev()
                .find_map(|k| direction_of(t.lower(k)).map(|d| (k, d)));
            // "from Y to X": Y is the previous level.
            if previous.is_none() && f.first >= 2 {
                if let Some(y) = head.last() {
                    if y.last + 1 == f.first - 1 && y.first >= 1 && t.is(y.first - 1, "from") {
                        previous = Some((y.fig.value, doc.text[y.fig.bytes.range()].to_string()));
                    }
                }
            }
            if let Some((v, dir)) = verb {
                let rate = head
                    .iter()
                    .rev()
                    .take_while(|r| r.first > v)
                    .find(|r| is_rate(r.fig.kind) && r.fig.kind != f.fig.kind);
                let basis_end = (f.last + 8).min(send);
                if let Some(r) = rate {
                    let basis = previous
                        .as_ref()
                        .map(|(_, text)| format!("from {text}"))
                        .or_else(|| basis_in(t, r.last + 1, basis_end).map(str::to_string));
                    f.fig.change = Some(Change {
                        direction: dir,
                        value: r.fig.value.abs(),
                        unit: r.fig.kind,
                        basis,
                    });
                } else if let Some((pv, text)) = &previous {
                    f.fig.change = Some(level_change(f.fig.kind, f.fig.value, *pv, text));
                }
            } else if let Some((pv, text)) = &previous {
                f.fig.change = Some(level_change(f.fig.kind, f.fig.value, *pv, text));
            }
        } else if let Some((pv, text)) = &previous {
            f.fig.change = Some(level_change(f.fig.kind, f.fig.value, *pv, text));
        }
        if let Some((pv, _)) = previous {
            f.fig.previous = Some(pv);
        }
    }

    // "X, up N%": the rate is X's change and inherits X's metric.
    for x in 1..amounts.len() {
        let (head, tail) = amounts.split_at_mut(x);
        let r = &mut tail[0];
        if !is_rate(r.fig.kind) || r.first < 2 {
            continue;
        }
        let mut k = r.first - 1;
        let Some(dir) = direction_of(t.lower(k)) else {
            continue;
        };
        if !t.is_any(k, &["up", "down", "higher", "lower"]) {
            continue;
        }
        k -= 1;
        if t.s(k) == "," || t.s(k) == "(" {
            k = k.saturating_sub(1);
        }
        let Some(xf) = head.last_mut() else {
            continue;
        };
        // "$5 billion in revenue, down 3%": a few words may sit between X and the comma.
        let words_between = xf.last <= k
            && k - xf.last <= 3
            && (xf.last + 1..=k).all(|j| t.kind(j) == Some(crate::text::TokenKind::Word));
        if !(xf.last == k || words_between) || is_rate(xf.fig.kind) {
            continue;
        }
        if xf.fig.metric.is_some() {
            r.fig.metric = xf.fig.metric;
        }
        if xf.fig.change.is_none() {
            let end = (r.last + 8).min(doc.sentences[sentence(r.first)].tokens.end);
            xf.fig.change = Some(Change {
                direction: dir,
                value: r.fig.value.abs(),
                unit: r.fig.kind,
                basis: basis_in(t, r.last + 1, end).map(str::to_string),
            });
        }
    }
}

/// The change from a previous level to this one: percentage points between two percents,
/// else the difference in the figure's own unit.
fn level_change(kind: &'static str, now: f64, before: f64, before_text: &str) -> Change {
    let diff = now - before;
    let unit = match kind {
        "percent" => "percentagePoints",
        k => k,
    };
    Change {
        direction: if diff < 0.0 { "down" } else { "up" },
        value: super::round_value(diff.abs()),
        unit,
        basis: Some(format!("from {before_text}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{pattern_words, phrase_pattern};
    use std::collections::HashSet;

    const METRICS_TSV: &str = include_str!("../../data/metrics.tsv");

    /// The (phrase, metric) rows of the lexicon file, header and comments skipped.
    fn metric_rows() -> impl Iterator<Item = (&'static str, &'static str)> {
        METRICS_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty() && !l.starts_with("phrase\t"))
            .filter_map(|l| l.split_once('\t'))
            .map(|(p, m)| (p.trim(), m.trim()))
    }

    /// build.rs's table is the data file, each phrase tokenised as the stream writes it.
    #[test]
    fn compiled_metrics_are_the_data_file() {
        let rows: Vec<(Vec<String>, &str)> = metric_rows()
            .map(|(p, m)| {
                let words = pattern_words(&phrase_pattern(p))
                    .map(String::from)
                    .collect();
                (words, m)
            })
            .collect();
        let compiled: Vec<(Vec<String>, &str)> = METRIC_PHRASES
            .iter()
            .map(|&(w, m)| (w.iter().map(|s| s.to_string()).collect(), m))
            .collect();
        assert_eq!(compiled, rows);
    }

    #[test]
    fn lexicon_is_clean() {
        let mut seen = HashSet::new();
        let mut n = 0;
        for (phrase, metric) in metric_rows() {
            assert!(!phrase.is_empty() && !metric.is_empty());
            assert!(seen.insert(phrase), "duplicate phrase {phrase}");
            n += 1;
        }
        assert!(n > 100);
        for needed in [
            "revenue",
            "sales",
            "net income",
            "net loss",
            "operating profit",
            "eps",
            "gross margin",
            "operating margin",
            "free cash flow",
            "capex",
            "backlog",
            "run rate",
            "guidance",
            "dividend",
            "buyback",
            "share price",
            "deliveries",
            "headcount",
            "market share",
            "debt",
        ] {
            assert!(seen.contains(needed), "missing {needed}");
        }
    }
}
