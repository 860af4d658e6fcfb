//! Numbers: numerals ("1,200.50"), scale words ("5bn", "2.3 million", "500 crore") and
//! spelled-out amounts ("two hundred million", "forty-five", "a quarter million").
//!
//! Every parse looks at a bounded number of tokens, so the scanner stays linear.

use crate::text::words::Starts;
use crate::text::{Doc, Token, TokenKind, WordStream};

/// The token view every figure recogniser shares: the text, its tokens and their
/// lower-cased forms.
#[derive(Clone, Copy)]
pub(crate) struct Toks<'a> {
    /// The text and its tokens.
    pub doc: &'a Doc<'a>,
    /// Per token, what [`Toks::lower`] returns (see [`Lowered`]).
    pub lower: &'a Lowered<'a>,
}

/// Every token's lower-cased form, made once per text.
///
/// The recognisers compare the same tokens against their word tables many times over (each
/// token is tried as a currency, a rate word, a spelled-out number, a period...). Lowering on
/// each look-up allocated a `String` per capitalised token per look-up: profiled (callgrind,
/// engine bench corpus) at a third of the figures stage. One table, made here, serves every
/// look-up through [`Lowered::get`].
///
/// The word stream has already lower-cased every ASCII token (it writes the tokens in ASCII
/// lower case, and most tokens are ASCII): those forms are read from it. Only the other
/// tokens (not ASCII, or not in the stream: hyphens, web addresses) are lowered here, into
/// `buf`. Making every form here, a pass over every byte of the text, was a tenth of the
/// figures stage in wasm.
///
/// Eight bytes per token: a 10 MB text has ~2 million tokens, and this table is alive at
/// the figures stage's peak (it was 40 bytes per token, 80 MB on 10 MB, as byte ranges plus
/// a slice per token).
#[derive(Debug, Default)]
pub(crate) struct Lowered<'a> {
    /// The word stream's text.
    stream: &'a str,
    /// The lower-cased forms of the tokens the stream does not give.
    buf: String,
    /// Per token: where its form starts, in `buf` when `owned`, else in the stream, and its
    /// length (0 for tokens over [`Lowered::MAX`] bytes).
    forms: Vec<Form>,
}

/// One token's entry in [`Lowered`].
#[derive(Debug, Clone, Copy)]
struct Form {
    start: u32,
    len: u8,
    owned: bool,
}

impl<'a> Lowered<'a> {
    /// Tokens longer than this many bytes have no form (they match no table word).
    const MAX: usize = 32;

    /// The forms of `tokens` (the tokens of `text`, written into `stream`), with
    /// [`Toks::lower`]'s rules: tokens over 32 bytes give "". Byte offsets are 32-bit:
    /// `Options::max_input_bytes` is held below 4 GiB.
    pub fn new(text: &str, tokens: &[Token], stream: &'a WordStream) -> Self {
        let mut buf = String::new();
        let mut forms = Vec::with_capacity(tokens.len());
        let written = stream.token_indices();
        let starts = stream.starts();
        let mut non_ascii = stream.non_ascii().iter().copied().peekable();
        let mut k = 0;
        for (i, t) in tokens.iter().enumerate() {
            let len = t.span.end - t.span.start;
            let in_stream = written.get(k).is_some_and(|&w| w as usize == i);
            let plain = in_stream && non_ascii.next_if_eq(&(k as u32)).is_none();
            if in_stream {
                k += 1;
            }
            let form = if len > Self::MAX {
                Form {
                    start: 0,
                    len: 0,
                    owned: true,
                }
            } else if plain {
                // An ASCII token: the stream holds it lower-cased, after its leading space.
                Form {
                    start: starts[k - 1] + 1,
                    len: len as u8,
                    owned: false,
                }
            } else {
                let s = &text[t.span.range()];
                let start = buf.len();
                if s.is_ascii() {
                    buf.push_str(s);
                    buf[start..].make_ascii_lowercase();
                } else {
                    buf.push_str(&crate::case::lower(s));
                }
                // Lower-casing lengthens a form by at most half ("İ", 2 bytes, becomes
                // "i̇", 3): 48 bytes at most, which a `u8` holds.
                Form {
                    start: start as u32,
                    len: (buf.len() - start) as u8,
                    owned: true,
                }
            };
            forms.push(form);
        }
        Lowered {
            stream: &stream.text,
            buf,
            forms,
        }
    }

