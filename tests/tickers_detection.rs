//! Detection accuracy: recall on FinEntity's labelled companies that are in the universe,
//! and precision on hand-written trap sentences. Reads `../shared/data/dev/finentity.jsonl`
//! when present (the shipped package does not depend on it).
#![cfg(feature = "companies")]

use fintone::tickers::Universe;
use fintone::{Analyzer, Options};
use std::collections::BTreeSet;

fn analyzer() -> Analyzer {
    Analyzer::new(Options {
        sentences: false,
        phrases: false,
        figures: false,
        ..Options::default()
    })
    .unwrap()
}

fn symbols(a: &Analyzer, text: &str) -> BTreeSet<String> {
    a.analyze(text)
        .unwrap()
        .tickers
        .into_iter()
        .map(|t| t.symbol)
        .collect()
}

/// Character offsets to UTF-16 offsets.
fn utf16_at(text: &str, chars: usize) -> usize {
    text.chars().take(chars).map(char::len_utf16).sum()
}

#[test]
fn finentity_recall() {
    let Ok(data) = std::fs::read_to_string("../shared/data/dev/finentity.jsonl") else {
        eprintln!("finentity.jsonl not found; skipped");
        return;
    };
    let universe = Universe::builtin();
    let a = analyzer();
    let (mut total, mut hit) = (0usize, 0usize);
    let mut misses = Vec::new();
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let (Some(text), Some(target)) = (v["text"].as_str(), v["target"].as_str()) else {
            continue;
        };
        let Some(sym) = universe.lookup(target) else {
            continue;
        };
        total += 1;
        let start = utf16_at(text, v["start"].as_u64().unwrap() as usize);
        let end = utf16_at(text, v["end"].as_u64().unwrap() as usize);
        let analysis = a.analyze(text).unwrap();
        let found = analysis
            .tickers
            .iter()
            .any(|t| t.symbol == sym && t.mentions.iter().any(|m| m.start < end && start < m.end));
        if found {
            hit += 1;
        } else {
            misses.push(format!("{target} ({sym})"));
        }
    }
    let recall = hit as f64 / total.max(1) as f64;
    eprintln!("FinEntity detection recall: {hit}/{total} = {recall:.3}");
    eprintln!("misses: {:?}", &misses[..misses.len().min(60)]);
    assert!(total > 500, "too few targets in the universe: {total}");
    assert!(recall >= 0.90, "recall {recall:.3}");
}

