//! # fintone
//!
//! Financial-news sentiment with explanations: the phrases that moved the score, a score per
//! sentence, per company and per target entity, and the figures an article states. Runs
//! natively and, through `src/wasm.rs`, in the browser.
//!
//! ```
//! let analysis = fintone::analyze("Losses narrowed and revenue rose 12%.", &fintone::Options::default()).unwrap();
//! assert!(analysis.overall.score > 0.0);
//! assert_eq!(analysis.phrases[0].text, "Losses narrowed");
//! ```
//!
//! The pipeline is in [`analysis`]: normalise and segment (`text`), annotate and score
//! (`sentiment`), figures (`figures`), tickers (`tickers`), then aggregate and convert spans
//! to UTF-16 for the outside world (`span`). A long text can go through it in parts, with
//! memory that follows the part rather than the text: [`Analyzer::analyze_parts`] and
//! [`Stream`] (`stream`).
#![deny(missing_docs)]
// Index loops over 3x3 confusion matrices and parallel per-clause arrays read better than
// zipped iterators here.
#![allow(clippy::needless_range_loop)]

pub mod analysis;
mod case;
mod decimal;
mod error;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod figures;
mod hash;
mod options;
#[cfg(not(target_arch = "wasm32"))]
pub mod parallel;
pub mod sentiment;
mod sort;
pub mod span;
pub mod stream;
pub mod text;
pub mod tickers;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::{analyze, Analysis, Analyzer, Mention, Overall, Phrase, Sentence, TargetScore};
pub use error::{Error, ErrorKind};
pub use figures::Figure;
pub use options::{
    CompanyEntry, LexiconEntry, Options, Thresholds, DEFAULT_LABELS, DEFAULT_MAX_INPUT_BYTES,
    MAX_INPUT_BYTES_LIMIT,
};
pub use span::Span;
pub use stream::{Part, Stream, Summary};
pub use tickers::TickerScore;
