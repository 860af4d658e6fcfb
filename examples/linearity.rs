//! Throughput of each pathological input class (`tests/common/pathological.rs`) at 100 KB,
//! 1 MB and 4 MB in CPU time of this thread (Linux `/proc/thread-self/schedstat`), not wall
//! time: on a shared machine the other processes' load changes wall-clock figures by more
//! than a super-linear stage would, while CPU time stays put. Linear cost shows as the same
//! MB/s at every size.
//!
//! `cargo run --release --example linearity [CLASS...]` (classes by name: `no-space`, ...).

#[path = "../tests/common/pathological.rs"]
mod pathological;
use pathological::Class;

/// Nanoseconds this thread has spent on a CPU.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .expect("Linux /proc/thread-self/schedstat")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let an = fintone::Analyzer::new(fintone::Options::default()).unwrap();
    an.analyze("warm").unwrap();
    for c in Class::ALL {
        if args.len() > 1 && !args[1..].iter().any(|a| a == c.name()) {
            continue;
        }
        let mut line = format!("{:14}", c.name());
        for (size, reps) in [(100_000, 40), (1_000_000, 4), (4_000_000, 1)] {
            let text = c.text(size);
            let mut best = u64::MAX;
            for _ in 0..3 {
                let t = cpu_ns();
                for _ in 0..reps {
                    std::hint::black_box(an.analyze(&text).unwrap());
                }
                best = best.min(cpu_ns() - t);
            }
            line += &format!(
                "  {}: {:.2} MB/s",
                size,
                (text.len() * reps) as f64 / (best as f64 / 1e9) / 1e6
            );
        }
        println!("{line}");
    }
}
