//! What a caller can configure: labels, thresholds, extra lexicon entries, which parts run,
//! a target entity, and the input-size limit.

use serde::Deserialize;

/// The five sentiment labels, from most negative to most positive.
pub const DEFAULT_LABELS: [&str; 5] = [
    "strongly negative",
    "negative",
    "neutral",
    "positive",
    "strongly positive",
];

/// Label thresholds on a score in [-1, 1]: `|s| < neutral` is neutral, `neutral <= |s| < strong`
/// the plain label, `|s| >= strong` the strong one. The defaults (0.15, 0.35) are Alpha
/// Vantage's news-sentiment bands.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// Below this magnitude a score is neutral.
    pub neutral: f64,
    /// At or above this magnitude a score is strong.
    pub strong: f64,
}

impl Thresholds {
    /// The field names as JSON and the JS API spell them. The wasm build reads options by
    /// hand from these lists (a test holds them equal to the serde derive's).
    pub const KEYS: [&'static str; 2] = ["neutral", "strong"];
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            neutral: 0.15,
            strong: 0.35,
        }
    }
}

/// An extra or overriding lexicon entry: a word or multi-word phrase and its score in [-1, 1].
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconEntry {
    /// The phrase as written ("sold out"); matched case-insensitively on whole words.
    pub phrase: String,
    /// Its sentiment contribution, in [-1, 1].
    pub score: f64,
}

impl LexiconEntry {
    /// The field names (see [`Thresholds::KEYS`]).
    pub const KEYS: [&'static str; 2] = ["phrase", "score"];
}

/// A company of a custom universe (see the tickers stage).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyEntry {
    /// Ticker symbol ("AMZN").
    pub symbol: String,
    /// Display name ("Amazon.com").
    pub name: String,
    /// Other names that mean this company ("Amazon", "AWS").
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl CompanyEntry {
    /// The field names (see [`Thresholds::KEYS`]); `aliases`, the last, may be left out.
    pub const KEYS: [&'static str; 3] = ["symbol", "name", "aliases"];
}

/// Options for one analysis. `Options::default()` gives the documented defaults.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Options {
    /// The five labels, most negative first.
    pub labels: [String; 5],
    /// Label thresholds.
    pub thresholds: Thresholds,
    /// Extra lexicon entries; they override built-in entries with the same phrase.
    pub lexicon: Vec<LexiconEntry>,
    /// Fill `sentences` in the result.
    pub sentences: bool,
    /// Fill `phrases` in the result.
    pub phrases: bool,
    /// Detect tickers and score each.
    pub tickers: bool,
    /// Extract figures.
    pub figures: bool,
    /// An entity to score on its own (`Analysis::target`).
    pub target: Option<String>,
    /// Companies to detect besides (or instead of) the built-in table.
    pub universe: Vec<CompanyEntry>,
    /// Use only `universe`, not the built-in company table.
    pub replace_default: bool,
    /// Longest input accepted, in bytes of UTF-8. Longer input is an [`crate::Error`], not
    /// an out-of-memory tab. Default 32 MiB; at most [`MAX_INPUT_BYTES_LIMIT`] (4 GiB - 1).
    pub max_input_bytes: usize,
}

impl Options {
    /// The field names, camelCase as in JSON and JS (see [`Thresholds::KEYS`]).
    pub const KEYS: [&'static str; 11] = [
        "labels",
        "thresholds",
        "lexicon",
        "sentences",
        "phrases",
        "tickers",
        "figures",
        "target",
        "universe",
        "replaceDefault",
        "maxInputBytes",
    ];
}

/// The default input limit: 32 MiB, twice the 16 MB the engine is tested with.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 32 << 20;

/// The highest `max_input_bytes` accepted: the engine indexes text with 32-bit offsets.
pub const MAX_INPUT_BYTES_LIMIT: usize = u32::MAX as usize;

impl Default for Options {
    fn default() -> Self {
        Options {
            labels: DEFAULT_LABELS.map(String::from),
            thresholds: Thresholds::default(),
            lexicon: Vec::new(),
            sentences: true,
            phrases: true,
            tickers: true,
            figures: true,
            target: None,
            universe: Vec::new(),
            replace_default: false,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
        }
    }
}

impl Options {
    /// Checks every field; the error names the field at fault.
    pub fn validate(&self) -> Result<(), crate::Error> {
        let t = self.thresholds;
        if !(t.neutral.is_finite()
            && t.strong.is_finite()
            && 0.0 <= t.neutral
            && t.neutral <= t.strong
            && t.strong <= 1.0)
        {
            return Err(crate::Error::option(
                "thresholds",
                "need 0 <= neutral <= strong <= 1",
            ));
        }
        for (i, e) in self.lexicon.iter().enumerate() {
            if !(e.score.is_finite() && (-1.0..=1.0).contains(&e.score)) {
                return Err(crate::Error::option(
                    &format!("lexicon[{i}].score"),
                    "must be a number in [-1, 1]",
                ));
            }
            if crate::text::phrase_pattern(&e.phrase).trim().is_empty() {
                return Err(crate::Error::option(
                    &format!("lexicon[{i}].phrase"),
                    "must hold at least one word",
                ));
            }
        }
        for (i, c) in self.universe.iter().enumerate() {
            if c.symbol.trim().is_empty() {
                return Err(crate::Error::option(
                    &format!("universe[{i}].symbol"),
                    "must not be empty",
                ));
            }
            if c.name.trim().is_empty() {
                return Err(crate::Error::option(
                    &format!("universe[{i}].name"),
                    "must not be empty",
                ));
            }
        }
        // Token offsets and the word stream are 32-bit (half the memory of `usize` ones on
        // a large text), so no text may reach 4 GiB.
        // (On 32-bit targets every usize passes.)
        if u32::try_from(self.max_input_bytes).is_err() {
            return Err(crate::Error::option(
                "maxInputBytes",
                "must be below 4 GiB (4294967295 bytes)",
            ));
        }
        if self.labels.iter().any(|l| l.is_empty()) {
            return Err(crate::Error::option(
                "labels",
                "must be five non-empty strings",
            ));
        }
        Ok(())
    }

