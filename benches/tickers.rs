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

#[path = "common/ticker_article.rs"]
mod ticker_article;
use ticker_article::article;

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
