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
/// A char's UTF-16 length can be read from its bytes alone: every byte that is not a UTF-8
/// continuation byte starts a char (one unit), and a 4-byte lead (`0xF0..`) starts a char
/// outside the BMP (one unit more). So the UTF-16 offset of a char boundary is a count over
/// the bytes before it, with no decoding. The map records that count every
/// `Utf16Map::STRIDE` bytes, so a lookup counts at most one stride, and none in a stride
/// of ASCII (marked in a bitset: most strides of most texts): the table is an eighth of a
/// `u32` per byte and every lookup O(1), for any number of spans in any order. (The earlier
/// map decoded the text char by char; in wasm that and its lookups were 5% of a 10 KB
/// analysis.)
#[derive(Debug, Clone)]
pub struct Utf16Map<'a> {
    text: &'a str,
    /// `checkpoints[k]`: the UTF-16 units of the chars that start before byte `k * STRIDE`.
    checkpoints: Vec<u32>,
    /// Bit `k`: the stride from `k * STRIDE` is all ASCII (whole strides only).
    ascii_strides: Vec<u64>,
    ascii: bool,
}

/// The UTF-16 units that the chars starting in `bytes` take.
#[inline]
fn units(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .map(|&b| ((b & 0xC0) != 0x80) as u32 + (b >= 0xF0) as u32)
        .sum()
}

impl<'a> Utf16Map<'a> {
    const STRIDE: usize = 32;

    /// Builds the map for `text`.
    pub fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        let mut ascii_strides = Vec::new();
        if !ascii {
            let strides = text.len() / Self::STRIDE;
            checkpoints.reserve(strides + 1);
            ascii_strides.resize(strides.div_ceil(64), 0u64);
            let mut total = 0u32;
            checkpoints.push(0);
            for (k, chunk) in text.as_bytes().chunks_exact(Self::STRIDE).enumerate() {
                if chunk.is_ascii() {
                    ascii_strides[k / 64] |= 1 << (k % 64);
                    total += Self::STRIDE as u32;
                } else {
                    total += units(chunk);
                }
                checkpoints.push(total);
            }
        }
        Utf16Map {
            text,
            checkpoints,
            ascii_strides,
            ascii,
        }
    }

    /// The UTF-16 offset of byte offset `byte`, which must be on a char boundary (offsets
    /// inside a char are rounded down to its start).
    pub fn utf16(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        if self.ascii {
            return byte;
        }
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let slot = byte / Self::STRIDE;
        let from = slot * Self::STRIDE;
        let ascii = self
            .ascii_strides
            .get(slot / 64)
            .is_some_and(|w| w >> (slot % 64) & 1 == 1);
        let within = if ascii {
            (byte - from) as u32
        } else {
            units(&self.text.as_bytes()[from..byte])
        };
        (self.checkpoints[slot] + within) as usize
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

    /// Every byte offset, boundaries or not, of texts whose length is and is not a multiple
    /// of the stride, with chars straddling the checkpoints: offsets inside a char round down.
    #[test]
    fn every_offset_rounds_down_to_its_char() {
        // Mixed chars (no ASCII stride), and ASCII runs around single wide chars (ASCII
        // strides before, between and after them).
        let texts = (0..70)
            .map(|n| "a€😀é".chars().cycle().take(n).collect::<String>())
            .chain((0..70).map(|n| {
                format!(
                    "{}é{}😀{}",
                    "x".repeat(n),
                    "y".repeat(70 - n),
                    "z".repeat(n % 33)
                )
            }));
        for (n, text) in texts.enumerate() {
            let m = Utf16Map::new(&text);
            for byte in 0..=text.len() + 2 {
                let mut b = byte.min(text.len());
                while !text.is_char_boundary(b) {
                    b -= 1;
                }
                assert_eq!(m.utf16(byte), reference(&text, b), "text {n}, byte {byte}");
            }
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