    /// The label for a score.
    pub fn label(&self, score: f64) -> &str {
        let t = self.thresholds;
        let i = if score <= -t.strong {
            0
        } else if score <= -t.neutral {
            1
        } else if score < t.neutral {
            2
        } else if score < t.strong {
            3
        } else {
            4
        };
        &self.labels[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field names of a struct with derived `Deserialize`, as serde sees them: the
    /// derive hands them to `deserialize_struct`, and this deserializer only records them.
    fn serde_fields<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
        #[derive(Debug)]
        struct Done;
        impl std::fmt::Display for Done {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("field names captured")
            }
        }
        impl std::error::Error for Done {}
        impl serde::de::Error for Done {
            fn custom<M: std::fmt::Display>(_: M) -> Self {
                Done
            }
        }
        struct Capture<'a>(&'a mut &'static [&'static str]);
        impl<'de> serde::Deserializer<'de> for Capture<'_> {
            type Error = Done;
            fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Done> {
                Err(Done)
            }
            fn deserialize_struct<V: serde::de::Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, Done> {
                *self.0 = fields;
                Err(Done)
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
                identifier ignored_any
            }
        }
        let mut fields: &'static [&'static str] = &[];
        let _ = T::deserialize(Capture(&mut fields));
        fields
    }

    #[test]
    fn keys_are_the_serde_field_names() {
        // The wasm build reads options by hand from these lists; the CLI's JSON goes through
        // the derives. Both must accept the same names.
        assert_eq!(serde_fields::<Options>(), Options::KEYS);
        assert_eq!(serde_fields::<Thresholds>(), Thresholds::KEYS);
        assert_eq!(serde_fields::<LexiconEntry>(), LexiconEntry::KEYS);
        assert_eq!(serde_fields::<CompanyEntry>(), CompanyEntry::KEYS);
    }

    #[test]
    fn labels_follow_alpha_vantage_bands() {
        let o = Options::default();
        assert_eq!(o.label(0.0), "neutral");
        assert_eq!(o.label(0.1499), "neutral");
        assert_eq!(o.label(0.15), "positive");
        assert_eq!(o.label(0.35), "strongly positive");
        assert_eq!(o.label(-0.15), "negative");
        assert_eq!(o.label(-0.35), "strongly negative");
    }

    #[test]
    fn validation_names_the_field() {
        let mut o = Options::default();
        o.lexicon.push(LexiconEntry {
            phrase: "sold out".into(),
            score: 2.0,
        });
        let e = o.validate().unwrap_err().to_string();
        assert!(e.contains("lexicon[0].score"), "{e}");
    }

    #[test]
    fn input_limit_stays_below_4_gib() {
        let mut o = Options {
            max_input_bytes: MAX_INPUT_BYTES_LIMIT,
            ..Options::default()
        };
        assert!(o.validate().is_ok());
        if let Some(over) = MAX_INPUT_BYTES_LIMIT.checked_add(1) {
            o.max_input_bytes = over;
            let e = o.validate().unwrap_err().to_string();
            assert!(e.contains("maxInputBytes"), "{e}");
        }
    }
}
