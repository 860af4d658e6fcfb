//! A fixed amount of work for `perf stat -e instructions:u` and `perf record`: instruction
//! counts do not move with the load of a shared machine the way criterion's wall-clock
//! figures do, so before/after comparisons of an optimisation use this.
//!
//! ```sh
//! cargo build --profile bench --example profile
//! perf stat -e instructions:u target/release/examples/profile full 3
//! ```
//!
//! Modes: `full` and `sentiment` analyse the engine bench's seeded ~4 MB corpus `N` times;
//! `article` analyses its 10 KB article `N` times; `text N FILE [OPTIONS]` analyses a file
//! `N` times with options given as JSON (as the wasm `Analyzer` takes them); `tickers` runs ticker detection over the
//! ticker bench's 10 KB article `N` times; `new` builds the default
//! `Analyzer` (the company universe and the lexicon, from scratch: one per process) once;
//! `dump FILE...` prints the JSON of the corpus and of each line of the files (JSONL with
//! a "text" field, or plain text), to check that an optimisation changed no output.

use fintone::{Analyzer, Options};
use std::hint::black_box;

#[path = "../benches/common/corpus.rs"]
mod corpus;
#[path = "../benches/common/ticker_article.rs"]
mod ticker_article;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mode = args.get(1).map(String::as_str).unwrap_or("full");
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let sentiment_only = Options {
        tickers: false,
        figures: false,
        ..Options::default()
    };
    match mode {
        "new" => {
            black_box(Analyzer::new(Options::default()).unwrap());
        }
        "full" | "sentiment" => {
            let articles = corpus::corpus(42, 4 << 20);
            let options = if mode == "full" {
                Options::default()
            } else {
                sentiment_only
            };
            let a = Analyzer::new(options).unwrap();
            for _ in 0..n {
                for text in &articles {
                    black_box(a.analyze(black_box(text)).unwrap());
                }
            }
        }
        "article" => {
            let article = corpus::article(&mut corpus::Rng::new(7), 10 * 1024);
            let a = Analyzer::new(Options::default()).unwrap();
            for _ in 0..n {
                black_box(a.analyze(black_box(&article)).unwrap());
            }
        }
        "text" => {
            // Any text file, with the options given as JSON (the wasm Analyzer's), to compare
            // a stage's native cost with what the wasm build spends on the same input:
            // `profile text article.txt 1000 '{"tickers":false,"phrases":false}'`.
            let text = std::fs::read_to_string(args.get(3).expect("profile text N FILE [OPTIONS]"))
                .expect("readable UTF-8 file");
            let options: Options =
                serde_json::from_str(args.get(4).map_or("{}", String::as_str)).expect("options");
            let a = Analyzer::new(options).unwrap();
            for _ in 0..n {
                black_box(a.analyze(black_box(&text)).unwrap());
            }
        }
        "tickers" => {
            // The ticker bench's work: detection over its 10 KB article, sentiment run once.
            use fintone::sentiment::{self, Lexicon};
            use fintone::text::Doc;
            use fintone::tickers::{self, Universe};
            let text = ticker_article::article();
            let options = Options::default();
            let universe = Universe::for_options(&options);
            let doc = Doc::new(&text);
            let sent = sentiment::run(&doc, &Lexicon::builtin());
            for _ in 0..n {
                black_box(tickers::detect(black_box(&doc), &sent, &universe, &options));
            }
        }
        "dump" => {
            let a = Analyzer::new(Options::default()).unwrap();
            // (text, target): the corpus, then each file's lines with their "target" if any.
            let mut texts: Vec<(String, Option<String>)> = corpus::corpus(42, 4 << 20)
                .into_iter()
                .map(|t| (t, None))
                .collect();
            for path in &args[2..] {
                let file = std::fs::read_to_string(path).unwrap();
                if path.ends_with(".jsonl") {
                    for line in file.lines() {
                        let v: serde_json::Value = serde_json::from_str(line).unwrap();
                        if let Some(text) = v["text"].as_str() {
                            let target = v["target"].as_str().map(String::from);
                            texts.push((text.to_string(), target));
                        }
                    }
                } else {
                    texts.push((file, None));
                }
            }
            for (text, target) in &texts {
                let r = a.analyze_with_target(text, target.as_deref()).unwrap();
                println!("{}", serde_json::to_string(&r).unwrap());
            }
        }
        other => {
            eprintln!("unknown mode {other}: full, sentiment, article, tickers, new or dump");
            std::process::exit(2);
        }
    }
}
