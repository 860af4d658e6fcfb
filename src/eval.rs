//! Evaluation against labelled JSONL sets: accuracy, macro-F1, per-class precision and
//! recall and the confusion matrix for `label` lines; cosine similarity, Pearson r and MSE
//! for `score` lines. Native only (the CLI's `eval`).

use crate::analysis::Analyzer;
use serde::Deserialize;
use std::fmt::Write as _;

/// One labelled line.
#[derive(Debug, Clone, Deserialize)]
pub struct Example {
    /// Stable id; the held-out split is chosen by its hash.
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    /// The text.
    pub text: String,
    /// `positive`, `negative` or `neutral`.
    #[serde(default)]
    pub label: Option<String>,
    /// A gold score in [-1, 1].
    #[serde(default)]
    pub score: Option<f64>,
    /// The entity the label is about.
    #[serde(default)]
    pub target: Option<String>,
}

/// Which part of a set to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// Every line.
    All,
    /// The held-out fifth: never used for fitting or tuning; report on this.
    Test,
    /// The other four fifths, less every line whose text is also a held-out line's (see
    /// [`Split::select`]).
    Train,
}

impl Split {
    /// Parses `all`, `test` or `train`.
    pub fn parse(s: &str) -> Option<Split> {
        match s {
            "all" => Some(Split::All),
            "test" | "heldout" | "held-out" => Some(Split::Test),
            "train" | "fit" => Some(Split::Train),
            _ => None,
        }
    }

    /// The lines of one set (one file) that belong to this split.
    ///
    /// The held-out fifth is chosen by a hash of each line's id, and a set labels several
    /// entities of one text on lines of their own (SEntFiN: a headline per entity; FinEntity:
    /// a paragraph per entity). So a held-out line's text is often a fit line's too: 1,294
    /// of SEntFiN's 2,954 held-out lines and 360 of FinEntity's 435. Fitting on those texts
    /// learned their words, and the held-out figures measured texts the weights had seen.
    /// The fit split therefore leaves out every line whose text is a held-out line's; the
    /// held-out fifth stays as it was, fixed forever.
    pub fn select(self, examples: Vec<Example>) -> Vec<Example> {
        match self {
            Split::All => examples,
            Split::Test => examples.into_iter().filter(is_held_out).collect(),
            Split::Train => {
                let held: std::collections::HashSet<String> = examples
                    .iter()
                    .filter(|e| is_held_out(e))
                    .map(|e| e.text.clone())
                    .collect();
                examples
                    .into_iter()
                    .filter(|e| !is_held_out(e) && !held.contains(&e.text))
                    .collect()
            }
        }
    }
}

/// The held-out fifth: FNV-1a of the id (or of the text when there is no id) mod 5 == 0.
/// Fixed forever, so that no tuning ever sees these lines.
pub fn is_held_out(example: &Example) -> bool {
    let key = match &example.id {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => example.text.clone(),
    };
    fnv1a(0xcbf29ce484222325, &key) % 5 == 0
}

/// FNV-1a of `key` from the starting value `seed` (the standard offset basis, or another
/// seed for a second, independent split).
pub(crate) fn fnv1a(seed: u64, key: &str) -> u64 {
    key.bytes()
        .fold(seed, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3))
}

/// The three classes, in report order.
pub const CLASSES: [&str; 3] = ["negative", "neutral", "positive"];

pub(crate) fn class_of(label: &str) -> Option<usize> {
    match label.to_ascii_lowercase().as_str() {
        "negative" | "strongly negative" | "bearish" => Some(0),
        "neutral" => Some(1),
        "positive" | "strongly positive" | "bullish" => Some(2),
        _ => None,
    }
}

/// The class (index into [`CLASSES`]) a predicted score falls in under the analyzer's
/// label bands: both strong labels count as their plain class.
pub fn predicted_class(analyzer: &Analyzer, score: f64) -> usize {
    let label = analyzer.options().label(score);
    DEFAULT_INDEX[analyzer
        .options()
        .labels
        .iter()
        .position(|l| l == label)
        .unwrap_or(2)]
}

