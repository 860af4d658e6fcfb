//! Lower-casing without the standard library's case-conversion tables, for size.
//!
//! `char::to_lowercase` and `str::to_lowercase` carry a table of every upper-case char and
//! its lower case, about 1,400 pairs of `u32`s, plus `str::to_lowercase`'s own code: about
//! 8 KB of the gzipped `.wasm`. The same mapping is a few hundred runs ("A"-"Z" lower by
//! +32; "Ā Ă Ą …" by +1 every other char), which `build.rs` derives from the standard
//! library's `char::to_lowercase` when the crate is built, so it follows the toolchain's
//! Unicode version. A test holds [`push_lower`] equal to `char::to_lowercase` for every char.
//!
//! [`lower`] lowers a string char by char. Unlike `str::to_lowercase` it has no final-sigma
//! rule: "Σ" ending a Greek word becomes "σ", not "ς". The engine lowers words to compare
//! them with its word lists and with phrases lowered the same way, where that difference
//! never decides a match; the word stream (`text::stream`) always lowered char by char.

include!(concat!(env!("OUT_DIR"), "/lower.rs"));

/// Appends the lower case of `c` to `out`: one char, or two for "İ" (U+0130).
pub(crate) fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == '\u{130}' {
        out.push_str("i\u{307}");
    } else {
        out.push(lower_char(c));
    }
}

/// The lower case of `c` when it is one char (every char but "İ").
fn lower_char(c: char) -> char {
    let n = c as u32;
    let i = LOWER_RUNS.partition_point(|&k| k >> 11 <= n);
    let Some(&key) = i.checked_sub(1).and_then(|i| LOWER_RUNS.get(i)) else {
        return c;
    };
    let (start, count, stride) = (key >> 11, (key >> 1 & 0x3ff) + 1, (key & 1) + 1);
    let at = n - start;
    if at >= count * stride || at % stride != 0 {
        return c;
    }
    let lowered = n.wrapping_add_signed(LOWER_DELTAS[i - 1]);
    char::from_u32(lowered).unwrap_or(c)
}

/// `s` lower-cased char by char (see the module's note on final sigma).
pub(crate) fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_lower(&mut out, c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_char_lowers_as_the_standard_library_lowers_it() {
        let mut out = String::new();
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            out.clear();
            push_lower(&mut out, c);
            assert_eq!(
                out,
                c.to_lowercase().collect::<String>(),
                "{c:?} (U+{:04X})",
                c as u32
            );
        }
    }

    #[test]
    fn strings_lower_as_the_standard_library_lowers_them_but_for_final_sigma() {
        for s in [
            "",
            "Apple",
            "ÉLECTRICITÉ DE FRANCE",
            "İstanbul",
            "ΣΟΦΙΑ",
            "ǅemal",
            "Ⓐ Ⅻ ＡＢＣ",
            "𐐀𐐁 Deseret",
            "東京 Tokyo 😀",
        ] {
            assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
        }
        assert_eq!(lower("ΟΔΥΣΣΕΥΣ"), "οδυσσευσ");
        assert_eq!("ΟΔΥΣΣΕΥΣ".to_lowercase(), "οδυσσευς");
    }
}
