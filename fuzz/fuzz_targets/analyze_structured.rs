//! Financial-looking text built from tokens (numbers with separators and decimals,
//! currencies, cashtags, exchange codes, scales, negations, metric and movement words,
//! brackets and quotes, emoji, CJK, line breaks and control characters) glued with spaces,
//! punctuation or nothing, analysed through the public API with fuzzed options (thresholds,
//! labels, a custom lexicon entry, a custom company, a target, stages on or off).
//! `Analyzer::new` either refuses the options with an error naming a field, or every
//! invariant of `tests/common/invariants.rs` holds.

#![no_main]

use arbitrary::Arbitrary;
use fintone::{Analyzer, CompanyEntry, LexiconEntry, Options, Thresholds};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

const CURRENCIES: &[&str] = &[
    "$", "US$", "€", "£", "¥", "₹", "C$", "USD", "EUR", "GBP", "JPY", "Rs", "Rs.", "dollars",
    "euros", "cents", "pence",
];
const SCALES: &[&str] = &[
    "bn", "billion", "m", "mn", "million", "k", "thousand", "trillion", "tn", "crore", "lakh", "B",
    "M", "K", "hundred", "dozen",
];
const UNITS: &[&str] = &[
    "%",
    "percent",
    "per cent",
    "pct",
    "bps",
    "basis points",
    "percentage points",
    "pp",
    "x",
    "times",
    "per share",
    "a share",
    "shares",
    "vehicles",
    "months",
    "years",
];
const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "never",
    "didn't",
    "did not",
    "no longer",
    "without",
    "neither",
    "nor",
    "failed to",
    "isn't",
    "n't",
];
const WORDS: &[&str] = &[
    "rose",
    "fell",
    "losses",
    "narrowed",
    "widened",
    "revenue",
    "net income",
    "costs",
    "profit",
    "jumped",
    "slumped",
    "beat",
    "missed",
    "expectations",
    "guidance",
    "cut",
    "raised",
    "outlook",
    "sharply",
    "slightly",
    "could",
    "expected to",
    "but",
    "despite",
    "although",
    "while",
    "however",
    "year over year",
    "YoY",
    "from",
    "to",
    "between",
    "and",
    "up",
    "down",
    "Q1",
    "Q4",
    "FY2025",
    "fiscal",
    "2026",
    "1H25",
    "the first half",
    "quarter",
    "EPS",
    "margin",
    "dividend",
    "upgrade",
    "downgrade",
    "Inc.",
    "Corp.",
    "Ltd",
    "plc",
    "U.S.",
    "No.",
    "approx.",
    "Request a Demo",
    "one",
    "forty-five",
    "a third",
    "half",
    "write-down",
];
const COMPANIES: &[&str] = &[
    "Amazon",
    "Apple",
    "Shell",
    "BP",
    "Acme",
    "Acme Robotics",
    "Nvidia",
    "Tesla",
    "Meta",
    "Alphabet",
    "JPMorgan",
    "Wells Fargo",
    "Target",
    "Ford",
    "Visa",
    "it",
    "the company",
];
const SYMBOLS: &[&str] = &[
    "AMZN", "AAPL", "SHEL", "BP", "NVDA", "TSLA", "META", "GOOGL", "JPM", "ACMR", "F", "V", "A",
];
const EXCHANGES: &[&str] = &[
    "NASDAQ", "NYSE", "LSE", "Nasdaq", "TSX", "NSE", "BSE", "OTC",
];
const BRACKETS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", "\"", "'", "“", "”", "‘", "’", "«", "»", "<", ">", "*", "—", "–",
    "-", "/", "...", "…",
];
const EMOJI: &[&str] = &[
    "🚀", "📉", "📈", "😀", "👍🏽", "🇺🇸", "❤️", "\u{200d}", "\u{fe0f}",
];
const CJK: &[&str] = &[
    "日本",
    "株価",
    "上昇",
    "下落",
    "亿元",
    "百万",
    "한국",
    "ข่าว",
    "café",
    "Ümsatz",
];
const CONTROLS: &[&str] = &[
    "\n", "\r\n", "\r", "\n\n", "\t", "\u{0}", "\u{1}", "\u{7f}", "\u{85}", "\u{2028}", "\u{200b}",
    "\u{feff}", "\u{a0}", "\u{fffd}",
];
const GLUES: &[&str] = &[
    " ", "", ",", ", ", ".", ". ", "; ", ":", "-", "/", "\n", "\r\n", "  ", "!", "?", "'s ",
];

