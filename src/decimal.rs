//! Reading a numeral's digits as an `f64`, without the standard library's float parser.
//!
//! `str::parse::<f64>` reads any decimal exactly (correctly rounded), with a 10 KB table of
//! 128-bit powers of five and a big-decimal fallback: about 14 KB of the gzipped `.wasm`,
//! for numerals that in news are prices, counts and percentages. [`parse`] gives the same
//! bits as `str::parse` whenever the digits make an integer of at most 2^53 (about 15.9
//! significant digits) with at most 22 of them after the point, or an integer of up to 19
//! digits: then one IEEE operation on exact operands does it. Beyond that (serial numbers,
//! digit noise) it is within a few units in the 17th significant digit, and its cost stays
//! linear in the length of the input.

/// Powers of ten that are exact in an `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Significant digits kept exactly (as a `u64`).
const KEPT: usize = 19;

/// The value of `s`: ASCII digits with at most one `.` ("1200", "3.5", "1.", ".5"), at
/// least one digit. `None` for anything else (signs, exponents and the like: the tokeniser's
/// numerals never have them).
pub(crate) fn parse(s: &[u8]) -> Option<f64> {
    read(s, false)
}

/// [`parse`] of `s` with its commas taken out ("1,200.50" -> 1200.5), without copying it.
pub(crate) fn parse_grouped(s: &[u8]) -> Option<f64> {
    read(s, true)
}

fn read(s: &[u8], skip_commas: bool) -> Option<f64> {
    // The first KEPT significant digits, how many of the digits after the point sit in
    // `m`'s place value, and how many integer digits fell past KEPT.
    let (mut m, mut kept, mut frac, mut dropped) = (0u64, 0usize, 0usize, 0usize);
    let (mut point, mut digits) = (false, 0usize);
    for &b in s {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if m == 0 && b == b'0' {
                    // A leading zero: after the point it still moves the place value.
                    frac += point as usize;
                } else if kept < KEPT {
                    m = m * 10 + (b - b'0') as u64;
                    kept += 1;
                    frac += point as usize;
                } else if !point {
                    dropped += 1;
                }
            }
            b'.' if !point => point = true,
            b',' if skip_commas => {}
            _ => return None,
        }
    }
    if digits == 0 {
        return None;
    }
    if dropped == 0 && frac == 0 {
        // An integer of at most 19 digits: the conversion rounds once, to nearest.
        return Some(m as f64);
    }
    if dropped == 0 && m <= 1 << 53 && frac < POW10.len() {
        // Both operands exact: the division rounds once, as a correctly rounded parse does.
        return Some(m as f64 / POW10[frac]);
    }
    // Digit noise: scaled by powers of ten, a few roundings.
    let scale = |v: f64, mut e: usize, up: bool| {
        let mut v = v;
        while e > 0 && v != 0.0 && v.is_finite() {
            let k = e.min(POW10.len() - 1);
            v = if up { v * POW10[k] } else { v / POW10[k] };
            e -= k;
        }
        v
    };
    Some(if dropped >= frac {
        scale(m as f64, dropped - frac, true)
    } else {
        scale(m as f64, frac - dropped, false)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn std(s: &str) -> Option<f64> {
        s.parse().ok()
    }

    #[test]
    fn plain_numerals_read_as_str_parse_does() {
        for s in [
            "0",
            "00",
            "7",
            "1200",
            "3.5",
            "0.05",
            "10.50",
            "1.",
            ".5",
            "0.1",
            "0.3",
            "2.675",
            "123456.789",
            "9007199254740993",
            "1234567890123456789",
            "0.000000000000000000001",
            "4.35",
            "99.99",
            "",
            ".",
            "1..2",
            "1,000",
            "1.2.3",
        ] {
            assert_eq!(
                parse(s.as_bytes()).map(f64::to_bits),
                std(s).map(f64::to_bits),
                "{s:?}"
            );
            let plain = s.replace(',', "");
            assert_eq!(
                parse_grouped(s.as_bytes()).map(f64::to_bits),
                std(&plain).map(f64::to_bits),
                "{s:?}"
            );
        }
        // What the tokeniser never makes a numeral of is refused, not read as `parse` would.
        for s in ["1e5", "-1", "+1", "inf", "NaN", "1_000"] {
            assert_eq!(parse(s.as_bytes()), None, "{s}");
        }
    }

    #[test]
    fn long_digit_runs_stay_close_and_linear() {
        let million = "9".repeat(1_000_000);
        assert_eq!(parse(million.as_bytes()), Some(f64::INFINITY));
        let tiny = format!("0.{}1", "0".repeat(400));
        assert_eq!(parse(tiny.as_bytes()), Some(0.0));
        for s in [
            "123456789012345678901234",
            "12345678901234567.5",
            "0.12345678901234567890123",
        ] {
            let (a, b) = (parse(s.as_bytes()).unwrap(), std(s).unwrap());
            assert!(((a - b) / b).abs() < 1e-15, "{s}: {a} vs {b}");
        }
    }

    proptest! {
        /// Bit for bit `str::parse` on the numerals the fast paths take.
        #[test]
        fn same_bits_as_str_parse(int in "[0-9]{1,16}", frac in proptest::option::of("[0-9]{0,22}")) {
            let s = match &frac {
                Some(f) => format!("{int}.{f}"),
                None => int.clone(),
            };
            let digits: String = s.chars().filter(|c| *c != '.').collect();
            let m: u128 = digits.trim_start_matches('0').parse().unwrap_or(0);
            prop_assume!(m <= 1 << 53);
            prop_assert_eq!(parse(s.as_bytes()).map(f64::to_bits), std(&s).map(f64::to_bits), "{}", s);
        }

        /// Within 1e-15 of `str::parse` everywhere else.
        #[test]
        fn close_to_str_parse(int in "[0-9]{1,30}", frac in "[0-9]{0,30}") {
            let s = format!("{int}.{frac}");
            let (a, b) = (parse(s.as_bytes()).unwrap(), std(&s).unwrap());
            prop_assert!(a == b || ((a - b) / b).abs() < 1e-15, "{}: {} vs {}", s, a, b);
        }
    }
}
