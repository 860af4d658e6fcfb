//! THE pipeline, top to bottom, and the result types.
//!
//! `text -> Doc (normalise, tokens, sentences) -> sentiment (lexicon, rules, scores) ->
//! figures -> tickers -> target -> aggregate -> UTF-16 spans`.
//!
//! Every stage reads the one [`Doc`]; spans are bytes until [`Analyzer::analyze`] converts
//! them at the very end, in one pass, for the outside world.

use crate::figures::{self, Figure};
use crate::options::Options;
use crate::sentiment::{self, Lexicon};
use crate::span::{Span, Utf16Map};
use crate::text::Doc;
use crate::tickers::{self, TickerScore, Universe};
use crate::Error;
use serde::Serialize;
use std::sync::{Arc, OnceLock};

/// The result of analysing one text. Field names serialise in camelCase; offsets are UTF-16
/// code units so that `text.slice(start, end)` in JS is exact. Byte spans are in the
/// `bytes` fields for Rust callers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// The document score and label.
    pub overall: Overall,
    /// Each sentence with its score (empty when `Options::sentences` is off).
    pub sentences: Vec<Sentence>,
    /// The spans that moved the score (empty when `Options::phrases` is off).
    pub phrases: Vec<Phrase>,
    /// Companies the text talks about, most relevant first.
    pub tickers: Vec<TickerScore>,
    /// Amounts, rates and periods the text states, in text order.
    pub figures: Vec<Figure>,
    /// The sentiment toward `Options::target`, when one was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetScore>,
}

/// A score in [-1, 1] and its label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overall {
    /// Score in [-1, 1].
    pub score: f64,
    /// Label from `Options::labels`.
    pub label: String,
}

/// One sentence and its score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    /// UTF-16 start.
    pub start: usize,
    /// UTF-16 end.
    pub end: usize,
    /// Score in [-1, 1].
    pub score: f64,
    /// Its label.
    pub label: String,
    /// Byte span in the input.
    #[serde(skip)]
    pub bytes: Span,
}

/// A span that moved the score, with its signed contribution and the rule that made it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phrase {
    /// UTF-16 start.
    pub start: usize,
    /// UTF-16 end.
    pub end: usize,
    /// The text of the span.
    pub text: String,
    /// Signed contribution, in [-1, 1], to its sentence before normalisation.
    pub score: f64,
    /// Index of its sentence in `sentences`.
    pub sentence: usize,
    /// The rule that made it: `lexicon`, `negation`, `metric-direction`, `intensity`,
    /// `hedge` or `contrast`.
    pub rule: &'static str,
    /// Byte span in the input.
    #[serde(skip)]
    pub bytes: Span,
}

/// Where a name occurs in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// UTF-16 start.
    pub start: usize,
    /// UTF-16 end.
    pub end: usize,
    /// The text as written.
    pub text: String,
    /// Byte span in the input.
    #[serde(skip)]
    pub bytes: Span,
}

impl Mention {
    /// A mention of `span` in `text` (UTF-16 offsets are filled at the end of the pipeline).
    pub fn new(text: &str, span: Span) -> Self {
        Mention {
            start: 0,
            end: 0,
            text: text[span.range()].to_string(),
            bytes: span,
        }
    }
}

/// The sentiment toward one named entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetScore {
    /// The name asked for.
    pub name: String,
    /// Score in [-1, 1].
    pub score: f64,
    /// Its label.
    pub label: String,
    /// Where the name (or a short form of it) occurs.
    pub mentions: Vec<Mention>,
}

/// Analyses `text` with `options`. For many texts with the same options, build an
/// [`Analyzer`] once instead.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    Analyzer::new(options.clone())?.analyze(text)
}

/// An analyser for repeated calls with the same options: the lexicon's phrase matcher and
/// the company index are built once, here (the built-in ones once per process; the company
/// index only when tickers are on, else on the first target scored).
#[derive(Debug, Clone)]
pub struct Analyzer {
    /// Shared, so that a [`crate::Stream`] holds the analyser without copying its options.
    options: Arc<Options>,
    lexicon: Arc<Lexicon>,
    /// Built by `new` when tickers are on; otherwise on the first call that scores a target
    /// (the only other reader), so that a sentiment-only analyser does not pay for loading
    /// the company table (9 M instructions natively, most of a cold start in wasm). Shared
    /// by the clones.
    universe: Arc<OnceLock<Arc<Universe>>>,
}