/// An index into one of the lists above (taken modulo its length).
fn pick(list: &[&'static str], i: u8) -> &'static str {
    list[i as usize % list.len()]
}

#[derive(Arbitrary, Debug)]
enum Token {
    /// Digits grouped by `sep` every three (or not), with optional decimals.
    Number {
        int: u64,
        sep: u8,
        decimals: Option<u16>,
        negative: bool,
    },
    Currency(u8),
    Scale(u8),
    Unit(u8),
    Cashtag(u8),
    /// "(NASDAQ: AMZN)" and its variants.
    Exchange(u8, u8, bool),
    /// "<JNJ.N>"-style Reuters codes.
    Reuters(u8),
    Negation(u8),
    Word(u8),
    Company(u8),
    Bracket(u8),
    Emoji(u8),
    Cjk(u8),
    Control(u8),
    /// A few characters the lists do not have.
    Free(String),
}

impl Token {
    fn render(&self, out: &mut String) {
        match self {
            Token::Number {
                int,
                sep,
                decimals,
                negative,
            } => {
                if *negative {
                    out.push('-');
                }
                let digits = int.to_string();
                let sep = [
                    None,
                    Some(','),
                    Some('.'),
                    Some(' '),
                    Some('\''),
                    Some('\u{a0}'),
                ][*sep as usize % 6];
                for (i, c) in digits.chars().enumerate() {
                    if i > 0 && (digits.len() - i) % 3 == 0 {
                        if let Some(s) = sep {
                            out.push(s);
                        }
                    }
                    out.push(c);
                }
                if let Some(d) = decimals {
                    out.push('.');
                    out.push_str(&d.to_string());
                }
            }
            Token::Currency(i) => out.push_str(pick(CURRENCIES, *i)),
            Token::Scale(i) => out.push_str(pick(SCALES, *i)),
            Token::Unit(i) => out.push_str(pick(UNITS, *i)),
            Token::Cashtag(i) => {
                out.push('$');
                out.push_str(pick(SYMBOLS, *i));
            }
            Token::Exchange(e, s, paren) => {
                let inner = format!("{}: {}", pick(EXCHANGES, *e), pick(SYMBOLS, *s));
                if *paren {
                    out.push('(');
                    out.push_str(&inner);
                    out.push(')');
                } else {
                    out.push_str(&inner);
                }
            }
            Token::Reuters(i) => {
                out.push('<');
                out.push_str(pick(SYMBOLS, *i));
                out.push_str(".N>");
            }
            Token::Negation(i) => out.push_str(pick(NEGATIONS, *i)),
            Token::Word(i) => out.push_str(pick(WORDS, *i)),
            Token::Company(i) => out.push_str(pick(COMPANIES, *i)),
            Token::Bracket(i) => out.push_str(pick(BRACKETS, *i)),
            Token::Emoji(i) => out.push_str(pick(EMOJI, *i)),
            Token::Cjk(i) => out.push_str(pick(CJK, *i)),
            Token::Control(i) => out.push_str(pick(CONTROLS, *i)),
            Token::Free(s) => out.extend(s.chars().take(8)),
        }
    }
}

/// A number that is usually valid for its field, sometimes anything (NaN, infinities,
/// out of range), so both paths of `Analyzer::new` are exercised.
#[derive(Arbitrary, Debug)]
enum Number {
    /// `n / 65535`, in [0, 1].
    Unit(u16),
    /// `n / 32767`, in about [-1, 1].
    Signed(i16),
    Raw(f64),
}

impl Number {
    fn get(&self) -> f64 {
        match *self {
            Number::Unit(n) => n as f64 / u16::MAX as f64,
            Number::Signed(n) => n as f64 / i16::MAX as f64,
            Number::Raw(x) => x,
        }
    }
}

#[derive(Arbitrary, Debug)]
struct FuzzOptions {
    thresholds: Option<(Number, Number)>,
    /// Replace one of the five labels (an empty one must be refused).
    label: Option<(u8, String)>,
    lexicon: Option<(Vec<Token>, Number)>,
    company: Option<(Vec<Token>, Vec<Token>, Vec<Token>)>,
    replace_default: bool,
    /// Which piece of the text is the target (modulo the number of pieces).
    target: Option<u8>,
    sentences: bool,
    phrases: bool,
    tickers: bool,
    figures: bool,
}

#[derive(Arbitrary, Debug)]
struct Input {
    pieces: Vec<(Token, u8)>,
    options: FuzzOptions,
}

fn render(tokens: &[Token]) -> String {
    let mut s = String::new();
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        t.render(&mut s);
    }
    s
}

fuzz_target!(|input: Input| {
    let mut text = String::new();
    let mut pieces = Vec::new();
    for (token, glue) in &input.pieces {
        let start = text.len();
        token.render(&mut text);
        pieces.push(text[start..].to_string());
        text.push_str(pick(GLUES, *glue));
    }

    let o = &input.options;
    let mut options = Options {
        sentences: o.sentences,
        phrases: o.phrases,
        tickers: o.tickers,
        figures: o.figures,
        replace_default: o.replace_default,
        ..Options::default()
    };
    if let Some((neutral, strong)) = &o.thresholds {
        options.thresholds = Thresholds {
            neutral: neutral.get(),
            strong: strong.get(),
        };
    }
    if let Some((i, label)) = &o.label {
        options.labels[*i as usize % 5] = label.clone();
    }
    if let Some((phrase, score)) = &o.lexicon {
        options.lexicon.push(LexiconEntry {
            phrase: render(phrase),
            score: score.get(),
        });
    }
    if let Some((symbol, name, alias)) = &o.company {
        options.universe.push(CompanyEntry {
            symbol: render(symbol),
            name: render(name),
            aliases: vec![render(alias)],
        });
    }
    if let (Some(i), false) = (o.target, pieces.is_empty()) {
        options.target = Some(pieces[i as usize % pieces.len()].clone());
    }

    let analyzer = match Analyzer::new(options.clone()) {
        Ok(a) => a,
        Err(e) => {
            // Refused cleanly: the options were invalid and the message says which field.
            assert!(options.validate().is_err());
            let message = e.to_string();
            assert!(
                ["thresholds", "lexicon[0]", "universe[0]", "labels"]
                    .iter()
                    .any(|field| message.contains(field)),
                "error names no field: {message}"
            );
            return;
        }
    };
    let a = analyzer.analyze(&text).expect("input under the size limit");
    invariants::check(&text, &a);

    // The parts that were switched off are empty; labels come from the options.
    assert!(o.sentences || a.sentences.is_empty());
    assert!(o.phrases || a.phrases.is_empty());
    assert!(o.tickers || a.tickers.is_empty());
    assert!(o.figures || a.figures.is_empty());
    assert_eq!(a.target.is_some(), options.target.is_some());
    let labels = std::iter::once(&a.overall.label)
        .chain(a.sentences.iter().map(|s| &s.label))
        .chain(a.tickers.iter().map(|t| &t.label))
        .chain(a.target.iter().map(|t| &t.label));
    for label in labels {
        assert!(
            options.labels.contains(label),
            "label {label:?} not in the options"
        );
    }
});
