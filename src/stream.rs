//! Long texts in parts: [`Analyzer::analyze_parts`] and [`Stream`].
//!
//! [`Analyzer::analyze`] holds the whole text's tokens, annotations and result at once: some
//! 20 times the input (a 10 MB text peaks at ~220 MB natively, more in wasm, whose memory
//! never shrinks back). A stream analyses a long text one part at a time, cut at line breaks
//! ([`part_end`]), hands each part's sentences, phrases and figures to the caller as soon as
//! they are ready, and keeps only what the text's overall and ticker scores are made of
//! (two numbers per sentence, each company's evidence and mentions). Memory then follows the
//! part, not the text.
//!
//! What is the same as `analyze` on the whole text:
//! - a text that fits in one part gives exactly `analyze`'s result (tested);
//! - spans are the whole text's (UTF-16 and bytes), and a phrase's `sentence` is its index
//!   among all the text's sentences;
//! - the overall score is the same weighted mean over every sentence, with the headline and
//!   lead weights on the text's first sentences only;
//! - a company's score combines its parts' weighted sums, and its relevance is computed from
//!   the evidence of every part (mentions, first sentence, subject), as for one text.
//!
//! What differs: nothing looks across a cut. A sentence that names no company carries its
//! sentiment to the company named earlier only within its part; a pronoun ("the company")
//! right after a cut refers to nobody; the target's short forms are looked for per part.
//! Cuts fall at line breaks, which end sentences anyway, so sentences, phrases and figures
//! are those of the whole text unless a paragraph is longer than a part (see [`part_end`]).

use crate::analysis::{
    round, Analyzer, Mention, Overall, PartScores, Phrase, Sentence, TargetScore,
};
use crate::figures::Figure;
use crate::hash::FastMap;
use crate::sentiment;
use crate::span::Span;
use crate::tickers::{self, relevance, Detected, TickerScore};
use crate::Error;
use serde::Serialize;

/// The length of a part, in UTF-16 code units, after which the next line break ends it (so
/// a part is 64 K units plus the rest of its line; see [`part_end`]).
pub const PART_UNITS: usize = 1 << 16;

/// Where the part of `text` that starts at byte `from` ends (a byte offset, `from` < end <=
/// `text.len()` unless `from` is the end). The rule counts UTF-16 code units, so that
/// `js/api.js` (`partEnd`) cuts a JS string at the same places:
///
/// - after the first `\n` that starts at least `PART_UNITS` units into the part;
/// - failing that, after the first space, tab, `\r` or `\n` at least 4 × `PART_UNITS` in (a
///   paragraph longer than that is cut between words);
/// - failing that, after the character that reaches 8 × `PART_UNITS` (text with no space
///   at all is cut anywhere, never inside a character).
pub fn part_end(text: &str, from: usize) -> usize {
    part_end_with(text, from, PART_UNITS)
}

/// The parts of `text`, in order, cut where [`part_end`] says.
pub fn parts(text: &str) -> impl Iterator<Item = &str> {
    parts_with(text, PART_UNITS)
}

/// [`parts`] with parts of `units` (tests use small ones).
pub(crate) fn parts_with(text: &str, units: usize) -> impl Iterator<Item = &str> {
    let mut from = 0;
    std::iter::from_fn(move || {
        (from < text.len()).then(|| {
            let end = part_end_with(text, from, units);
            let part = &text[from..end];
            from = end;
            part
        })
    })
}

/// [`part_end`] with parts of `units` (tests use small ones).
pub(crate) fn part_end_with(text: &str, from: usize, units: usize) -> usize {
    let mut u = 0;
    for (i, c) in text[from..].char_indices() {
        let len = c.len_utf16();
        let space = matches!(c, '\n' | ' ' | '\t' | '\r');
        if (c == '\n' && u >= units) || (space && u >= 4 * units) || u + len >= 8 * units {
            return from + i + c.len_utf8();
        }
        u += len;
    }
    text.len()
}

