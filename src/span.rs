//! Byte spans inside the engine, UTF-16 spans at the boundary.
//!
//! The core works in byte ranges of the UTF-8 input. JavaScript strings are indexed in UTF-16
//! code units, so every span that leaves through JSON or JS is converted once, here, so that
//! `text.slice(start, end)` in JS gives exactly the highlighted text whatever emoji, accents or
//! CJK the input holds.

use std::ops::Range;

/// A half-open byte range `[start, end)` into the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The byte range, for slicing the text in Rust.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Maps byte offsets of one text to UTF-16 code-unit offsets.
///
/// Built in one pass over the text: it records, every [`Utf16Map::STRIDE`] bytes on a char
/// boundary, the UTF-16 offset reached there, so a lookup walks at most one stride. That keeps
/// the table small (an eighth of a `u32` per byte) and every lookup O(1) for any number of
/// spans in any order.
#[derive(Debug, Clone)]
pub struct Utf16Map<'a> {
    text: &'a str,
    /// `checkpoints[i]` = (byte offset, utf16 offset) of the char boundary at or after `i * STRIDE`.
    checkpoints: Vec<(u32, u32)>,
    ascii: bool,
}

impl<'a> Utf16Map<'a> {
    const STRIDE: usize = 32;

    /// Builds the map for `text`.
    pub fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            checkpoints.reserve(text.len() / Self::STRIDE + 2);
            let mut utf16 = 0u32;
            let mut next = 0usize;
            for (i, c) in text.char_indices() {
                while i >= next {
                    checkpoints.push((i as u32, utf16));
                    next += Self::STRIDE;
                }
                utf16 += c.len_utf16() as u32;
            }
            while text.len() >= next {
                checkpoints.push((text.len() as u32, utf16));
                next += Self::STRIDE;
            }
        }
        Utf16Map {
            text,
            checkpoints,
            ascii,
        }
    }

    /// The UTF-16 offset of byte offset `byte`, which must be on a char boundary (offsets
    /// inside a char are rounded down to its start).
    pub fn utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.ascii {
            return byte;
        }
        let slot = byte / Self::STRIDE;
        // The checkpoint of a slot may sit past `byte` when a multi-byte char straddles the
        // slot start; step back one slot then.
        let (mut b, mut u) = self.checkpoints[slot];
        if b as usize > byte {
            (b, u) = self.checkpoints[slot.saturating_sub(1)];
            if b as usize > byte {
                (b, u) = (0, 0);
            }
        }
        let mut b = b as usize;
        let mut u = u as usize;
        let bytes = self.text.as_bytes();
        while b < byte {
            let lead = bytes[b];
            let (len, units) = match lead {
                0x00..=0x7F => (1, 1),
                0xC0..=0xDF => (2, 1),
                0xE0..=0xEF => (3, 1),
                _ => (4, 2),
            };
            if b + len > byte {
                break;
            }
            b += len;
            u += units;
        }
        u
    }

    /// Converts a byte span to a UTF-16 `(start, end)` pair.
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.utf16(span.start), self.utf16(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn ascii_is_identity() {
        let m = Utf16Map::new("revenue rose");
        assert_eq!(m.utf16(7), 7);
        assert_eq!(m.utf16(12), 12);
    }

    #[test]
    fn every_boundary_matches_encode_utf16() {
        let text = "Apple 🍎 gained 5% — café résumé 日本語 📈📉 and more text here to pass strides 😀😀😀😀😀😀😀😀😀😀 end";
        let m = Utf16Map::new(text);
        for (i, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(m.utf16(i), reference(text, i), "byte {i}");
        }
    }

    #[test]
    fn empty_text() {
        let m = Utf16Map::new("");
        assert_eq!(m.utf16(0), 0);
        let m = Utf16Map::new("é");
        assert_eq!(m.utf16(0), 0);
        assert_eq!(m.utf16(2), 1);
    }
}
