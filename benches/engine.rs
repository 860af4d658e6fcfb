//! Native throughput of the whole engine and of sentiment alone, over a generated ~4 MB
//! financial corpus and a 10 KB article. Run with `cargo bench --bench engine`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use fintone::{Analyzer, Options};
use std::hint::black_box;

#[path = "common/corpus.rs"]
mod corpus;

fn bench(c: &mut Criterion) {
    let articles = corpus::corpus(42, 4 << 20);
    let total: usize = articles.iter().map(String::len).sum();
    let article = corpus::article(&mut corpus::Rng::new(7), 10 * 1024);

    let full = Analyzer::new(Options::default()).unwrap();
    let sentiment_only = Analyzer::new(Options {
        tickers: false,
        figures: false,
        ..Options::default()
    })
    .unwrap();

    let mut g = c.benchmark_group("corpus");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(total as u64));
    for (name, a) in [("full", &full), ("sentiment", &sentiment_only)] {
        g.bench_function(name, |b| {
            b.iter(|| {
                for text in &articles {
                    black_box(a.analyze(black_box(text)).unwrap());
                }
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("article-10k");
    g.throughput(Throughput::Bytes(article.len() as u64));
    for (name, a) in [("full", &full), ("sentiment", &sentiment_only)] {
        g.bench_function(name, |b| {
            b.iter(|| black_box(a.analyze(black_box(&article)).unwrap()))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
