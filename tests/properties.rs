//! Property tests: whatever the input, spans are in bounds, on char boundaries, sorted, and
//! their UTF-16 offsets agree with their byte offsets; scores are finite and in [-1, 1].

use fintone::{analyze, Analysis, Options};
use proptest::prelude::*;

/// Checks every invariant of an analysis of `text`.
fn check(text: &str, a: &Analysis) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let check_span = |start: usize, end: usize, bytes: fintone::Span, shown: Option<&str>| {
        assert!(bytes.start <= bytes.end && bytes.end <= text.len());
        assert!(text.is_char_boundary(bytes.start) && text.is_char_boundary(bytes.end));
        assert!(start <= end && end <= units.len());
        let from_units = String::from_utf16(&units[start..end]).expect("span on UTF-16 boundaries");
        assert_eq!(from_units, &text[bytes.range()]);
        if let Some(shown) = shown {
            assert_eq!(shown, from_units);
        }
    };
    let in_range = |s: f64| s.is_finite() && (-1.0..=1.0).contains(&s);
    assert!(in_range(a.overall.score));
    let mut last = 0;
    for s in &a.sentences {
        check_span(s.start, s.end, s.bytes, None);
        assert!(in_range(s.score));
        assert!(s.start >= last);
        last = s.start;
    }
    let mut last = 0;
    for p in &a.phrases {
        check_span(p.start, p.end, p.bytes, Some(&p.text));
        assert!(in_range(p.score));
        assert!(p.sentence < a.sentences.len());
        assert!(p.start >= last, "phrases sorted");
        last = p.start;
    }
    for t in &a.tickers {
        assert!(in_range(t.score) && t.relevance > 0.0 && t.relevance <= 1.0);
        for m in &t.mentions {
            check_span(m.start, m.end, m.bytes, Some(&m.text));
        }
    }
    let mut last = 0;
    for f in &a.figures {
        check_span(f.start, f.end, f.bytes, Some(&f.text));
        assert!(f.value.is_finite());
        assert!(f.start >= last, "figures sorted");
        last = f.start;
    }
    if let Some(t) = &a.target {
        assert!(in_range(t.score));
        for m in &t.mentions {
            check_span(m.start, m.end, m.bytes, Some(&m.text));
        }
    }
}

const WORDS: &[&str] = &[
    "revenue",
    "rose",
    "fell",
    "losses",
    "narrowed",
    "not",
    "no",
    "but",
    "despite",
    "Acme",
    "Inc.",
    "$",
    "5bn",
    "28%",
    "U.S.",
    "sharply",
    "could",
    "🚀",
    "café",
    "日本",
    ",",
    ".",
    ";",
    "\n",
    "\r\n",
    "-",
    "—",
    "(",
    ")",
    "\"",
    "’",
    "did",
    "meet",
    "expectations",
    "$AMZN",
    "(NASDAQ: AMZN)",
    "1,200.5",
    "Q1",
    "FY2025",
    "\u{0}",
    "\u{200b}",
    "1H25",
    "<JNJ.N>",
    "https://t.co/x",
    "Shell",
    "BP",
    "while",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_keep_the_invariants(text in "\\PC{0,200}") {
        let a = analyze(&text, &Options::default()).unwrap();
        check(&text, &a);
    }

    #[test]
    fn financial_looking_text_keeps_the_invariants(words in proptest::collection::vec(proptest::sample::select(WORDS), 0..80), glue in proptest::collection::vec(proptest::bool::ANY, 80)) {
        let mut text = String::new();
        for (i, w) in words.iter().enumerate() {
            text.push_str(w);
            if glue[i] { text.push(' '); }
        }
        let options = Options { target: Some("BP".into()), ..Options::default() };
        let a = analyze(&text, &options).unwrap();
        check(&text, &a);
    }
}

#[test]
fn pathological_inputs_are_handled() {
    let cases: Vec<String> = vec![
        String::new(),
        "a".repeat(1 << 20),
        "9".repeat(1_000_000),
        "not ".repeat(100_000),
        "(".repeat(50_000) + &"\"".repeat(50_000),
        "😀".repeat(100_000),
        "\u{0}\u{1}\u{7f}\r\r\n\r".repeat(10_000),
        "Revenue rose, ".repeat(50_000),
    ];
    for text in cases {
        let a = analyze(&text, &Options::default()).unwrap();
        check(&text, &a);
    }
}

#[test]
fn empty_text_is_neutral_with_empty_lists() {
    let a = analyze("", &Options::default()).unwrap();
    assert_eq!(a.overall.score, 0.0);
    assert_eq!(a.overall.label, "neutral");
    assert!(
        a.sentences.is_empty()
            && a.phrases.is_empty()
            && a.tickers.is_empty()
            && a.figures.is_empty()
    );
}

#[test]
fn oversized_input_is_a_clear_error() {
    let options = Options {
        max_input_bytes: 1000,
        ..Options::default()
    };
    let e = analyze(&"x".repeat(1001), &options).unwrap_err();
    assert!(e.to_string().contains("limit"), "{e}");
}