/// (sentence, the symbols it names). Traps name none, or fewer than a naive matcher finds.
const TRAPS: &[(&str, &[&str])] = &[
    (
        "Apple growers in Washington expect a record harvest this autumn.",
        &[],
    ),
    (
        "She baked an apple pie and a Target was painted on the wall.",
        &[],
    ),
    (
        "Target the right customers with better ads, the consultant said.",
        &[],
    ),
    (
        "The Amazon rainforest lost an area the size of Wales last year.",
        &[],
    ),
    (
        "Deforestation in the Amazon basin accelerated in 2022.",
        &[],
    ),
    (
        "Shell companies were used to hide the money, prosecutors said.",
        &[],
    ),
    ("A turtle's shell protects it from predators.", &[]),
    ("The CEO said AI will change how IT departments work.", &[]),
    ("US GDP grew 2.1% and EPS estimates ARE rising NOW.", &[]),
    (
        "ALL of the analysts agree that CASH is king and COST control matters.",
        &[],
    ),
    ("It is ON the agenda for the ECB and the Fed.", &[]),
    (
        "A new report from the IMF and the OECD on EV adoption.",
        &[],
    ),
    ("The Delta variant spread quickly across the region.", &[]),
    ("Ford the river at the shallow point, the guide said.", &[]),
    (
        "The Nasdaq Composite fell 1.2% and the Dow lost 300 points.",
        &[],
    ),
    ("Reuters reported the figures on Tuesday.", &[]),
    ("Oracle at Delphi was consulted by ancient Greeks.", &[]),
    ("Spirit of the law matters more than its letter.", &[]),
    (
        "He paid $5 for coffee and $5bn was raised in the round.",
        &[],
    ),
    ("The U.S. economy added jobs in May.", &[]),
    ("Visa applications for students rose this year.", &[]),
    ("Investor confidence fell as stocks slid 2%.", &[]),
    (
        "Next week the company reports earnings; shares rose 1%.",
        &[],
    ),
    ("Here is what analysts expect from the quarter.", &[]),
    ("City officials said the market would reopen.", &[]),
    ("Lithium prices fell 5% as demand cooled.", &[]),
    ("News of the deal lifted stocks by 3%.", &[]),
    ("Universal basic income was debated by investors.", &[]),
    ("Southern states saw strong retail sales.", &[]),
    ("Price target cut to $58 from $92 at MKM Partners.", &[]),
    ("Progressive investors backed the climate resolution.", &[]),
    (
        "TS and KB said the figures were revised, per the EPS report.",
        &[],
    ),
    ("The Gap between rich and poor widened, the IMF said.", &[]),
    ("General Motors fans cheered; Energy prices rose.", &["GM"]),
    ("Block trades lifted shares of small caps.", &[]),
    ("Match day revenue at the stadium rose.", &[]),
    (
        "Apple shares rose 3% after the iPhone maker beat estimates.",
        &["AAPL"],
    ),
    (
        "Amazon (NASDAQ: AMZN) said AWS revenue grew 12%.",
        &["AMZN"],
    ),
    ("Target cut its outlook and its shares fell 5%.", &["TGT"]),
    ("Shell plc raised its dividend.", &["SHEL"]),
    (
        "JPMorgan rose 2% while Wells Fargo fell 6%.",
        &["JPM", "WFC"],
    ),
    ("Johnson & Johnson <JNJ.N> shares gained 0.2%.", &["JNJ"]),
    ("$TSLA and $NVDA led the Nasdaq higher.", &["NVDA", "TSLA"]),
    (
        "NYSE:JPM traded flat while (MSFT.O) rose.",
        &["JPM", "MSFT"],
    ),
    (
        "YouTube ad sales helped Alphabet beat forecasts.",
        &["GOOGL"],
    ),
    (
        "Instagram and WhatsApp owner Meta Platforms cut jobs.",
        &["META"],
    ),
    (
        "Microsoft's Azure cloud grew 29%; LinkedIn revenue rose.",
        &["MSFT"],
    ),
    (
        "Chase cardholders spent more, JPMorgan's CFO said.",
        &["JPM"],
    ),
    (
        "Nvidia gained share while Intel lost ground to AMD.",
        &["AMD", "INTC", "NVDA"],
    ),
    (
        "Goldman Sachs and Morgan Stanley reported lower trading revenue.",
        &["GS", "MS"],
    ),
    (
        "Ford recalled 100,000 vehicles; GM shares were unchanged.",
        &["F", "GM"],
    ),
    (
        "Delta Air Lines forecast strong demand; Delta shares rose.",
        &["DAL"],
    ),
    (
        "Oracle shares jumped after the database company beat estimates.",
        &["ORCL"],
    ),
    (
        "Spirit Airlines agreed to a deal with JetBlue.",
        &["JBLU", "SAVE"],
    ),
    (
        "Siemens is rallying 6% after a boom in quarterly orders.",
        &["SIE.DE"],
    ),
    ("Credit Suisse and UBS shares slid.", &["CS", "UBS"]),
    (
        "Samsung Electronics posted a drop in profit.",
        &["005930.KS"],
    ),
];

#[test]
fn trap_precision() {
    let a = analyzer();
    let (mut detected, mut correct, mut expected) = (0usize, 0usize, 0usize);
    let mut errors = Vec::new();
    for (text, want) in TRAPS {
        let got = symbols(&a, text);
        let want: BTreeSet<String> = want.iter().map(|s| s.to_string()).collect();
        detected += got.len();
        correct += got.intersection(&want).count();
        expected += want.len();
        if got != want {
            errors.push(format!("{text}: got {got:?}, want {want:?}"));
        }
    }
    let precision = correct as f64 / detected.max(1) as f64;
    let recall = correct as f64 / expected.max(1) as f64;
    eprintln!("traps: precision {precision:.3}, recall {recall:.3}");
    for e in &errors {
        eprintln!("  {e}");
    }
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.90, "recall {recall:.3}");
}