impl Analyzer {
    /// Checks the options and prepares the lexicon and, when tickers are on, the company
    /// universe.
    pub fn new(options: Options) -> Result<Self, Error> {
        options.validate()?;
        let lexicon = if options.lexicon.is_empty() {
            Lexicon::builtin()
        } else {
            Arc::new(Lexicon::with_overrides(&options.lexicon))
        };
        let universe = OnceLock::new();
        if options.tickers {
            // Up front: the first analysis would build it anyway.
            let _ = universe.set(Universe::for_options(&options));
        }
        Ok(Analyzer {
            options: Arc::new(options),
            lexicon,
            universe: Arc::new(universe),
        })
    }

    /// The companies that can be detected (built on first use when tickers are off).
    fn universe(&self) -> &Universe {
        self.universe
            .get_or_init(|| Universe::for_options(&self.options))
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Analyses one text.
    pub fn analyze(&self, text: &str) -> Result<Analysis, Error> {
        self.analyze_with_target(text, self.options.target.as_deref())
    }

    /// Analyses one text and scores `target` in it (overriding `Options::target`).
    pub fn analyze_with_target(&self, text: &str, target: Option<&str>) -> Result<Analysis, Error> {
        self.run(text, target, true)
    }

    /// [`Analyzer::analyze`] for the wasm boundary, with every phrase's `text` left empty:
    /// `to_js` does not send it, since `js/api.js` slices it from the caller's own string
    /// with the UTF-16 offsets. Copying those strings out of the input was 3-5% of a 10 KB
    /// article's call in wasm (benches/README, "Allocations in wasm").
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn analyze_for_js(&self, text: &str) -> Result<Analysis, Error> {
        self.run(text, self.options.target.as_deref(), false)
    }

    /// The pipeline. `phrase_texts: false` leaves the `text` of each phrase and figure, and
    /// the figures' `period`, empty.
    fn run(&self, text: &str, target: Option<&str>, phrase_texts: bool) -> Result<Analysis, Error> {
        self.pipeline(text, target, phrase_texts, None)
    }

    /// The pipeline, for a whole text (`part: None`) or for one part of a long one
    /// ([`crate::Stream`]): then `part` holds what the earlier parts passed on (the
    /// sentences that count so far) and receives what this part adds to the text's overall
    /// and ticker scores.
    // One copy for `analyze` and for streams: inlined into both, it cost 9 KB gzip of .wasm.
    #[inline(never)]
    pub(crate) fn pipeline(
        &self,
        text: &str,
        target: Option<&str>,
        phrase_texts: bool,
        mut part: Option<&mut PartScores>,
    ) -> Result<Analysis, Error> {
        let o = &self.options;
        if text.len() > o.max_input_bytes {
            return Err(Error::too_large(text.len(), o.max_input_bytes));
        }

        // 1. Normalise and segment: tokens and sentences, shared by every stage below.
        let doc = Doc::new(text);

        // 2. Annotate and score sentiment: lexicon, rules, sentence and document scores.
        let counted = part.as_ref().map_or(0, |p| p.counted);
        let sent = sentiment::run_from(&doc, &self.lexicon, counted);
        if let Some(p) = part.as_deref_mut() {
            p.counted = sent.counted;
            p.sentences += sent.sentences.len();
            p.document = sentiment::document_sums(&sent.sentences, p.document);
        }

        // 3. Figures: amounts, rates, periods and what they measure.
        let figures = if o.figures {
            figures::extract_with(&doc, phrase_texts)
        } else {
            Vec::new()
        };

        // 4. Tickers: which companies, and the sentiment toward each.
        let tickers = if o.tickers {
            let found = tickers::detect_parts(&doc, &sent, self.universe(), o);
            if let Some(p) = part.as_deref_mut() {
                p.tickers.clear();
                p.tickers
                    .extend(found.iter().map(|d| (d.evidence, d.sum, d.weight)));
            }
            found.into_iter().map(|d| d.ticker).collect()
        } else {
            Vec::new()
        };

        // 5. The target entity, if asked for.
        let target = target.map(|name| {
            // The tickers stage's company mentions are the other entities.
            let t = tickers::score_target(&doc, &sent, self.universe(), name);
            if let Some(p) = part {
                p.target = (t.sum, t.weight);
            }
            TargetScore {
                name: name.to_string(),
                score: round(t.score),
                label: o.label(t.score).to_string(),
                mentions: t
                    .mentions
                    .into_iter()
                    .map(|s| Mention::new(text, s))
                    .collect(),
            }
        });

        // 6. Aggregate into the result, then convert every span to UTF-16 in one place. The
        // tokens and the word stream are no longer needed: freed before the result is built,
        // they do not add to the peak (on a 10 MB text they are 80 MB).
        drop(doc);
        let overall = Overall {
            score: round(sent.overall),
            label: o.label(sent.overall).to_string(),
        };
        let sentences = if o.sentences {
            sent.sentences
                .iter()
                .map(|s| Sentence {
                    start: 0,
                    end: 0,
                    score: round(s.score),
                    label: o.label(s.score).to_string(),
                    bytes: s.span,
                })
                .collect()
        } else {
            Vec::new()
        };
        let phrases = if o.phrases {
            let shown = |p: &&sentiment::ScoredPhrase| round(p.score) != 0.0;
            let mut phrases = Vec::with_capacity(sent.phrases.iter().filter(shown).count());
            phrases.extend(sent.phrases.iter().filter(shown).map(|p| Phrase {
                start: 0,
                end: 0,
                text: if phrase_texts {
                    text[p.span.range()].to_string()
                } else {
                    String::new()
                },
                score: round(p.score.clamp(-1.0, 1.0)),
                sentence: p.sentence,
                rule: p.rule.name(),
                bytes: p.span,
            }));
            phrases
        } else {
            Vec::new()
        };
        drop(sent);
        let mut analysis = Analysis {
            overall,
            sentences,
            phrases,
            tickers,
            figures,
            target,
        };
        // The map costs a pass over the text: only when some span goes out (a sentiment-only
        // analyser has none; the map was 8% of its call in wasm).
        let spans = !(analysis.sentences.is_empty()
            && analysis.phrases.is_empty()
            && analysis.tickers.is_empty()
            && analysis.figures.is_empty()
            && analysis
                .target
                .as_ref()
                .is_none_or(|t| t.mentions.is_empty()));
        if spans {
            to_utf16(&mut analysis, &Utf16Map::new(text));
        }
        Ok(analysis)
    }
}

/// What one part of a long text passes to [`crate::Stream`] besides its result (see
/// [`Analyzer::pipeline`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct PartScores {
    /// In: the sentences that count in the earlier parts. Out: the same, this part's added.
    pub counted: usize,
    /// In and out as `counted`: every sentence (page furniture included).
    pub sentences: usize,
    /// In and out as `counted`: the document score's weighted sum and total weight.
    pub document: (f64, f64),
    /// Parallel to the part's tickers: relevance evidence, entity sum and weight.
    pub tickers: Vec<(tickers::relevance::Evidence, f64, f64)>,
    /// The target's entity sum and weight (0, 0 when it is not named in the part).
    pub target: (f64, f64),
}