/// The labelled examples the predictions got wrong, one JSON object per line (`id`, `text`,
/// `target`, gold `label`, predicted `score` and `predicted` class): what `eval --errors`
/// writes, for reading the mistakes of the fit split.
pub fn errors_jsonl(analyzer: &Analyzer, examples: &[Example], predicted: &[f64]) -> String {
    let mut out = String::new();
    for (ex, &p) in examples.iter().zip(predicted) {
        let Some(g) = ex.label.as_deref().and_then(class_of) else {
            continue;
        };
        let c = predicted_class(analyzer, p);
        if c == g {
            continue;
        }
        let line = serde_json::json!({
            "id": ex.id,
            "text": ex.text,
            "target": ex.target,
            "label": CLASSES[g],
            "score": (p * 1000.0).round() / 1000.0,
            "predicted": CLASSES[c],
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// The figures of one evaluation.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Lines scored.
    pub n: usize,
    /// Lines with a class label.
    pub labelled: usize,
    /// Accuracy over labelled lines.
    pub accuracy: f64,
    /// Macro-averaged F1 over the three classes.
    pub macro_f1: f64,
    /// Precision per class (negative, neutral, positive).
    pub precision: [f64; 3],
    /// Recall per class.
    pub recall: [f64; 3],
    /// F1 per class.
    pub f1: [f64; 3],
    /// `confusion[gold][predicted]`.
    pub confusion: [[usize; 3]; 3],
    /// Lines with a gold score.
    pub scored: usize,
    /// Cosine similarity of predicted and gold scores.
    pub cosine: Option<f64>,
    /// Pearson correlation.
    pub pearson: Option<f64>,
    /// Mean squared error.
    pub mse: Option<f64>,
}

/// The predicted score of one example: the target's when it names one, else the document's.
pub fn predict(analyzer: &Analyzer, ex: &Example) -> f64 {
    match analyzer.analyze_with_target(&ex.text, ex.target.as_deref()) {
        Ok(a) => a.target.map(|t| t.score).unwrap_or(a.overall.score),
        Err(_) => 0.0,
    }
}

/// Scores every example (in parallel) and computes the report.
pub fn evaluate(analyzer: &Analyzer, examples: &[Example]) -> Report {
    report(analyzer, examples, &predict_all(analyzer, examples))
}

/// The predicted score of every example, in order (in parallel).
pub fn predict_all(analyzer: &Analyzer, examples: &[Example]) -> Vec<f64> {
    crate::parallel::map(examples, |ex| predict(analyzer, ex))
}

/// The report for predictions already made.
pub fn report(analyzer: &Analyzer, examples: &[Example], predicted: &[f64]) -> Report {
    let mut r = Report {
        n: examples.len(),
        ..Default::default()
    };
    let mut gold_scores = Vec::new();
    let mut pred_scores = Vec::new();
    for (ex, &p) in examples.iter().zip(predicted) {
        if let Some(g) = ex.label.as_deref().and_then(class_of) {
            r.confusion[g][predicted_class(analyzer, p)] += 1;
            r.labelled += 1;
        }
        if let Some(g) = ex.score {
            gold_scores.push(g);
            pred_scores.push(p);
        }
    }
    let correct: usize = (0..3).map(|i| r.confusion[i][i]).sum();
    r.accuracy = ratio(correct, r.labelled);
    for c in 0..3 {
        let tp = r.confusion[c][c];
        let predicted: usize = (0..3).map(|g| r.confusion[g][c]).sum();
        let actual: usize = r.confusion[c].iter().sum();
        r.precision[c] = ratio(tp, predicted);
        r.recall[c] = ratio(tp, actual);
        let (p, q) = (r.precision[c], r.recall[c]);
        r.f1[c] = if p + q > 0.0 {
            2.0 * p * q / (p + q)
        } else {
            0.0
        };
    }
    r.macro_f1 = r.f1.iter().sum::<f64>() / 3.0;
    r.scored = gold_scores.len();
    if r.scored > 0 {
        let n = r.scored as f64;
        let dot: f64 = gold_scores
            .iter()
            .zip(&pred_scores)
            .map(|(a, b)| a * b)
            .sum();
        let na: f64 = gold_scores.iter().map(|a| a * a).sum::<f64>().sqrt();
        let nb: f64 = pred_scores.iter().map(|b| b * b).sum::<f64>().sqrt();
        r.cosine = Some(if na > 0.0 && nb > 0.0 {
            dot / (na * nb)
        } else {
            0.0
        });
        let ma = gold_scores.iter().sum::<f64>() / n;
        let mb = pred_scores.iter().sum::<f64>() / n;
        let cov: f64 = gold_scores
            .iter()
            .zip(&pred_scores)
            .map(|(a, b)| (a - ma) * (b - mb))
            .sum();
        let va: f64 = gold_scores.iter().map(|a| (a - ma).powi(2)).sum();
        let vb: f64 = pred_scores.iter().map(|b| (b - mb).powi(2)).sum();
        r.pearson = Some(if va > 0.0 && vb > 0.0 {
            cov / (va * vb).sqrt()
        } else {
            0.0
        });
        r.mse = Some(
            gold_scores
                .iter()
                .zip(&pred_scores)
                .map(|(a, b)| (a - b).powi(2))
                .sum::<f64>()
                / n,
        );
    }
    r
}

/// Five labels collapse to three classes: strongly negative and negative are negative.
const DEFAULT_INDEX: [usize; 5] = [0, 0, 1, 2, 2];

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Report {
    /// The report as aligned text.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        if self.labelled > 0 {
            let _ = writeln!(
                s,
                "lines {}  accuracy {:.3}  macro-F1 {:.3}",
                self.labelled, self.accuracy, self.macro_f1
            );
            let _ = writeln!(
                s,
                "{:<10} {:>9} {:>7} {:>6} {:>8}",
                "class", "precision", "recall", "f1", "support"
            );
            for c in 0..3 {
                let support: usize = self.confusion[c].iter().sum();
                let _ = writeln!(
                    s,
                    "{:<10} {:>9.3} {:>7.3} {:>6.3} {:>8}",
                    CLASSES[c], self.precision[c], self.recall[c], self.f1[c], support
                );
            }
            let _ = writeln!(s, "confusion (rows: gold, columns: predicted)");
            let _ = writeln!(
                s,
                "{:<10} {:>9} {:>9} {:>9}",
                "", CLASSES[0], CLASSES[1], CLASSES[2]
            );
            for c in 0..3 {
                let row = self.confusion[c];
                let _ = writeln!(
                    s,
                    "{:<10} {:>9} {:>9} {:>9}",
                    CLASSES[c], row[0], row[1], row[2]
                );
            }
        }
        if self.scored > 0 {
            let _ = writeln!(
                s,
                "scored lines {}  cosine {:.3}  pearson {:.3}  mse {:.4}",
                self.scored,
                self.cosine.unwrap_or(0.0),
                self.pearson.unwrap_or(0.0),
                self.mse.unwrap_or(0.0)
            );
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: &str, text: &str) -> Example {
        Example {
            id: Some(serde_json::Value::String(id.into())),
            text: text.into(),
            label: Some("neutral".into()),
            score: None,
            target: None,
        }
    }

    /// No text is in both splits: a text with a held-out line is kept out of the fit split,
    /// whatever its other lines' ids hash to.
    #[test]
    fn the_fit_split_shares_no_text_with_the_held_out_one() {
        let lines: Vec<Example> = (0..200)
            .map(|i| {
                line(
                    &format!("set-{}-{}", i / 3, i % 3),
                    &format!("text {}", i / 3),
                )
            })
            .collect();
        let test = Split::Test.select(lines.clone());
        let train = Split::Train.select(lines.clone());
        assert!(!test.is_empty() && !train.is_empty());
        let held: std::collections::HashSet<&str> = test.iter().map(|e| e.text.as_str()).collect();
        assert!(train.iter().all(|e| !held.contains(e.text.as_str())));
        // The held-out lines are those of the id hash, as before.
        assert!(test.iter().all(is_held_out));
        assert_eq!(test.len(), lines.iter().filter(|e| is_held_out(e)).count());
        // Texts with no held-out line keep all their lines.
        let kept = lines
            .iter()
            .filter(|e| !held.contains(e.text.as_str()))
            .count();
        assert_eq!(train.len(), kept);
    }
}
