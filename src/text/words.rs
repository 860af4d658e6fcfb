//! Word lists more than one stage needs, lower-case, in one place.

/// Month names and their abbreviations.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Legal suffixes that follow a company name ("Acme Inc.", "Siemens AG").
pub const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "plc",
    "ag",
    "se",
    "sa",
    "s.a.",
    "nv",
    "n.v.",
    "ltd",
    "ltd.",
    "limited",
    "llc",
    "group",
    "holdings",
    "spa",
    "asa",
    "oyj",
];

/// True when `word` is in `list` (ASCII case-insensitive, no allocation).
pub fn is_in(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| super::eq_lower(word, w))
}
