//! Money: currency signs, codes and names before or after an amount, with ISO codes.
//!
//! "$37.6 billion", "C$ 1.34", "us $ 150 million" (newswire spacing, lower-cased), "USD 5
//! million", "Rs 500 crore", "1.2 trillion yen", "420 million finnish markka", "50 cents",
//! "thirteen dollars and forty-five cents", "30 MUSD".

use super::numbers::{amount_at, Toks};
use crate::text::TokenKind;

/// A currency as written next to an amount.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Currency {
    /// ISO 4217 code, when the name says which currency it is.
    pub iso: Option<&'static str>,
    /// What one written unit is worth in the currency: 0.01 for cents and pence, 1e6 for
    /// "MUSD".
    pub factor: f64,
    /// Last token of the currency words.
    pub last: usize,
    /// A major unit after which cents may follow ("3 dollars 50 cents").
    pub major: bool,
}

/// The ISO code of a currency sign. `Some(None)` for signs without an ISO code (bitcoin).
pub(crate) fn sign(s: &str) -> Option<Option<&'static str>> {
    Some(Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₩" => "KRW",
        "₽" => "RUB",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₺" => "TRY",
        "₱" => "PHP",
        "₦" => "NGN",
        "₫" => "VND",
        "₪" => "ILS",
        "₿" => return Some(None),
        _ => return None,
    }))
}

/// The word written before a dollar sign: "C$", "US$", "HK$", "A$", and the newswire's
/// lower-cased, spaced "c $", "us $", "hk $". One-letter forms that are also English words
/// ("a", "s") count only when glued to the sign.
pub(crate) fn dollar_prefix(w: &str, glued: bool) -> Option<&'static str> {
    Some(match w {
        "c" | "ca" | "can" | "cdn" | "cad" => "CAD",
        "us" | "u.s" | "u.s." | "usd" => "USD",
        "hk" | "hkd" => "HKD",
        "nz" | "nzd" => "NZD",
        "mex" | "mx" | "mxn" => "MXN",
        "nt" => "TWD",
        "sgd" => "SGD",
        "aud" => "AUD",
        "a" | "au" if glued => "AUD",
        "s" | "sg" if glued => "SGD",
        "r" if glued => "BRL",
        _ => return None,
    })
}

/// An ISO code (or common code-like name) written as a word: "USD", "rmb", "Rs".
pub(crate) fn code(w: &str) -> Option<&'static str> {
    // Every word of the text is tried as a code. Matched as bytes: the compiler switches on
    // the length and then byte by byte, where a match on strings compared the word with the
    // codes one by one (~100 instructions a word; callgrind, full analysis).
    Some(match *w.as_bytes() {
        [b'u', b's', b'd'] => "USD",
        [b'e', b'u', b'r'] => "EUR",
        [b'g', b'b', b'p'] => "GBP",
        [b'j', b'p', b'y'] => "JPY",
        [b'c', b'n', b'y'] | [b'r', b'm', b'b'] => "CNY",
        [b'c', b'h', b'f'] => "CHF",
        [b'c', b'a', b'd'] => "CAD",
        [b'a', b'u', b'd'] => "AUD",
        [b'h', b'k', b'd'] => "HKD",
        [b'i', b'n', b'r'] | [b'r', b's'] => "INR",
        [b'n', b'z', b'd'] => "NZD",
        [b's', b'g', b'd'] => "SGD",
        [b'k', b'r', b'w'] => "KRW",
        [b'b', b'r', b'l'] => "BRL",
        [b'm', b'x', b'n'] => "MXN",
        [b's', b'e', b'k'] => "SEK",
        [b'n', b'o', b'k'] => "NOK",
        [b'd', b'k', b'k'] => "DKK",
        [b'z', b'a', b'r'] => "ZAR",
        [b'r', b'u', b'b'] => "RUB",
        [b't', b'w', b'd'] => "TWD",
        _ => return None,
    })
}

/// "MUSD", "meur": a code in millions.
pub(crate) fn million_code(w: &str) -> Option<&'static str> {
    let rest = w.strip_prefix('m')?;
    if rest.len() == 3 && rest != "rub" {
        code(rest)
    } else {
        None
    }
}

