//! No panic, no super-linear time, finite values, sorted output, on hostile input.

use fintone::span::Utf16Map;
use fintone::text::Doc;
use fintone::{analyze, Figure, Options};
use proptest::prelude::*;

/// The figures stage alone (the other stages have their own limits), with spans converted
/// as the pipeline does.
fn figures(text: &str) -> Vec<Figure> {
    let doc = Doc::new(text);
    let mut f = fintone::figures::extract(&doc);
    let map = Utf16Map::new(text);
    for x in &mut f {
        x.to_utf16(&map);
    }
    f
}

fn check(text: &str) -> Vec<Figure> {
    let f = figures(text);
    for w in f.windows(2) {
        assert!(w[0].start <= w[1].start, "not sorted");
    }
    for x in &f {
        assert!(x.value.is_finite(), "{x:?}");
        for v in [x.low, x.high, x.previous].into_iter().flatten() {
            assert!(v.is_finite(), "{x:?}");
        }
        if let Some(c) = &x.change {
            assert!(c.value.is_finite() && c.value >= 0.0, "{x:?}");
        }
        assert!(x.start <= x.end);
    }
    f
}

#[test]
fn huge_numbers_are_skipped_or_finite() {
    assert!(check(&format!("${}", "9".repeat(1_000_000))).is_empty());
    assert!(check(&format!("{} million dollars", "9".repeat(400))).is_empty());
    // 1e300 billion overflows f64: no figure rather than infinity.
    let f = check(&format!("${} trillion trillion", "9".repeat(300)));
    assert!(f.iter().all(|x| x.value.is_finite()));
    let f = check("$179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368 trillion");
    assert!(f.iter().all(|x| x.value.is_finite()));
}

#[test]
fn long_runs_stay_fast() {
    // Each of these is 0.5-1 MB; a quadratic pass would take minutes in a debug build.
    for text in [
        "a".repeat(1_000_000),
        "1".repeat(1_000_000),
        "$1".repeat(500_000),
        "1,".repeat(500_000),
        "one ".repeat(300_000),
        "hundred ".repeat(200_000),
        "5-".repeat(500_000),
        "Q1 ".repeat(300_000),
        "rose 5% to $1 from ".repeat(50_000),
        "- ".repeat(500_000),
        "revenue ".repeat(200_000) + "$5",
        "$5 ".repeat(300_000) + "revenue",
        "the first half ".repeat(100_000),
    ] {
        let start = std::time::Instant::now();
        check(&text);
        assert!(
            start.elapsed().as_secs() < 20,
            "{}…: {:?}",
            &text[..10],
            start.elapsed()
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn never_panics(s in "[ $€£%0-9a-zA-Z.,;:()/'’\\-–😀é]{0,200}") {
        check(&s);
        analyze(&s, &Options::default()).unwrap();
    }

    #[test]
    fn never_panics_on_figure_words(words in proptest::collection::vec(prop_oneof![
        Just("$"), Just("5"), Just("1,200.5"), Just("million"), Just("bn"), Just("m"),
        Just("percent"), Just("%"), Just("to"), Just("from"), Just("-"), Just("and"),
        Just("between"), Just("dollars"), Just("cents"), Just("rose"), Just("fell"),
        Just("up"), Just(","), Just("Q1"), Just("2025"), Just("fiscal"), Just("the"),
        Just("first"), Just("quarter"), Just("a"), Just("year"), Just("earlier"),
        Just("revenue"), Just("per"), Just("share"), Just("one"), Just("hundred"),
        Just("forty"), Just("five"), Just("basis"), Just("points"), Just("x"), Just("times"),
        Just("C"), Just("USD"), Just("over"), Just("next"), Just("months"), Just("😀"),
    ], 0..40)) {
        check(&words.join(" "));
        check(&words.concat());
    }
}
