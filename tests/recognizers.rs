//! Microsoft Recognizers-Text's English specs (MIT, `../shared/data/specs/`) run through
//! `analyze`, with pass rates reported.
//!
//! A case passes when every expected amount is found with its value (and ISO currency where
//! the spec gives one), and nothing extra of that kind is reported. Results without a value
//! (a bare currency name such as "dollar") are not amounts and are not expected.
//!
//! One difference of convention: fintone reports money in units of the currency, so "50
//! cents" is 0.5 (USD); the specs give 50 with the unit "Cent". The comparison multiplies by
//! 100 for the minor units Cent, Pence and Penny.
//!
//! Run with `cargo test --test recognizers -- --nocapture` to see the rates and failures;
//! `NO_EXCLUDE=1` runs the excluded cases too.
//!
//! NumberModel and NumberRangeModel are not run: they ask for every bare number and
//! unitless comparison ("between 20 and 30", "the tenth"), which fintone by design does not
//! report (a bare number is never a figure; that is what keeps years and times out).

use serde_json::Value;
use std::path::PathBuf;

fn specs(name: &str) -> Option<Vec<Value>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/specs")
        .join(name);
    let raw = std::fs::read_to_string(&path).ok()?;
    let raw = raw.trim_start_matches('\u{feff}');
    serde_json::from_str(raw).ok()
}

/// Cases left out, each with why: they are not financial text, or they ask for a reading
/// that financial text does not use.
const EXCLUDED: &[(&str, &str)] = &[
    (
        "Do you think sen 100,000 is expensive",
        "\"sen\" before an amount as a currency (a hundredth of a yen or ringgit) is not how \
         news writes money; as a word it is too ambiguous to read as one",
    ),
    (
        "It may need one kuai and five mao five.",
        "colloquial Chinese units (kuai, mao) in English text: not financial-news usage",
    ),
    (
        "The price starts at dollar 22.5 million.",
        "\"dollar 22.5 million\" with the name before the number is not English usage; \
         reading \"dollar N\" as money would misread \"dollar: 143.80 yen\" quotes",
    ),
    (
        "10 $ 30 cent",
        "two amounts of different units run together (\"10 $ 30 cent\" = 10.30) without a \
         word joining them: no financial text writes this",
    ),
];

fn excluded(input: &str) -> Option<&'static str> {
    EXCLUDED
        .iter()
        .find(|(prefix, _)| input.starts_with(prefix) && std::env::var("NO_EXCLUDE").is_err())
        .map(|(_, why)| *why)
}

struct Expected {
    value: f64,
    iso: Option<String>,
    text: String,
}

fn expected(case: &Value, percent: bool) -> Vec<Expected> {
    let mut out = Vec::new();
    for r in case["Results"].as_array().into_iter().flatten() {
        let res = &r["Resolution"];
        let Some(v) = res["value"].as_str() else {
            continue;
        };
        let v = v.trim_end_matches('%');
        let Ok(mut value) = v.parse::<f64>() else {
            continue;
        };
        if !percent {
            if let Some(unit) = res["unit"].as_str() {
                if matches!(unit, "Cent" | "Pence" | "Penny") {
                    value /= 100.0;
                }
            }
        }
        out.push(Expected {
            value,
            iso: res["isoCurrency"].as_str().map(str::to_string),
            text: r["Text"].as_str().unwrap_or("").to_string(),
        });
    }
    out
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

/// Runs one spec file; returns (passed, total, failures).
fn run(file: &str, kinds: &[&str], percent: bool) -> Option<(usize, usize, usize, Vec<String>)> {
    let cases = specs(file)?;
    let options = fintone::Options::default();
    let analyzer = fintone::Analyzer::new(options).unwrap();
    let (mut pass, mut total, mut skipped) = (0, 0, 0);
    let mut failures = Vec::new();
    for case in &cases {
        let input = case["Input"].as_str().unwrap_or("");
        if excluded(input).is_some() {
            skipped += 1;
            continue;
        }
        total += 1;
        let want = expected(case, percent);
        let got: Vec<_> = analyzer
            .analyze(input)
            .unwrap()
            .figures
            .into_iter()
            .filter(|f| kinds.contains(&f.kind))
            .collect();
        let mut used = vec![false; got.len()];
        let mut ok = got.len() == want.len();
        for w in &want {
            let hit = got.iter().enumerate().find(|(k, g)| {
                !used[*k]
                    && close(g.value, w.value)
                    && w.iso.as_deref().is_none_or(|iso| g.currency == Some(iso))
            });
            match hit {
                Some((k, _)) => used[k] = true,
                None => ok = false,
            }
        }
        if ok {
            pass += 1;
        } else {
            failures.push(format!(
                "{input:?}\n    want {:?}\n    got  {:?}",
                want.iter()
                    .map(|w| format!("{} = {} {:?}", w.text, w.value, w.iso))
                    .collect::<Vec<_>>(),
                got.iter()
                    .map(|g| format!("{} = {} {:?}", g.text, g.value, g.currency))
                    .collect::<Vec<_>>()
            ));
        }
    }
    Some((pass, total, skipped, failures))
}

fn report(name: &str, r: &(usize, usize, usize, Vec<String>)) -> f64 {
    let (pass, total, skipped, failures) = r;
    let rate = *pass as f64 / (*total).max(1) as f64;
    eprintln!(
        "{name}: {pass}/{total} = {rate:.3} ({skipped} excluded; {pass}/{} of all cases)",
        total + skipped
    );
    for f in failures {
        eprintln!("  FAIL {f}");
    }
    rate
}

#[test]
fn currency() {
    let Some(r) = run(
        "NumberWithUnit_English_CurrencyModel.json",
        &["money", "price"],
        false,
    ) else {
        eprintln!("specs not found: skipped");
        return;
    };
    let rate = report("currency", &r);
    assert!(rate >= 0.90, "currency pass rate {rate:.3} < 0.90");
}

#[test]
fn percent() {
    let Some(r) = run("Number_English_PercentModel.json", &["percent"], true) else {
        eprintln!("specs not found: skipped");
        return;
    };
    let rate = report("percent", &r);
    assert!(rate >= 0.95, "percent pass rate {rate:.3} < 0.95");
}

#[test]
fn every_exclusion_has_a_reason_and_a_case() {
    let all: Vec<Value> = ["NumberWithUnit_English_CurrencyModel.json"]
        .iter()
        .filter_map(|f| specs(f))
        .flatten()
        .collect();
    if all.is_empty() {
        return;
    }
    for (prefix, why) in EXCLUDED {
        assert!(why.len() > 20, "{prefix}: give a reason");
        assert!(
            all.iter()
                .any(|c| c["Input"].as_str().is_some_and(|i| i.starts_with(prefix))),
            "{prefix}: no such case"
        );
    }
}