/// Scores are reported to four decimals: more digits would be noise, and equal rounding
/// keeps native and wasm output identical.
pub fn round(x: f64) -> f64 {
    if x.is_finite() {
        (x * 10_000.0).round() / 10_000.0 + 0.0
    } else {
        0.0
    }
}

/// Fills every UTF-16 `start`/`end` from its byte span.
fn to_utf16(a: &mut Analysis, map: &Utf16Map) {
    for s in &mut a.sentences {
        (s.start, s.end) = map.span(s.bytes);
    }
    for p in &mut a.phrases {
        (p.start, p.end) = map.span(p.bytes);
    }
    for t in &mut a.tickers {
        for m in &mut t.mentions {
            (m.start, m.end) = map.span(m.bytes);
        }
    }
    for f in &mut a.figures {
        f.to_utf16(map);
    }
    if let Some(t) = &mut a.target {
        for m in &mut t.mentions {
            (m.start, m.end) = map.span(m.bytes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentiment-only analyser loads the company index only when a target is scored (the
    /// target's rules read the other companies named), and then scores it exactly as an
    /// analyser with tickers on does.
    #[test]
    fn the_company_index_waits_for_a_target_when_tickers_are_off() {
        let text = "Apple shares rose 5% on strong iPhone sales, while Microsoft fell 2%.";
        let off = Analyzer::new(Options {
            tickers: false,
            ..Options::default()
        })
        .unwrap();
        assert!(off.universe.get().is_none());
        assert!(off.analyze(text).unwrap().tickers.is_empty());
        assert!(off.universe.get().is_none());
        let on = Analyzer::new(Options::default()).unwrap();
        assert!(on.universe.get().is_some());
        let a = off.analyze_with_target(text, Some("Apple")).unwrap();
        assert!(off.universe.get().is_some());
        let b = on.analyze_with_target(text, Some("Apple")).unwrap();
        assert!(a.target.as_ref().is_some_and(|t| !t.mentions.is_empty()));
        assert_eq!(a.target, b.target);
    }
}
