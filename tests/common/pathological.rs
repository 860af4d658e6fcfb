//! Pathological input classes, each generated at any size: `tests/properties.rs` checks the
//! engine's output on them, `benches/pathological.rs` measures that the cost stays linear.

/// One class of hostile input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Financial words and figures glued together: no space, no line break.
    NoSpace,
    /// One sentence that never ends: clauses joined by commas and "and".
    LongSentence,
    /// Digits and nothing else.
    Digits,
    /// "not not not ...".
    Not,
    /// Brackets and quotes opened `depth` deep around one clause, then closed.
    Nested,
    /// Emoji and nothing else (four bytes, two UTF-16 units each).
    Emoji,
    /// Sentences mixing Latin, CJK, Hangul, Thai, Arabic, Cyrillic and accents.
    MixedScripts,
    /// NUL and other control characters between words.
    Controls,
    /// Sentences ended by CRLF, lone CR and runs of CR.
    LineEnds,
}

impl Class {
    /// Every class, in the order of the README's table.
    pub const ALL: [Class; 9] = [
        Class::NoSpace,
        Class::LongSentence,
        Class::Digits,
        Class::Not,
        Class::Nested,
        Class::Emoji,
        Class::MixedScripts,
        Class::Controls,
        Class::LineEnds,
    ];

    /// A short name for benchmark ids.
    pub fn name(self) -> &'static str {
        match self {
            Class::NoSpace => "no-space",
            Class::LongSentence => "long-sentence",
            Class::Digits => "digits",
            Class::Not => "not",
            Class::Nested => "nested",
            Class::Emoji => "emoji",
            Class::MixedScripts => "mixed-scripts",
            Class::Controls => "controls",
            Class::LineEnds => "line-ends",
        }
    }

    /// The repeated unit of this class (for `Nested`, the opening brackets).
    pub fn unit(self) -> &'static str {
        match self {
            Class::NoSpace => "Revenuerose12%to$1.2bn,lossesnarrowed;",
            Class::LongSentence => "revenue rose 12% to $1.2 billion and losses narrowed, ",
            Class::Digits => "9",
            Class::Not => "not ",
            Class::Nested => "([{\"'«“‘",
            Class::Emoji => "😀",
            Class::MixedScripts => {
                "Revenue rose 5% 日本の株価は上昇 한국 ข่าว أرامكو Сбербанк café. "
            }
            Class::Controls => "\u{0}Revenue\u{1}rose\u{7f}5%\u{0}\u{85}\u{1b}[0m\t",
            Class::LineEnds => "Profit rose.\r\nLosses narrowed.\rShares fell.\r\r",
        }
    }

    /// A text of this class of about `bytes` bytes (never more, always whole units).
    pub fn text(self, bytes: usize) -> String {
        if self == Class::Nested {
            return nested(bytes);
        }
        let unit = self.unit();
        unit.repeat((bytes / unit.len()).max(1))
    }
}

/// The clause in the middle of [`Class::Nested`].
pub const NESTED_CLAUSE: &str = "Revenue rose";

fn nested(bytes: usize) -> String {
    let open = Class::Nested.unit();
    let close: String = open
        .chars()
        .rev()
        .map(|c| match c {
            '(' => ')',
            '[' => ']',
            '{' => '}',
            '«' => '»',
            '“' => '”',
            '‘' => '’',
            c => c,
        })
        .collect();
    let depth = (bytes.saturating_sub(NESTED_CLAUSE.len()) / (open.len() + close.len())).max(1);
    let mut s = String::with_capacity(bytes + 64);
    s.push_str(&open.repeat(depth));
    s.push_str(NESTED_CLAUSE);
    s.push_str(&close.repeat(depth));
    s
}