/// A currency named after an amount, starting at token `j`.
pub(crate) fn suffix(t: &Toks, j: usize) -> Option<Currency> {
    let w = t.lower(j);
    let cur = |iso: Option<&'static str>, last: usize, major: bool| {
        Some(Currency {
            iso,
            factor: 1.0,
            last,
            major,
        })
    };
    let dollars = |k: usize| t.is_any(k, &["dollar", "dollars"]);
    // Two- and three-word names.
    let adjective = match w {
        "us" | "u.s" | "u.s." | "american" if dollars(j + 1) => Some("USD"),
        "australian" if dollars(j + 1) => Some("AUD"),
        "canadian" if dollars(j + 1) => Some("CAD"),
        "singapore" if dollars(j + 1) => Some("SGD"),
        "taiwan" | "taiwanese" if dollars(j + 1) => Some("TWD"),
        "swiss" if t.is_any(j + 1, &["franc", "francs"]) => Some("CHF"),
        "french" if t.is_any(j + 1, &["franc", "francs"]) => Some("FRF"),
        "belgian" if t.is_any(j + 1, &["franc", "francs"]) => Some("BEF"),
        "finnish" if t.is_any(j + 1, &["markka", "markkaa"]) => Some("FIM"),
        "dutch" if t.is_any(j + 1, &["guilder", "guilders"]) => Some("NLG"),
        "turkish" if t.is_any(j + 1, &["lira", "liras"]) => Some("TRY"),
        "chinese" if t.is_any(j + 1, &["yuan", "renminbi"]) => Some("CNY"),
        "japanese" if t.is_any(j + 1, &["yen"]) => Some("JPY"),
        "indian" if t.is_any(j + 1, &["rupee", "rupees"]) => Some("INR"),
        "british" if t.is_any(j + 1, &["pound", "pounds"]) => Some("GBP"),
        "mexican" if t.is_any(j + 1, &["peso", "pesos"]) => Some("MXN"),
        "german" if t.is_any(j + 1, &["mark", "marks"]) => Some("DEM"),
        _ => None,
    };
    if let Some(iso) = adjective {
        return cur(Some(iso), j + 1, dollars(j + 1));
    }
    if (w == "hong" && t.is(j + 1, "kong")) || (w == "new" && t.is(j + 1, "zealand")) {
        if dollars(j + 2) {
            return cur(Some(if w == "hong" { "HKD" } else { "NZD" }), j + 2, true);
        }
        return None;
    }
    let (iso, major) = match w {
        "dollar" | "dollars" => (Some("USD"), true),
        "euro" | "euros" => (Some("EUR"), true),
        "pound" | "pounds" => {
            // "pounds sterling" is one name.
            if t.is(j + 1, "sterling") {
                return cur(Some("GBP"), j + 1, true);
            }
            (Some("GBP"), true)
        }
        "sterling" => (Some("GBP"), true),
        "yen" => (Some("JPY"), false),
        "yuan" | "renminbi" | "元" => (Some("CNY"), true),
        "franc" | "francs" => (None, true),
        "peseta" | "pesetas" => (Some("ESP"), false),
        "markka" | "markkaa" => (Some("FIM"), false),
        "guilder" | "guilders" => (Some("NLG"), false),
        "lira" | "liras" => (Some("TRY"), false),
        "rupee" | "rupees" => (Some("INR"), false),
        "rupiah" => (Some("IDR"), false),
        "ruble" | "rubles" | "rouble" | "roubles" => (Some("RUB"), false),
        "peso" | "pesos" => (None, false),
        "ringgit" => (Some("MYR"), false),
        "baht" => (Some("THB"), false),
        "rand" => (Some("ZAR"), false),
        "real" | "reais" if t.is(j.wrapping_sub(1), "brazilian") => (Some("BRL"), false),
        "ரூ" => (Some("LKR"), false),
        "bitcoin" | "bitcoins" | "btc" | "satoshis" => (None, false),
        "cent" | "cents" => {
            return Some(Currency {
                iso: Some("USD"),
                factor: 0.01,
                last: j,
                major: false,
            })
        }
        "pence" | "penny" | "pennies" => {
            return Some(Currency {
                iso: Some("GBP"),
                factor: 0.01,
                last: j,
                major: false,
            })
        }
        _ => {
            if let Some(iso) = code(w) {
                if w == "rs" {
                    return None;
                }
                (Some(iso), true)
            } else if let Some(iso) = million_code(w) {
                return Some(Currency {
                    iso: Some(iso),
                    factor: 1e6,
                    last: j,
                    major: false,
                });
            } else {
                // A sign after the amount ("10 €"), unless it opens the next amount.
                let kind = t.kind(j);
                if matches!(kind, Some(TokenKind::Symbol) | Some(TokenKind::Punct)) {
                    if let Some(iso) = sign(t.s(j)) {
                        let next_is_amount = t.kind(j + 1) == Some(TokenKind::Number);
                        if !next_is_amount {
                            return cur(iso, j, false);
                        }
                    }
                }
                return None;
            }
        }
    };
    cur(iso, j, major)
}

/// Cents after a major unit: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
/// "17 USD 25.", "c $ 100 and fifty". The cents must end the phrase (end, punctuation,
/// "and" or a cents word), so "50 dollar 40 rmb" stays two amounts.
/// Returns (cents, last token).
pub(crate) fn cents_after(t: &Toks, j: usize, need_and: bool) -> Option<(f64, usize)> {
    let mut k = j;
    let had_and = t.is(k, "and");
    if had_and {
        k += 1;
    } else if need_and {
        return None;
    }
    let a = amount_at(t, k, false)?;
    if a.scaled || !a.integer || a.value >= 100.0 || a.value.fract() != 0.0 {
        return None;
    }
    let mut last = a.last;
    if t.is_any(last + 1, &["cent", "cents"]) {
        last += 1;
    } else {
        match t.kind(last + 1) {
            None | Some(TokenKind::Punct) => {}
            _ if t.is(last + 1, "and") => {}
            _ => return None,
        }
    }
    Some((a.value / 100.0, last))
}

/// The "per share" after an amount: "a share", "per share", "per diluted share",
/// "- a - share" (newswire), "a-share", "/share". Returns the last token.
pub(crate) fn per_share(t: &Toks, j: usize) -> Option<usize> {
    let mut k = j;
    if t.is_dash(k) {
        k += 1;
    }
    if t.s(k) == "/" && t.is(k + 1, "share") {
        return Some(k + 1);
    }
    if !t.is_any(k, &["a", "per", "each"]) {
        return None;
    }
    k += 1;
    if t.is_dash(k) {
        k += 1;
    }
    if t.is_any(k, &["diluted", "basic", "adjusted"]) {
        k += 1;
    }
    t.is(k, "share").then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_signs() {
        assert_eq!(sign("€"), Some(Some("EUR")));
        assert_eq!(sign("%"), None);
        assert_eq!(dollar_prefix("a", false), None);
        assert_eq!(dollar_prefix("a", true), Some("AUD"));
        assert_eq!(dollar_prefix("hk", false), Some("HKD"));
        assert_eq!(million_code("musd"), Some("USD"));
        assert_eq!(million_code("mrub"), None);
        assert_eq!(code("rmb"), Some("CNY"));
    }
}