    /// The form of token `i`, or "" past the end.
    #[inline(always)]
    pub fn get(&self, i: usize) -> &str {
        match self.forms.get(i) {
            Some(f) => {
                let (s, e) = (f.start as usize, f.start as usize + f.len as usize);
                if f.owned {
                    &self.buf[s..e]
                } else {
                    &self.stream[s..e]
                }
            }
            None => "",
        }
    }
}

impl<'a> Toks<'a> {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    /// The tokens.
    pub fn tokens(&self) -> &'a [Token] {
        &self.doc.tokens
    }

    /// Text of token `i`, or "" past the end.
    #[inline]
    pub fn s(&self, i: usize) -> &'a str {
        if i < self.doc.tokens.len() {
            self.doc.tok(i)
        } else {
            ""
        }
    }

    /// Kind of token `i`.
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    /// True when token `i` is the word `lower` (ASCII case-insensitive).
    pub fn is(&self, i: usize, lower: &str) -> bool {
        crate::text::eq_lower(self.s(i), lower)
    }

    /// True when token `i` is one of `words`.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        // Through `is_in`, which keeps the loop out of line in wasm: unrolled at each call
        // site, the word lists made the figures stage 20 KB bigger.
        crate::text::words::is_in(self.s(i), words)
    }

    /// Lower-cased token text, only for short tokens (lookups in tables); long ones, and
    /// positions past the end, give "". Made once per text by [`Lowered`].
    #[inline(always)]
    pub fn lower(&self, i: usize) -> &'a str {
        self.lower.get(i)
    }

    /// True when token `i` ends exactly where token `i + 1` starts.
    pub fn glued(&self, i: usize) -> bool {
        match (self.doc.tokens.get(i), self.doc.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// True for a hyphen or dash token.
    pub fn is_dash(&self, i: usize) -> bool {
        matches!(self.s(i), "-" | "–" | "—" | "‐")
    }
}

/// The value of a numeral token: commas dropped, at most 40 characters (longer digit runs
/// are serial numbers or noise, not amounts), finite only.
pub(crate) fn numeral(s: &str) -> Option<f64> {
    if s.is_empty() || s.len() > 40 {
        return None;
    }
    let v = crate::decimal::parse_grouped(s.as_bytes())?;
    v.is_finite().then_some(v)
}

/// A scale word after a numeral: "million", "bn", "crore". `short` admits the one-letter
/// forms ("m", "k", "b"), which only mean a scale next to a currency ("£40m").
pub(crate) fn scale_word(w: &str, short: bool) -> Option<f64> {
    let v = match w {
        "hundred" => 1e2,
        "thousand" | "thousands" => 1e3,
        "lakh" | "lakhs" | "lac" => 1e5,
        "million" | "millions" | "mln" | "mn" | "mil" => 1e6,
        "crore" | "crores" | "cr" => 1e7,
        "billion" | "billions" | "bln" | "bn" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" => 1e12,
        "m" | "mm" if short => 1e6,
        "k" if short => 1e3,
        "b" if short => 1e9,
        "t" if short => 1e12,
        _ => return None,
    };
    Some(v)
}

/// The unit words, "zero" to "nineteen", each at the index of its value.
pub(crate) const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The tens words, "twenty" to "ninety".
pub(crate) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The words a spelled-out number starts with: every word of the text is tried as one, and
/// this one bit test turns almost all of them away before any comparison.
const SPELLED_STARTS: Starts = Starts::new(&[&UNITS, &TENS, &["half", "quarter", "a"]]);

fn unit_word(w: &str) -> Option<f64> {
    UNITS.iter().position(|&u| u == w).map(|v| v as f64)
}

fn tens_word(w: &str) -> Option<f64> {
    TENS.iter()
        .position(|&u| u == w)
        .map(|v| 20.0 + 10.0 * v as f64)
}

/// An amount read at token `i`: its value, the last token it covers, whether a scale word
/// was part of it, and whether it was a plain integer numeral.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Amount {
    pub value: f64,
    pub last: usize,
    pub scaled: bool,
    pub integer: bool,
    /// The scale word's factor (1 without one): "5-6 billion" scales the 5 as well.
    pub scale: f64,
}

