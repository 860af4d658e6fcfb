//! Ticker detection over a 10 KB multi-company article (target: under 0.2 ms native).
//!
//! `cargo bench --bench tickers`. The article is built from a few paragraphs of wire-style
//! news repeated to 10 KB; the sentiment stage runs once outside the timed loop.

use criterion::{criterion_group, criterion_main, Criterion};
use fintone::sentiment::{self, Lexicon};
use fintone::text::Doc;
use fintone::tickers::{self, Universe};
use fintone::Options;
use std::hint::black_box;

const PARAGRAPHS: &str = "Apple Inc. (NASDAQ: AAPL) shares rose 3% after the iPhone maker beat \
estimates, while Microsoft's Azure cloud business grew 29%. JPMorgan rose 2% while Wells Fargo \
fell 6% as investors weighed the outlook for banks. Johnson & Johnson <JNJ.N> cut its full-year \
forecast, citing a stronger dollar; the company said its pharmaceutical sales held up. \
$TSLA and $NVDA led the Nasdaq higher. Amazon said AWS revenue grew 12%, and the retailer \
expects holiday demand to stay strong. Target cut its outlook and its shares fell 5% in \
premarket trading. Goldman Sachs and Morgan Stanley reported lower trading revenue, and \
analysts at Citi said the outlook for investment banking remained weak. Shell plc raised its \
dividend as oil prices climbed. Nvidia gained share while Intel lost ground to AMD in the \
data-centre market. Ford recalled 100,000 vehicles; GM shares were unchanged.\n\n";

fn article() -> String {
    let mut s = String::new();
    while s.len() < 10_000 {
        s.push_str(PARAGRAPHS);
    }
    s
}

fn bench(c: &mut Criterion) {
    let text = article();
    let options = Options::default();
    let universe = Universe::for_options(&options);
    let doc = Doc::new(&text);
    let sent = sentiment::run(&doc, &Lexicon::builtin());
    assert!(!tickers::detect(&doc, &sent, &universe, &options).is_empty());
    c.bench_function("tickers::detect 10 KB", |b| {
        b.iter(|| tickers::detect(black_box(&doc), &sent, &universe, &options))
    });
    c.bench_function("tickers::mention_tokens 10 KB", |b| {
        b.iter(|| tickers::mention_tokens(black_box(&doc), &universe))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
