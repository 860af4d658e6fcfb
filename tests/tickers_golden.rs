//! Golden tests: multi-company articles with the tickers found, printed readably (each
//! article, then one line per company: symbol, relevance, score, label, mentions).
//! Regenerate with `UPDATE_GOLDEN=1 cargo test --test tickers_golden`; never edit by hand.
#![cfg(feature = "companies")]

use fintone::{Analyzer, Options};
use std::fmt::Write;

const ARTICLES: &[&str] = &[
    "JPMorgan, Wells Fargo diverge as rates bite\n\
     JPMorgan Chase & Co. (NYSE: JPM) rose 2% on Friday while Wells Fargo fell 6% after the \
     lender cut its forecast for net interest income. Citigroup was little changed. The bank \
     said it expects expenses to rise next year.",
    "Intel loses ground to AMD and Nvidia\n\
     Intel Corp <INTC.O> shares slid 4% after the chipmaker warned of weak data-centre demand. \
     Rivals fared better: Nvidia gained share and AMD raised its outlook. Analysts at Goldman \
     Sachs cut their price target on Intel.",
    "Apple growers in Washington expect a record harvest, while Apple Inc. said iPhone sales \
     rose 6%. $AAPL gained 1.5% and Amazon's AWS unit grew 12%. Target cut its outlook; its \
     shares fell 5%.",
    "Shell plc and BP lifted dividends as oil climbed. Shell companies used to hide money were \
     the focus of a separate probe. Exxon Mobil said its refining margins narrowed.",
];

fn render() -> String {
    let a = Analyzer::new(Options {
        sentences: false,
        phrases: false,
        figures: false,
        ..Options::default()
    })
    .unwrap();
    let mut out = String::new();
    for text in ARTICLES {
        let r = a.analyze(text).unwrap();
        writeln!(out, "{}", text.replace('\n', " / ")).unwrap();
        for t in &r.tickers {
            let mentions: Vec<String> = t
                .mentions
                .iter()
                .map(|m| format!("{}@{}", m.text, m.start))
                .collect();
            writeln!(
                out,
                "  {:<6} rel {:.2}  score {:+.2} {:<17} {}",
                t.symbol,
                t.relevance,
                t.score,
                t.label,
                mentions.join(", ")
            )
            .unwrap();
        }
        out.push('\n');
    }
    out
}

#[test]
fn golden_multi_company_articles() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/tickers.txt");
    let got = render();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(path).unwrap_or_default();
    assert_eq!(
        got, want,
        "run UPDATE_GOLDEN=1 cargo test --test tickers_golden"
    );
}