/// Reads a numeral (with an optional scale word) or a spelled-out number at `i`.
pub(crate) fn amount_at(t: &Toks, i: usize, short: bool) -> Option<Amount> {
    match t.kind(i)? {
        TokenKind::Number => {
            let s = t.s(i);
            let a = Amount {
                value: numeral(s)?,
                last: i,
                scaled: false,
                integer: !s.contains('.'),
                scale: 1.0,
            };
            with_scale(t, i, a, short)
        }
        TokenKind::Word => spelled(t, i),
        _ => None,
    }
}

/// The unscaled numeral `a` read at token `i`, with the scale word after it when there is
/// one ("5 billion"; with `short`, a one-letter scale glued to it: "£40m", never "40 m").
/// `None` when the scaled value is not finite. An `a` already scaled is returned as it is.
pub(crate) fn with_scale(t: &Toks, i: usize, a: Amount, short: bool) -> Option<Amount> {
    if a.scaled || t.kind(i + 1) != Some(TokenKind::Word) {
        return Some(a);
    }
    match scale_word(t.lower(i + 1), short && t.glued(i)) {
        Some(k) => Some(Amount {
            value: finite(a.value * k)?,
            last: i + 1,
            scaled: true,
            scale: k,
            ..a
        }),
        None => Some(a),
    }
}

fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

/// False when no spelled-out number starts with the (lower-cased) word `w`: [`spelled`]
/// returns `None` at once for it.
pub(crate) fn may_start_spelled(w: &str) -> bool {
    SPELLED_STARTS.may_hold(w)
}

