//! Property tests: whatever the input, spans are in bounds, on char boundaries, sorted, and
//! their UTF-16 offsets agree with their byte offsets; scores are finite and in [-1, 1]
//! (`common/invariants.rs`, shared with the fuzz targets). Then each pathological input
//! class (`common/pathological.rs`, shared with `benches/pathological.rs`) at 1-10 MB, with
//! what the output must be.

use fintone::{analyze, Options};
use proptest::prelude::*;

#[path = "common/invariants.rs"]
mod invariants;
use invariants::check;

// `Class::ALL` and `Class::name` serve the benchmark and examples/linearity.rs.
#[path = "common/pathological.rs"]
#[allow(dead_code)]
mod pathological;
use pathological::{Class, NESTED_CLAUSE};

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

    /// Streamed in parts cut anywhere (inside words, sentences and numbers too), the parts
    /// put back together keep every invariant; cut nowhere, they are `analyze`'s result.
    #[test]
    fn streamed_text_keeps_the_invariants(words in proptest::collection::vec(proptest::sample::select(WORDS), 0..80), glue in proptest::collection::vec(proptest::bool::ANY, 80), cuts in proptest::collection::vec(0usize..400, 0..6)) {
        let mut text = String::new();
        for (i, w) in words.iter().enumerate() {
            text.push_str(w);
            if glue[i] { text.push(' '); }
        }
        let mut cuts = cuts;
        cuts.sort_unstable();
        let analyzer = fintone::Analyzer::new(Options { target: Some("BP".into()), ..Options::default() }).unwrap();
        check(&text, &invariants::streamed(&analyzer, &text, &cuts));
        prop_assert_eq!(invariants::streamed(&analyzer, &text, &[]), analyzer.analyze(&text).unwrap());
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

/// Analyses a pathological text, checks every invariant, and returns the analysis.
fn analyse(class: Class, bytes: usize) -> (String, fintone::Analysis) {
    let text = class.text(bytes);
    let a = analyze(&text, &Options::default()).unwrap();
    check(&text, &a);
    (text, a)
}

/// How many times the class's unit is repeated in `text`.
fn repeats(class: Class, text: &str) -> usize {
    text.matches(class.unit()).count()
}

#[test]
fn ten_megabytes_without_space_or_newline() {
    let (text, a) = analyse(Class::NoSpace, 10 << 20);
    assert!(text.len() > 10_000_000 && !text.contains([' ', '\n', '\r']));
    // One sentence (";" ends none), no word that the lexicon knows (the words are glued),
    // and the one money figure of each unit, "$1.2bn" ("12%to" is no percent).
    assert_eq!(a.sentences.len(), 1);
    assert!(a.phrases.is_empty());
    assert_eq!(a.overall.label, "neutral");
    assert_eq!(a.figures.len(), repeats(Class::NoSpace, &text));
    assert!(a
        .figures
        .iter()
        .all(|f| f.text == "$1.2bn" && f.kind == "money" && f.value == 1.2e9));
}

#[test]
fn one_sentence_one_megabyte_long() {
    let (text, a) = analyse(Class::LongSentence, 1 << 20);
    let n = repeats(Class::LongSentence, &text);
    assert_eq!(a.sentences.len(), 1);
    assert_eq!(a.sentences[0].bytes.start, 0);
    // Both phrases and both figures of every clause, however long the sentence.
    assert_eq!(a.phrases.len(), 2 * n);
    assert!(a
        .phrases
        .iter()
        .all(|p| (p.text == "revenue rose" || p.text == "losses narrowed") && p.score > 0.0));
    assert_eq!(a.figures.len(), 2 * n);
    assert_eq!(a.overall.label, "strongly positive");
}

#[test]
fn a_million_digits() {
    let (text, a) = analyse(Class::Digits, 1_000_000);
    assert_eq!(text.len(), 1_000_000);
    assert_eq!(a.sentences.len(), 1);
    // A number of a million digits is no figure (it would be infinite).
    assert!(a.figures.is_empty() && a.phrases.is_empty() && a.tickers.is_empty());
    assert_eq!(a.overall.score, 0.0);
}

#[test]
fn a_hundred_thousand_nots() {
    let (text, a) = analyse(Class::Not, 400_000);
    assert_eq!(repeats(Class::Not, &text), 100_000);
    // Negators negate something: alone they score nothing.
    assert_eq!(a.sentences.len(), 1);
    assert!(a.phrases.is_empty());
    assert_eq!(a.overall.score, 0.0);
}

#[test]
fn deeply_nested_brackets_and_quotes() {
    let (text, a) = analyse(Class::Nested, 1 << 20);
    assert!(text.matches('(').count() > 30_000);
    // The clause at the bottom still scores, with its span in place.
    assert_eq!(a.phrases.len(), 1);
    assert_eq!(a.phrases[0].text, NESTED_CLAUSE);
    assert_eq!(a.phrases[0].bytes.start, text.find(NESTED_CLAUSE).unwrap());
    assert!(a.overall.score > 0.0);
}

#[test]
fn a_million_emoji() {
    let (text, a) = analyse(Class::Emoji, 4_000_000);
    assert_eq!(text.chars().count(), 1_000_000);
    assert_eq!(a.sentences.len(), 1);
    // Two UTF-16 units per emoji: the sentence ends at unit 2,000,000.
    assert_eq!(a.sentences[0].end, 2_000_000);
    assert!(a.phrases.is_empty() && a.figures.is_empty() && a.tickers.is_empty());
}

#[test]
fn mixed_scripts() {
    let (text, a) = analyse(Class::MixedScripts, 1 << 20);
    let n = repeats(Class::MixedScripts, &text);
    // Every sentence, phrase and figure is found, and its UTF-16 offsets (checked against
    // the bytes above) count the CJK, Hangul, Thai, Arabic and Cyrillic right.
    assert_eq!(a.sentences.len(), n);
    assert_eq!(a.phrases.len(), n);
    assert!(a.phrases.iter().all(|p| p.text == "Revenue rose"));
    assert_eq!(a.figures.len(), n);
    assert!(a.figures.iter().all(|f| f.text == "5%" && f.value == 5.0));
    let last = a.figures.last().unwrap();
    assert_eq!(last.end, text[..last.bytes.end].encode_utf16().count());
}

#[test]
fn nul_and_control_characters() {
    let (text, a) = analyse(Class::Controls, 1 << 20);
    let n = repeats(Class::Controls, &text);
    // Control characters separate words like spaces do, and never end a sentence.
    assert_eq!(a.sentences.len(), 1);
    assert_eq!(a.phrases.len(), n);
    assert!(a.phrases.iter().all(|p| p.text == "Revenue\u{1}rose"));
    assert_eq!(a.figures.len(), n);
}

#[test]
fn crlf_and_lone_cr() {
    let (text, a) = analyse(Class::LineEnds, 1 << 20);
    let n = repeats(Class::LineEnds, &text);
    // CRLF, a lone CR and a run of CRs each end one sentence; none is counted twice and
    // no sentence holds a line break.
    assert_eq!(a.sentences.len(), 3 * n);
    assert!(a
        .sentences
        .iter()
        .all(|s| !text[s.bytes.range()].contains(['\r', '\n'])));
    assert_eq!(a.phrases.len(), 3 * n);
    let texts: Vec<&str> = a.phrases[..3].iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["Profit rose", "Losses narrowed", "Shares fell"]);
}

/// Found by `analyze_str` (fuzz/corpus/analyze_str/regression-period-inside-range.bin, the
/// exact input, and its minimised form): the period "5-7 year" starts inside the money range
/// "$5-7", and choosing between it and an earlier period subtracted past zero (a panic with
/// overflow checks, a wrong pick without). The overlapping period is nearest, as when it is
/// the only one.
#[test]
fn period_inside_a_money_range_after_another_period() {
    let raw = include_bytes!("../fuzz/corpus/analyze_str/regression-period-inside-range.bin");
    let text = String::from_utf8_lossy(raw);
    check(&text, &analyze(&text, &Options::default()).unwrap());
    for text in ["5-7 year $5-7 year", "$5-7 year"] {
        let a = analyze(text, &Options::default()).unwrap();
        check(text, &a);
        let money = a.figures.iter().find(|f| f.kind == "money").unwrap();
        assert_eq!(money.text, "$5-7");
        assert_eq!(money.period.as_deref(), Some("5-7 year"));
        assert_eq!(
            money.period_bytes.unwrap().start,
            text.len() - "5-7 year".len()
        );
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
