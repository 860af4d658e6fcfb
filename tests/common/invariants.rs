//! The invariants every [`Analysis`] keeps, whatever the input. One implementation, shared by
//! `tests/properties.rs` (proptest and pathological inputs) and the cargo-fuzz targets in
//! `fuzz/fuzz_targets/` (which include this file with `#[path]`).
//!
//! - every span is in bounds, on char boundaries, its UTF-16 offsets index the same text as
//!   its byte range, and a `text` field equals that slice;
//! - sentences are in order and do not overlap; phrases, figures and each list of mentions
//!   are sorted by start; phrases do not overlap (the widget highlights each once); a
//!   phrase lies inside the sentence it names;
//! - scores are finite and in [-1, 1]; relevance is in (0, 1]; labels are non-empty;
//! - every number a figure carries (value, low, high, previous, the size of its change) is
//!   finite, and a change's size is never negative.

use fintone::{Analysis, Span};

/// Checks every invariant of `a`, the analysis of `text`; panics with the field at fault.
pub fn check(text: &str, a: &Analysis) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let check_span = |what: &str, start: usize, end: usize, bytes: Span, shown: Option<&str>| {
        assert!(
            bytes.start <= bytes.end && bytes.end <= text.len(),
            "{what}: byte span {bytes:?} out of bounds ({} bytes)",
            text.len()
        );
        assert!(
            text.is_char_boundary(bytes.start) && text.is_char_boundary(bytes.end),
            "{what}: byte span {bytes:?} not on char boundaries"
        );
        assert!(
            start <= end && end <= units.len(),
            "{what}: UTF-16 span {start}..{end} out of bounds ({} units)",
            units.len()
        );
        let from_units =
            String::from_utf16(&units[start..end]).expect("span on UTF-16 char boundaries");
        assert_eq!(
            from_units,
            &text[bytes.range()],
            "{what}: UTF-16 {start}..{end} and bytes {bytes:?} disagree"
        );
        if let Some(shown) = shown {
            assert_eq!(shown, from_units, "{what}: text field is not the slice");
        }
    };
    let in_range = |s: f64| s.is_finite() && (-1.0..=1.0).contains(&s);

    assert!(in_range(a.overall.score), "overall {}", a.overall.score);
    assert!(!a.overall.label.is_empty());

    let mut last_end = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        check_span("sentence", s.start, s.end, s.bytes, None);
        assert!(in_range(s.score), "sentence {i} score {}", s.score);
        assert!(!s.label.is_empty());
        assert!(
            s.bytes.start >= last_end,
            "sentence {i} starts before the previous one ends"
        );
        last_end = s.bytes.end;
    }

    let mut last = 0;
    for p in &a.phrases {
        check_span("phrase", p.start, p.end, p.bytes, Some(&p.text));
        assert!(in_range(p.score), "phrase {:?} score {}", p.text, p.score);
        assert!(p.sentence < a.sentences.len() || a.sentences.is_empty());
        if let Some(s) = a.sentences.get(p.sentence) {
            assert!(
                s.bytes.contains(p.bytes),
                "phrase {:?} outside its sentence",
                p.text
            );
        }
        assert!(p.start >= last, "phrases sorted by start");
        last = p.start;
    }
    for w in a.phrases.windows(2) {
        assert!(
            w[1].start >= w[0].end,
            "phrases {:?} and {:?} overlap",
            w[0].text,
            w[1].text
        );
    }

    for t in &a.tickers {
        assert!(in_range(t.score), "{} score {}", t.symbol, t.score);
        assert!(
            t.relevance.is_finite() && t.relevance > 0.0 && t.relevance <= 1.0,
            "{} relevance {}",
            t.symbol,
            t.relevance
        );
        assert!(!t.symbol.is_empty() && !t.label.is_empty());
        let mut last = 0;
        for m in &t.mentions {
            check_span("ticker mention", m.start, m.end, m.bytes, Some(&m.text));
            assert!(m.start >= last, "{} mentions sorted by start", t.symbol);
            last = m.start;
        }
    }

    let mut last = 0;
    for f in &a.figures {
        check_span("figure", f.start, f.end, f.bytes, Some(&f.text));
        assert!(f.start >= last, "figures sorted by start");
        last = f.start;
        for (name, v) in [
            ("value", Some(f.value)),
            ("low", f.low),
            ("high", f.high),
            ("previous", f.previous),
        ] {
            if let Some(v) = v {
                assert!(v.is_finite(), "figure {:?}: {name} {v}", f.text);
            }
        }
        if let Some(c) = &f.change {
            assert!(
                c.value.is_finite() && c.value >= 0.0,
                "figure {:?}: change {}",
                f.text,
                c.value
            );
        }
        if let Some(p) = f.period_bytes {
            let (Some(s), Some(e)) = (f.period_start, f.period_end) else {
                panic!("figure {:?}: period bytes without UTF-16 offsets", f.text);
            };
            check_span("figure period", s, e, p, f.period.as_deref());
        }
    }

    if let Some(t) = &a.target {
        assert!(in_range(t.score), "target score {}", t.score);
        assert!(!t.label.is_empty());
        let mut last = 0;
        for m in &t.mentions {
            check_span("target mention", m.start, m.end, m.bytes, Some(&m.text));
            assert!(m.start >= last, "target mentions sorted by start");
            last = m.start;
        }
    }
}

/// `text` streamed through `analyzer` in parts cut at `cuts` (byte offsets, each moved up to
/// the next char boundary; out-of-order or repeated ones are skipped), put back together as
/// one [`Analysis`]: the parts' sentences, phrases and figures in order, the summary's
/// overall score, tickers and target. Checks that the parts tile the text, in UTF-16 units
/// and bytes, and that the summary counts every sentence and part; [`check`] does the rest.
#[allow(dead_code)] // not every includer streams
pub fn streamed(analyzer: &fintone::Analyzer, text: &str, cuts: &[usize]) -> Analysis {
    let mut stream = analyzer.stream();
    let (mut sentences, mut phrases, mut figures) = (Vec::new(), Vec::new(), Vec::new());
    let (mut from, mut units, mut parts) = (0, 0, 0);
    for &cut in cuts.iter().chain([text.len()].iter()) {
        let mut end = cut.min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        if end <= from {
            continue;
        }
        let part = stream
            .push(&text[from..end])
            .expect("a part under the size limit");
        assert_eq!(
            (part.bytes.start, part.bytes.end),
            (from, end),
            "part bytes"
        );
        let len = text[from..end].encode_utf16().count();
        assert_eq!(
            (part.start, part.end),
            (units, units + len),
            "part UTF-16 span"
        );
        sentences.extend(part.sentences);
        phrases.extend(part.phrases);
        figures.extend(part.figures);
        (from, units, parts) = (end, units + len, parts + 1);
    }
    let summary = stream.finish();
    assert_eq!(summary.parts, parts, "parts counted");
    if analyzer.options().sentences {
        assert_eq!(summary.sentence_count, sentences.len(), "sentences counted");
    }
    Analysis {
        overall: summary.overall,
        sentences,
        phrases,
        tickers: summary.tickers,
        figures,
        target: summary.target,
    }
}