/// A spelled-out number: "two hundred million", "forty-five", "one hundred and five",
/// "a million", "half a million"-style fractions ("half million", "three quarters billion").
/// At most 16 tokens are read.
pub(crate) fn spelled(t: &Toks, i: usize) -> Option<Amount> {
    let w0 = t.lower(i);
    // Only these words can start one (any other first word ends the loop below at once, with
    // nothing read). Every word token of the text comes here, so they are tested first.
    if !SPELLED_STARTS.may_hold(w0)
        || !matches!(w0, "half" | "quarter" | "a")
            && unit_word(w0).is_none()
            && tens_word(w0).is_none()
    {
        return None;
    }
    // Fractions of a scale: "half million", "a quarter million", "three quarters billion".
    let (frac, after) = match w0 {
        "half" => (Some(0.5), i + 1),
        "quarter" => (Some(0.25), i + 1),
        "a" if t.is(i + 1, "quarter") => (Some(0.25), i + 2),
        "a" if t.is(i + 1, "half") => (Some(0.5), i + 2),
        _ => match unit_word(w0) {
            Some(n) if t.is_any(i + 1, &["quarters", "quarter"]) && n > 0.0 => {
                (Some(n * 0.25), i + 2)
            }
            _ => (None, i),
        },
    };
    if let Some(f) = frac {
        let k = scale_word(t.lower(after), false)?;
        if k < 1e3 {
            return None;
        }
        return Some(Amount {
            value: f * k,
            last: after,
            scaled: true,
            integer: false,
            scale: k,
        });
    }
    // "a million", "a hundred": the article counts as one only before a scale word.
    let (mut current, mut j) = if w0 == "a" {
        scale_word(t.lower(i + 1), false)?;
        (1.0, i + 1)
    } else {
        (0.0, i)
    };
    let mut total = 0.0;
    let mut any = false;
    let mut last = i;
    let mut last_scale = f64::INFINITY;
    // What the previous consumed word was: 0 none, 1 units, 2 tens, 3 hundred, 4 big scale.
    let mut prev = if w0 == "a" { 1 } else { 0 };
    let mut scaled = false;
    let end = (i + 16).min(t.len());
    while j < end {
        if t.kind(j) != Some(TokenKind::Word) {
            // "forty-five": a hyphen glued between tens and units.
            if prev == 2 && t.is_dash(j) && t.glued(j - 1) && t.glued(j) {
                if let Some(u) = unit_word(t.lower(j + 1)) {
                    current += u;
                    last = j + 1;
                    j += 2;
                    prev = 1;
                    continue;
                }
            }
            break;
        }
        let w = t.lower(j);
        if let Some(u) = unit_word(w) {
            if prev == 1 || (prev == 2 && u >= 10.0) || (prev == 2 && u == 0.0) {
                break;
            }
            current += u;
            prev = 1;
        } else if let Some(tn) = tens_word(w) {
            if prev == 1 || prev == 2 {
                break;
            }
            current += tn;
            prev = 2;
        } else if w == "hundred" {
            if prev == 0 || prev == 3 || current >= 100.0 {
                break;
            }
            current *= 100.0;
            prev = 3;
            scaled = true;
        } else if let Some(k) = scale_word(w, false) {
            if prev == 0 || k >= last_scale || k < 1e3 {
                break;
            }
            total += current.max(1.0) * k;
            current = 0.0;
            last_scale = k;
            prev = 4;
            scaled = true;
        } else if w == "and" && (prev == 3 || prev == 4) {
            // "one hundred and five": only when a number word follows.
            let n = t.lower(j + 1);
            if unit_word(n).is_some() || tens_word(n).is_some() {
                j += 1;
                continue;
            }
            break;
        } else {
            break;
        }
        any = true;
        last = j;
        j += 1;
    }
    if !any {
        return None;
    }
    Some(Amount {
        value: total + current,
        last,
        scaled,
        integer: true,
        scale: 1.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{tokenize, WordStream};

    fn read(text: &str) -> Option<(f64, String)> {
        let doc = Doc::new(text);
        let lowered = Lowered::new(text, &doc.tokens, &doc.stream);
        let t = Toks {
            doc: &doc,
            lower: &lowered,
        };
        let a = amount_at(&t, 0, true)?;
        let end = doc.tokens[a.last].span.end;
        Some((a.value, text[..end].to_string()))
    }

    /// The forms read from the stream are each token lower-cased, as when every form was
    /// made here: ASCII and not, curly apostrophes, hyphens and web addresses (not in the
    /// stream), tokens over 32 bytes ("").
    #[test]
    fn lowered_forms_are_the_tokens_lower_cased() {
        let long = "X".repeat(40);
        let texts = [
            "Revenue ROSE 12% at Nestlé’s unit; see www.Example.com — Ünilever's Q3 write-down",
            "ΣΟΦΙΑ İstanbul don’t $5BN e-commerce 'quoted' 東京 Tokyo",
            long.as_str(),
            "",
        ];
        for text in texts {
            let tokens = tokenize(text);
            let stream = WordStream::build(text, &tokens);
            let lowered = Lowered::new(text, &tokens, &stream);
            for (i, t) in tokens.iter().enumerate() {
                let s = &text[t.span.range()];
                let want = if s.len() > Lowered::MAX {
                    String::new()
                } else {
                    s.to_lowercase()
                };
                assert_eq!(lowered.get(i), want, "token {i} of {text:?}");
            }
            assert_eq!(lowered.get(tokens.len()), "");
        }
    }

    #[test]
    fn numerals() {
        assert_eq!(read("1,200.50 x"), Some((1200.5, "1,200.50".into())));
        assert_eq!(read("5bn"), Some((5e9, "5bn".into())));
        assert_eq!(read("40m"), Some((4e7, "40m".into())));
        assert_eq!(read("40 m"), Some((40.0, "40".into())));
        assert_eq!(read("2.3 million"), Some((2.3e6, "2.3 million".into())));
        assert_eq!(read("500 crore"), Some((5e9, "500 crore".into())));
        assert_eq!(numeral(&"9".repeat(400)), None);
        assert_eq!(numeral("1e400"), None);
    }

    #[test]
    fn spelled_out() {
        assert_eq!(
            read("two hundred million dollars"),
            Some((2e8, "two hundred million".into()))
        );
        assert_eq!(read("forty-five cents"), Some((45.0, "forty-five".into())));
        assert_eq!(read("forty five"), Some((45.0, "forty five".into())));
        assert_eq!(
            read("one hundred and five"),
            Some((105.0, "one hundred and five".into()))
        );
        assert_eq!(read("a million"), Some((1e6, "a million".into())));
        assert_eq!(
            read("three quarters billion"),
            Some((7.5e8, "three quarters billion".into()))
        );
        assert_eq!(read("one one"), Some((1.0, "one".into())));
        assert_eq!(read("a dollar"), None);
        assert_eq!(read("half the"), None);
        assert_eq!(read("thousand"), None);
    }
}
