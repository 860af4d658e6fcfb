//! The tokeniser: one linear pass over the bytes, no allocation per token.

use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly followed by digits ("revenue", "Q1", "FY2025"), with inner
    /// apostrophes ("didn't") and dotted abbreviations ("U.S.").
    Word,
    /// Digits with inner separators: "1,200.50", "3.5".
    Number,
    /// A currency or unit sign and similar: `$ € £ ¥ ₹ % & @ # +`.
    Symbol,
    /// Any other single character: punctuation, dashes, emoji.
    Punct,
    /// A web address, kept whole so that it yields no words.
    Url,
}

/// One token: its byte span and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the original text.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// True for words.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '€' | '£' | '¥' | '₹' | '₩' | '%' | '&' | '@' | '#' | '+' | '₽' | '₣' | '¢'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens. Whitespace separates tokens and is dropped.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut tokens);
    tokens
}

/// [`tokenize`] into a buffer the caller reuses (start-up tokenises ~20,000 names).
pub(crate) fn tokenize_into(text: &str, tokens: &mut Vec<Token>) {
    tokens.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let b = bytes[i];
        // Fast path for ASCII whitespace.
        if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        // An ASCII byte is its own char: no decoding (in wasm the decode was a fifth of the
        // tokeniser). The tests below are the general ones', which agree for ASCII.
        let c = if b < 0x80 {
            b as char
        } else {
            next_char(text, i)
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let (end, kind) = if b.is_ascii_digit() {
            (scan_number(bytes, i), TokenKind::Number)
        } else if starts_url(bytes, i) {
            (scan_until_space(text, i), TokenKind::Url)
        } else if c.is_alphabetic() {
            (scan_word(text, i), TokenKind::Word)
        } else if is_symbol(c) {
            (i + c.len_utf8(), TokenKind::Symbol)
        } else {
            (i + c.len_utf8(), TokenKind::Punct)
        };
        tokens.push(Token {
            span: Span::new(start, end),
            kind,
        });
        i = end;
    }
}

fn next_char(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn starts_url(bytes: &[u8], i: usize) -> bool {
    // Every token start comes here: one byte rules out almost all of them.
    if !matches!(bytes[i], b'h' | b'H' | b'w' | b'W') {
        return false;
    }
    let rest = &bytes[i..];
    let lower_starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    lower_starts(b"http://") || lower_starts(b"https://") || lower_starts(b"www.")
}

fn scan_until_space(text: &str, mut i: usize) -> usize {
    for c in text[i..].chars() {
        if c.is_whitespace() {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Digits, with `,` or `.` inside when a digit follows: "1,200.50".
fn scan_number(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        let separator = (bytes[i] == b',' || bytes[i] == b'.')
            && i + 1 < bytes.len()
            && bytes[i + 1].is_ascii_digit();
        if bytes[i].is_ascii_digit() || separator {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Letters then letters or digits, inner apostrophes, and dotted abbreviations ("U.S.").
fn scan_word(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut letters = 0usize;
    loop {
        // ASCII letters and digits, most of any text, without decoding a char each.
        if bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric()) {
            i += 1;
            letters += 1;
            continue;
        }
        let c = match bytes.get(i) {
            None => break,
            Some(&b) if b < 0x80 => b as char,
            Some(_) => next_char(text, i),
        };
        if c.is_alphanumeric() {
            i += c.len_utf8();
            letters += 1;
        } else if is_apostrophe(c) {
            // Inner apostrophe: "didn't", "Moody's".
            let after = i + c.len_utf8();
            match text[after..].chars().next() {
                Some(n) if n.is_alphabetic() => i = after,
                _ => break,
            }
        } else if c == '.' && letters == 1 {
            // "U.S.", "e.g.": single letters each followed by a dot.
            let mut j = i;
            let mut pairs = 0;
            while j + 1 < bytes.len()
                && bytes[j] == b'.'
                && bytes[j + 1].is_ascii_alphabetic()
                && (j + 2 >= bytes.len() || !bytes[j + 2].is_ascii_alphanumeric())
            {
                j += 2;
                pairs += 1;
            }
            if pairs > 0 {
                // The trailing dot belongs to the abbreviation: "U.S." is one token.
                if j < bytes.len() && bytes[j] == b'.' {
                    j += 1;
                }
                i = j;
            }
            break;
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.span.range()])
            .collect()
    }

    #[test]
    fn words_numbers_symbols() {
        assert_eq!(
            toks("Revenue rose 28% to $37.6 billion, didn't it?"),
            vec![
                "Revenue", "rose", "28", "%", "to", "$", "37.6", "billion", ",", "didn't", "it",
                "?"
            ]
        );
    }

    #[test]
    fn abbreviations_and_codes() {
        assert_eq!(toks("U.S. sales"), vec!["U.S.", "sales"]);
        assert_eq!(toks("Q1 FY2025 1H25"), vec!["Q1", "FY2025", "1", "H25"]);
        assert_eq!(toks("write-down"), vec!["write", "-", "down"]);
        assert_eq!(toks("Moody’s cut"), vec!["Moody’s", "cut"]);
    }

    #[test]
    fn urls_are_one_token() {
        let t = tokenize("see https://t.co/abc now");
        assert_eq!(t[1].kind, TokenKind::Url);
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn odd_input() {
        assert!(toks("").is_empty());
        assert_eq!(toks("a\u{0}b"), vec!["a", "\u{0}", "b"]);
        assert_eq!(toks("😀x"), vec!["😀", "x"]);
        assert_eq!(toks("1,2,3,"), vec!["1,2,3", ","]);
    }
}