/// One part of a long text: its sentences, phrases and figures, with spans in the whole
/// text. Serialises like [`crate::Analysis`]'s fields of the same names, after the part's
/// own `start` and `end`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Part {
    /// UTF-16 start of the part in the whole text.
    pub start: usize,
    /// UTF-16 end.
    pub end: usize,
    /// Its sentences (empty when `Options::sentences` is off).
    pub sentences: Vec<Sentence>,
    /// Its phrases; `sentence` indexes all the text's sentences.
    pub phrases: Vec<Phrase>,
    /// Its figures.
    pub figures: Vec<Figure>,
    /// Byte span of the part.
    #[serde(skip)]
    pub bytes: Span,
}

/// What a stream says of the whole text once every part is in: the fields of
/// [`crate::Analysis`] that belong to the text rather than to a place in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// The text's score and label.
    pub overall: Overall,
    /// Companies the text talks about, most relevant first, with every mention.
    pub tickers: Vec<TickerScore>,
    /// The sentiment toward `Options::target`, when one was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<TargetScore>,
    /// How many sentences the text has (parts' `sentence` indices run below it).
    pub sentence_count: usize,
    /// How many parts it was analysed in.
    pub parts: usize,
}

/// Analyses a long text part by part: [`Stream::push`] each part in order (cut where
/// [`part_end`] says, or anywhere between lines), then [`Stream::finish`].
#[derive(Debug)]
pub struct Stream {
    analyzer: Analyzer,
    phrase_texts: bool,
    /// Offsets of the next part in the whole text.
    bytes: usize,
    units: usize,
    parts: usize,
    /// What the parts so far add up to: sentences, the document score's sums.
    scores: PartScores,
    /// Each company seen so far, with what its text-wide score is made of.
    companies: Vec<Detected>,
    by_symbol: FastMap<String, usize>,
    target_sum: f64,
    target_weight: f64,
    target_mentions: Vec<Mention>,
}

impl Analyzer {
    /// A stream for one long text with this analyser's options.
    pub fn stream(&self) -> Stream {
        Stream::new(self.clone(), true)
    }

    /// [`Analyzer::stream`] for the wasm boundary: phrases' and figures' `text` left empty
    /// (JS slices them from its own string).
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn stream_for_js(&self) -> Stream {
        Stream::new(self.clone(), false)
    }

    /// Analyses `text` in parts cut by [`part_end`], calling `on_part` with each part as it
    /// is done, and returns what holds for the whole text. Peak memory follows the part
    /// size (about 64 KB of text), not the text, as long as `on_part` does not keep the
    /// parts. `Options::max_input_bytes` applies to each part.
    pub fn analyze_parts(
        &self,
        text: &str,
        mut on_part: impl FnMut(Part),
    ) -> Result<Summary, Error> {
        let mut stream = self.stream();
        for part in parts(text) {
            on_part(stream.push(part)?);
        }
        Ok(stream.finish())
    }
}

impl Stream {
    fn new(analyzer: Analyzer, phrase_texts: bool) -> Self {
        Stream {
            analyzer,
            phrase_texts,
            bytes: 0,
            units: 0,
            parts: 0,
            scores: PartScores::default(),
            companies: Vec::new(),
            by_symbol: FastMap::default(),
            target_sum: 0.0,
            target_weight: 0.0,
            target_mentions: Vec::new(),
        }
    }

