//! Sentence segmentation over the token stream.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) when the next token
//! starts a new sentence, and at every line break: pasted articles put headlines, datelines and
//! page furniture on lines of their own, without a full stop. A full stop after a finance
//! abbreviation ("Inc.", "Corp.", "No.", "approx.") or a dotted one ("U.S.") does not end a
//! sentence unless a line break follows.

use super::tokens::{Token, TokenKind};
use crate::span::Span;
use std::ops::Range;

/// A sentence: its byte span (trimmed) and the tokens it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceBounds {
    /// Bytes from its first to its last token.
    pub span: Span,
    /// Indices into the token list.
    pub tokens: Range<usize>,
}

/// Words that a full stop follows without ending the sentence (compared lower-case).
const ABBREVIATIONS: &[&str] = &[
    "inc", "corp", "co", "ltd", "plc", "llc", "bhd", "mr", "mrs", "ms", "dr", "prof", "sr", "jr",
    "st", "no", "nos", "approx", "vs", "est", "dept", "fig", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "bros", "cos", "ave", "gen", "gov",
    "sen", "rep", "rs", "mln", "bln", "yr", "yrs", "avg", "ref", "vol", "pct", "etc",
];

fn is_abbreviation(word: &str) -> bool {
    word.len() <= 6 && ABBREVIATIONS.iter().any(|a| super::eq_lower(word, a))
}

/// Splits the tokens of `text` into sentences.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<SentenceBounds> {
    let mut out = Vec::new();
    let mut first = 0usize;
    let bytes = text.as_bytes();
    let push = |first: usize, last_excl: usize, out: &mut Vec<SentenceBounds>| {
        if first < last_excl {
            out.push(SentenceBounds {
                span: Span::new(tokens[first].span.start, tokens[last_excl - 1].span.end),
                tokens: first..last_excl,
            });
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let next = tokens.get(i + 1);
        // A line break between this token and the next ends the sentence.
        let mut end_here = next.is_some() && line_break_after(bytes, tokens, i);
        if !end_here && t.kind == TokenKind::Punct {
            let c = &text[t.span.range()];
            if c == "." || c == "!" || c == "?" || c == "…" {
                // Absorb runs of terminal punctuation and closing quotes/brackets.
                let mut j = i;
                while let Some(n) = tokens.get(j + 1) {
                    let s = &text[n.span.range()];
                    let adjacent = n.span.start == tokens[j].span.end;
                    if adjacent && matches!(s, "." | "!" | "?" | "\"" | "'" | "”" | "’" | ")" | "]")
                    {
                        j += 1;
                    } else {
                        break;
                    }
                }
                let prev_abbrev = c == "."
                    && i > 0
                    && tokens[i - 1].kind == TokenKind::Word
                    && tokens[i - 1].span.end == t.span.start
                    && is_abbreviation(&text[tokens[i - 1].span.range()]);
                let after = tokens.get(j + 1);
                let starts_new = match after {
                    None => true,
                    Some(n) => {
                        let spaced = n.span.start > tokens[j].span.end;
                        let c0 = text[n.span.range()].chars().next().unwrap_or(' ');
                        spaced
                            && (c0.is_uppercase()
                                || c0.is_ascii_digit()
                                || matches!(c0, '"' | '“' | '\'' | '‘' | '$' | '(' | '['))
                    }
                };
                if (starts_new && !prev_abbrev) || line_break_after(bytes, tokens, j) {
                    i = j;
                    end_here = true;
                }
            }
        } else if !end_here && t.kind == TokenKind::Word && bytes[t.span.end - 1] == b'.' {
            // A dotted abbreviation ("U.S.") ends a sentence only before a line break or the end.
            end_here = next.is_none();
        }
        if end_here {
            push(first, i + 1, &mut out);
            first = i + 1;
        }
        i += 1;
    }
    push(first, tokens.len(), &mut out);
    out
}

fn line_break_after(bytes: &[u8], tokens: &[Token], j: usize) -> bool {
    match tokens.get(j + 1) {
        // Most gaps are one space or none.
        Some(n) => match &bytes[tokens[j].span.end..n.span.start] {
            [] | [b' '] => false,
            gap => gap.iter().any(|&b| b == b'\n' || b == b'\r'),
        },
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokenize;
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        split_sentences(text, &tokens)
            .iter()
            .map(|s| &text[s.span.range()])
            .collect()
    }

    #[test]
    fn full_stops_and_abbreviations() {
        assert_eq!(
            sentences("Acme Inc. beat estimates. Shares rose 5%. The U.S. unit grew."),
            vec![
                "Acme Inc. beat estimates.",
                "Shares rose 5%.",
                "The U.S. unit grew."
            ]
        );
        assert_eq!(
            sentences("It has No. 1 rank. Done"),
            vec!["It has No. 1 rank.", "Done"]
        );
        assert_eq!(
            sentences("Up 3.5% today! Really?"),
            vec!["Up 3.5% today!", "Really?"]
        );
    }

    #[test]
    fn lines_end_sentences() {
        assert_eq!(
            sentences("Acme beats estimates\nRevenue rose\r\nCosts fell"),
            vec!["Acme beats estimates", "Revenue rose", "Costs fell"]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            sentences("He said \"we grew.\" Then it fell."),
            vec!["He said \"we grew.\"", "Then it fell."]
        );
    }

    #[test]
    fn empty() {
        assert!(sentences("").is_empty());
        assert!(sentences("   \n ").is_empty());
    }
}
