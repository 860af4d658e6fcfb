//! A small, fast, deterministic hasher for the engine's start-up tables.
//!
//! The standard SipHash resists hash flooding, which these tables do not need: their keys
//! are our own data files (company names, lexicon phrases), not user input. Profiling the
//! start-up (perf, native) showed SipHash at 11% of building the company universe, and
//! wasm pays more for it. This is the multiply-rotate hash of rustc's FxHasher family,
//! written here in a few lines rather than adding a dependency.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash-style hasher.
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher(u64);

const K: u64 = 0x517c_c1b7_2722_0a95;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The same little-endian word as copying the bytes into a zeroed [u8; 8], built
            // in a register: the copy went through a memcpy call and a stack buffer whose
            // 8-byte reload stalled (perf: a fifth of the name matcher's time on its
            // multiply).
            let mut word = 0u64;
            for (i, &b) in rest.iter().enumerate() {
                word |= (b as u64) << (8 * i);
            }
            self.add(word);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A `HashSet` with [`FastHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_with_string_keys() {
        let mut m: FastMap<String, u32> = FastMap::default();
        for i in 0..1000u32 {
            m.insert(format!("name {i}"), i);
        }
        assert_eq!(m.get("name 417"), Some(&417));
        assert_eq!(m.len(), 1000);
    }
}