    /// Analyses the next part of the text (the text continues right after the previous
    /// part). Cut between lines: a cut inside a sentence splits it in two.
    pub fn push(&mut self, text: &str) -> Result<Part, Error> {
        let target = self.analyzer.options().target.clone();
        self.scores.target = (0.0, 0.0);
        // Where this part's sentences start among the text's.
        let s = self.scores.sentences;
        let a = self.analyzer.pipeline(
            text,
            target.as_deref(),
            self.phrase_texts,
            Some(&mut self.scores),
        )?;
        let (b, u) = (self.bytes, self.units);
        let shift = |span: Span| Span::new(span.start + b, span.end + b);
        let units = if text.is_ascii() {
            text.len()
        } else {
            text.chars().map(char::len_utf16).sum()
        };

        let mut sentences = a.sentences;
        for x in &mut sentences {
            (x.start, x.end, x.bytes) = (x.start + u, x.end + u, shift(x.bytes));
        }
        let mut phrases = a.phrases;
        for x in &mut phrases {
            (x.start, x.end, x.bytes) = (x.start + u, x.end + u, shift(x.bytes));
            x.sentence += s;
        }
        let mut figures = a.figures;
        for f in &mut figures {
            (f.start, f.end, f.bytes) = (f.start + u, f.end + u, shift(f.bytes));
            f.period_start = f.period_start.map(|x| x + u);
            f.period_end = f.period_end.map(|x| x + u);
            f.period_bytes = f.period_bytes.map(shift);
        }
        let moved = |m: Vec<Mention>| {
            m.into_iter().map(move |m| Mention {
                start: m.start + u,
                end: m.end + u,
                bytes: shift(m.bytes),
                ..m
            })
        };

        for (t, &(mut evidence, sum, weight)) in a.tickers.into_iter().zip(&self.scores.tickers) {
            evidence.first_sentence = evidence.first_sentence.saturating_add(s);
            match self.by_symbol.get(&t.symbol) {
                Some(&k) => {
                    let c = &mut self.companies[k];
                    c.ticker.mentions.extend(moved(t.mentions));
                    c.evidence.mentions += evidence.mentions;
                    c.evidence.first_sentence =
                        c.evidence.first_sentence.min(evidence.first_sentence);
                    c.evidence.subject |= evidence.subject;
                    c.sum += sum;
                    c.weight += weight;
                }
                None => {
                    self.by_symbol
                        .insert(t.symbol.clone(), self.companies.len());
                    let mentions = moved(t.mentions).collect();
                    self.companies.push(Detected {
                        ticker: TickerScore { mentions, ..t },
                        evidence,
                        sum,
                        weight,
                    });
                }
            }
        }
        if let Some(t) = a.target {
            self.target_mentions.extend(moved(t.mentions));
            self.target_sum += self.scores.target.0;
            self.target_weight += self.scores.target.1;
        }

        let part = Part {
            start: u,
            end: u + units,
            sentences,
            phrases,
            figures,
            bytes: Span::new(b, b + text.len()),
        };
        self.bytes += text.len();
        self.units += units;
        self.parts += 1;
        Ok(part)
    }

    /// What holds for the whole text: its overall score, its companies and the target.
    pub fn finish(self) -> Summary {
        let o = self.analyzer.options();
        let mean = sentiment::weighted_mean;
        let sentences = self.scores.sentences;
        let overall = mean(self.scores.document.0, self.scores.document.1);
        let most = self
            .companies
            .iter()
            .map(|c| c.evidence.mentions)
            .fold(0.0, f64::max);
        let mut companies = self.companies;
        for c in &mut companies {
            let score = round(mean(c.sum, c.weight));
            c.ticker.relevance = round(relevance::relevance(&c.evidence, sentences, most));
            c.ticker.score = score;
            c.ticker.label = o.label(score).to_string();
        }
        tickers::sort_by_relevance(&mut companies);
        let tickers = companies.into_iter().map(|c| c.ticker).collect();
        let target = o.target.as_ref().map(|name| {
            // Not named anywhere: the text's score, as for one text.
            let score = if self.target_mentions.is_empty() {
                overall
            } else {
                mean(self.target_sum, self.target_weight)
            };
            TargetScore {
                name: name.clone(),
                score: round(score),
                label: o.label(score).to_string(),
                mentions: self.target_mentions,
            }
        });
        Summary {
            overall: Overall {
                score: round(overall),
                label: o.label(overall).to_string(),
            },
            tickers,
            target,
            sentence_count: sentences,
            parts: self.parts,
        }
    }
}

