//! Arbitrary bytes as text (lossily decoded when not UTF-8), analysed with the default
//! options, streamed in parts, and again with a word of the text as the target; every
//! invariant of `tests/common/invariants.rs` must hold and the target must not change the
//! rest.

#![no_main]

use fintone::{Analyzer, Options};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

static ANALYZER: LazyLock<Analyzer> =
    LazyLock::new(|| Analyzer::new(Options::default()).expect("default options are valid"));

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = ANALYZER.analyze(&text).expect("input under the size limit");
    invariants::check(&text, &a);
    assert!(a.target.is_none());

    let pick = data
        .iter()
        .fold(0usize, |h, &b| h.wrapping_mul(31) ^ b as usize);

    // Streamed in parts cut every few bytes (a step the input picks, inside words and
    // characters too: cuts move to the next char boundary), the parts put back together keep
    // every invariant; in one part they are exactly the analysis above.
    let step = 1 + pick % 97;
    let cuts: Vec<usize> = (step..text.len()).step_by(step).collect();
    invariants::check(&text, &invariants::streamed(&ANALYZER, &text, &cuts));
    assert_eq!(invariants::streamed(&ANALYZER, &text, &[]), a);

    // A word of the text as the target, chosen by the input so every word gets its turn.
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return;
    }
    let word = words[pick % words.len()];
    let b = ANALYZER
        .analyze_with_target(&text, Some(word))
        .expect("input under the size limit");
    invariants::check(&text, &b);
    let target = b.target.as_ref().expect("a target was asked for");
    assert_eq!(target.name, word);
    // Scoring a target reads the other stages' results; it never changes them.
    assert_eq!(a.overall, b.overall);
    assert_eq!(a.sentences, b.sentences);
    assert_eq!(a.phrases, b.phrases);
    assert_eq!(a.tickers, b.tickers);
    assert_eq!(a.figures, b.figures);
});
