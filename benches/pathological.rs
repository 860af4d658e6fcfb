//! Cost of each pathological input class (`tests/common/pathological.rs`) at two sizes ten
//! times apart: with linear cost the throughput (MiB/s) is the same at both. Run with
//! `cargo bench --bench pathological`; quick settings that still show the ratio:
//! `cargo bench --bench pathological -- --warm-up-time 1 --measurement-time 3`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use fintone::{Analyzer, Options};
use std::hint::black_box;

#[path = "../tests/common/pathological.rs"]
mod pathological;
use pathological::Class;

/// 100 KB and 1 MB.
const SIZES: [usize; 2] = [100_000, 1_000_000];

fn bench(c: &mut Criterion) {
    let analyzer = Analyzer::new(Options::default()).unwrap();
    // Build the built-in lexicon and universe before anything is timed.
    analyzer.analyze("warm up").unwrap();
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    for class in Class::ALL {
        for size in SIZES {
            let text = class.text(size);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(class.name(), size), &text, |b, text| {
                b.iter(|| black_box(analyzer.analyze(black_box(text)).unwrap()))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