/// The engine bench's seeded corpus, as test text.
#[cfg(test)]
#[path = "../benches/common/corpus.rs"]
#[allow(dead_code)]
mod bench_corpus;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analysis, Options};

    use super::bench_corpus as corpus;

    /// Every part of `text` with parts of `units`, and the summary.
    fn parts(a: &Analyzer, text: &str, units: usize) -> (Vec<Part>, Summary) {
        let mut stream = a.stream();
        let out = parts_with(text, units)
            .map(|part| stream.push(part).unwrap())
            .collect();
        (out, stream.finish())
    }

    /// The end of each part, as a byte offset.
    fn cuts(text: &str, units: usize) -> Vec<usize> {
        parts_with(text, units)
            .map(|part| {
                assert!(!part.is_empty());
                part.as_ptr() as usize - text.as_ptr() as usize + part.len()
            })
            .collect()
    }

    #[test]
    fn parts_end_after_a_line_break_then_a_space_then_anywhere() {
        // A line break once the part is 4 units long.
        assert_eq!(cuts("ab\ncdef\ngh\nij", 4), [8, 13]);
        // None within 16 units: the first space from 16 units on.
        let long = format!("{} {}", "a".repeat(17), "b".repeat(3));
        assert_eq!(cuts(&long, 4), [18, 21]);
        // A space before 16 units does not count; no space at all: cut at 32 units.
        let spaceless = "x".repeat(70);
        assert_eq!(cuts(&spaceless, 4), [32, 64, 70]);
        // Units, not bytes: "é" is 2 bytes and 1 unit, "😀" 4 bytes and 2 units, and a cut
        // never falls inside either.
        assert_eq!(cuts("éé\néé\né", 2), [5, 10, 12]);
        let emoji = "😀".repeat(20);
        let c = cuts(&emoji, 2);
        assert_eq!(c, [32, 64, 80]); // 16 units = 8 emoji = 32 bytes
        assert_eq!(cuts("", 4), Vec::<usize>::new());
        assert_eq!(part_end("short text", 0), 10);
    }

    /// The one-part stream is `analyze`, field for field.
    #[test]
    fn a_text_in_one_part_is_analyze() {
        let mut options = Options {
            target: Some("Acme".into()),
            ..Options::default()
        };
        for target in [true, false] {
            if !target {
                options.target = None;
            }
            let a = Analyzer::new(options.clone()).unwrap();
            for text in [
                include_str!("../samples/article.txt").to_string(),
                corpus::corpus(7, 6_000).join("\n\n"),
                "Acme beat estimates. Acme's rival Initech cut its outlook; the company fell 4%."
                    .into(),
                String::new(),
            ] {
                let whole = a.analyze(&text).unwrap();
                let mut seen = Vec::new();
                let summary = a.analyze_parts(&text, |p| seen.push(p)).unwrap();
                assert!(seen.len() <= 1);
                let part = seen.pop().unwrap_or(Part {
                    start: 0,
                    end: 0,
                    sentences: vec![],
                    phrases: vec![],
                    figures: vec![],
                    bytes: Span::new(0, 0),
                });
                let rebuilt = Analysis {
                    overall: summary.overall,
                    sentences: part.sentences,
                    phrases: part.phrases,
                    tickers: summary.tickers,
                    figures: part.figures,
                    target: summary.target,
                };
                assert_eq!(rebuilt, whole, "{text}");
                assert_eq!(summary.sentence_count, whole.sentences.len());
            }
        }
    }

    /// Cut at paragraph breaks, the parts hold the whole text's sentences, phrases and
    /// figures, at the whole text's offsets; the overall score and the companies' relevance
    /// are the whole text's.
    #[test]
    fn parts_add_up_to_the_whole_text() {
        let a = Analyzer::new(Options::default()).unwrap();
        let text = corpus::corpus(11, 40_000).join("\n\n");
        let whole = a.analyze(&text).unwrap();
        let (parts, summary) = parts(&a, &text, 4_000);
        assert!(parts.len() >= 8, "{}", parts.len());
        let units = |s: &str| s.encode_utf16().count();
        assert_eq!(parts[0].start, 0);
        assert_eq!(parts.last().unwrap().end, units(&text));
        for w in parts.windows(2) {
            assert_eq!(w[0].end, w[1].start);
            assert_eq!(w[0].bytes.end, w[1].bytes.start);
        }
        let all = |f: fn(&Part) -> usize| parts.iter().map(f).sum::<usize>();
        assert_eq!(all(|p| p.sentences.len()), whole.sentences.len());
        assert_eq!(summary.sentence_count, whole.sentences.len());
        let sentences: Vec<&Sentence> = parts.iter().flat_map(|p| &p.sentences).collect();
        let phrases: Vec<&Phrase> = parts.iter().flat_map(|p| &p.phrases).collect();
        let figures: Vec<&Figure> = parts.iter().flat_map(|p| &p.figures).collect();
        assert_eq!(sentences, whole.sentences.iter().collect::<Vec<_>>());
        assert_eq!(phrases, whole.phrases.iter().collect::<Vec<_>>());
        assert_eq!(figures, whole.figures.iter().collect::<Vec<_>>());
        assert_eq!(summary.overall, whole.overall);
        // Companies: the same ones, named at the same places. Their relevance and score
        // may move where a pronoun ("the company", half a mention) or a sentence that names
        // nobody falls after a cut: in one text such a sentence carries its sentiment to the
        // companies named before it, in a stream only to those of its own part. Companies
        // named often come out close; one named twice in 40 KB less so (here up to 0.1).
        let mut got: Vec<&TickerScore> = summary.tickers.iter().collect();
        let mut want: Vec<&TickerScore> = whole.tickers.iter().collect();
        got.sort_by(|a, b| a.symbol.cmp(&b.symbol));
        want.sort_by(|a, b| a.symbol.cmp(&b.symbol));
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert_eq!((&g.symbol, &g.mentions), (&w.symbol, &w.mentions));
            assert!((g.relevance - w.relevance).abs() < 0.02, "{g:?} {w:?}");
            if w.mentions.len() >= 10 {
                assert!((g.score - w.score).abs() < 0.02, "{g:?} {w:?}");
            }
        }
        assert!(want.iter().filter(|t| t.mentions.len() >= 10).count() >= 8);
    }

    /// Spans out of a part slice the whole text, with multi-unit characters before the cut.
    #[test]
    fn part_spans_index_the_whole_text() {
        let a = Analyzer::new(Options::default()).unwrap();
        let para = "Café 😀 Acme Corp’s profit rose 12% to €4.5 billion. Costs jumped sharply.\n";
        let text = para.repeat(50);
        let (parts, _) = parts(&a, &text, 300);
        assert!(parts.len() > 5);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let mut n = 0;
        for p in &parts {
            assert_eq!(
                &text[p.bytes.range()].encode_utf16().collect::<Vec<_>>()[..],
                &utf16[p.start..p.end]
            );
            for x in &p.phrases {
                assert_eq!(String::from_utf16(&utf16[x.start..x.end]).unwrap(), x.text);
                assert_eq!(&text[x.bytes.range()], x.text);
                n += 1;
            }
            for f in &p.figures {
                assert_eq!(String::from_utf16(&utf16[f.start..f.end]).unwrap(), f.text);
                n += 1;
            }
        }
        assert!(n >= 150, "{n}");
    }

    #[test]
    fn a_part_too_large_is_an_error() {
        let a = Analyzer::new(Options {
            max_input_bytes: 10,
            ..Options::default()
        })
        .unwrap();
        let err = a
            .stream()
            .push("this is longer than ten bytes")
            .unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::InputTooLarge);
    }
}
