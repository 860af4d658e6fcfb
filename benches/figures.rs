//! Figures for a 10 KB article (target: under 0.5 ms native).
//!
//! `cargo bench --bench figures`. Two articles, each repeated to 10 KB: the sample news
//! article of the repository, and the golden test articles, dense in figures (about one
//! every 32 bytes), a worst case for news text.

use criterion::{criterion_group, criterion_main, Criterion};
use fintone::text::Doc;
use std::hint::black_box;

fn article(parts: &[&str]) -> String {
    let mut text = String::new();
    while text.len() < 10 * 1024 {
        for p in parts.iter().copied() {
            text.push_str(p);
        }
    }
    text.truncate(text.floor_char_boundary_compat(10 * 1024));
    text
}

trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorCharBoundary for String {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

fn bench(c: &mut Criterion) {
    // Dense: the golden articles, about one figure every 32 bytes.
    let text = article(&[
        include_str!("../tests/golden/figures/earnings.txt"),
        include_str!("../tests/golden/figures/markets.txt"),
    ]);
    // Ordinary news: the sample article of the repository.
    let news = article(&[include_str!("../samples/article.txt")]);
    let news_doc = Doc::new(&news);
    eprintln!(
        "10 KB news article: {} figures",
        fintone::figures::extract(&news_doc).len()
    );
    c.bench_function("figures::extract, 10 KB news article", |b| {
        b.iter(|| fintone::figures::extract(black_box(&news_doc)))
    });
    let doc = Doc::new(&text);
    let n = fintone::figures::extract(&doc).len();
    eprintln!("10 KB dense article: {} bytes, {n} figures", text.len());
    c.bench_function("figures::extract, 10 KB dense article", |b| {
        b.iter(|| fintone::figures::extract(black_box(&doc)))
    });
    c.bench_function("Doc::new + figures::extract, 10 KB dense article", |b| {
        b.iter(|| fintone::figures::extract(&Doc::new(black_box(&text))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
