//! Sorting through one shared routine, for size.
//!
//! Every `sort_by_key` or `sort_unstable` on a new element type or key closure makes its own
//! copy of the standard library's sorts (driftsort, ipnsort, their small-sort and heapsort
//! fallbacks): 3-10 KB of wasm each. The engine had fifteen such sorts, about 85 KB of the
//! `.wasm`'s code. Here a sort turns each element into one `u128`, its key above its
//! position, sorts those with the one `sort_unstable` on `[u128]`, and moves the elements
//! into that order. The position in the low bits makes the result the stable order, so
//! [`by_key`] can stand in for `sort_by_key` and, where equal keys mean equal elements, for
//! `sort_unstable`.
//!
//! Keys are built from 32-bit parts ([`key2`], [`key3`]): token indices and byte offsets
//! fit, since no input may reach 4 GiB (`Options::max_input_bytes`).

/// Position bits below the key.
const POSITION_BITS: u32 = 32;
/// A sort up to this long keeps its keys on the stack.
const STACK: usize = 32;
/// The mark of a position already moved, while the order is applied.
const DONE: u128 = 1 << 127;

/// Sorts `v` by `key`, stably. Keys must be below 2^96 (three 32-bit parts at most).
pub(crate) fn by_key<T>(v: &mut [T], key: impl Fn(&T) -> u128) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut stack = [0u128; STACK];
    let mut heap = Vec::new();
    let keys: &mut [u128] = if n <= STACK {
        &mut stack[..n]
    } else {
        heap.resize(n, 0);
        &mut heap
    };
    let mut sorted = true;
    let mut prev = 0;
    for (i, (k, x)) in keys.iter_mut().zip(v.iter()).enumerate() {
        let key = key(x);
        debug_assert!(key >> 96 == 0, "a sort key over 96 bits");
        *k = key << POSITION_BITS | i as u128;
        sorted &= i == 0 || *k > prev;
        prev = *k;
    }
    if sorted {
        return;
    }
    sort_keys(keys);
    apply(v, keys);
}

/// The one instance of the library sort.
#[inline(never)]
fn sort_keys(keys: &mut [u128]) {
    keys.sort_unstable();
}

/// Moves the elements of `v` into the order of `keys` (each holding, in its low bits, the
/// position of the element that goes there), one cycle of the permutation at a time.
fn apply<T>(v: &mut [T], keys: &mut [u128]) {
    let source = |k: u128| (k & ((1 << POSITION_BITS) - 1)) as usize;
    for start in 0..keys.len() {
        if keys[start] & DONE != 0 {
            continue;
        }
        let mut at = start;
        loop {
            let from = source(keys[at]);
            keys[at] |= DONE;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

/// A key of one 32-bit part.
#[inline]
pub(crate) fn key1(a: usize) -> u128 {
    a as u32 as u128
}

/// A key of two 32-bit parts, the first more significant.
#[inline]
pub(crate) fn key2(a: usize, b: usize) -> u128 {
    (a as u32 as u128) << 32 | b as u32 as u128
}

/// A key of three 32-bit parts, the first most significant.
#[inline]
pub(crate) fn key3(a: usize, b: usize, c: usize) -> u128 {
    key2(a, b) << 32 | c as u32 as u128
}

/// The part that sorts `x` in descending order.
#[inline]
pub(crate) fn descending(x: usize) -> usize {
    u32::MAX as usize - x.min(u32::MAX as usize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the library's stable sort, for any input and any key.
        #[test]
        fn same_order_as_sort_by_key(v in proptest::collection::vec((0usize..8, 0usize..1000, any::<u16>()), 0..200)) {
            let mut want = v.clone();
            want.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
            let mut got = v.clone();
            by_key(&mut got, |&(a, b, _)| key2(a, descending(b)));
            prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn three_parts_and_sorted_input() {
        let mut v = vec![(2, 0, 1), (1, 5, 0), (1, 5, 0), (1, 4, 9), (0, 0, 0)];
        let mut want = v.clone();
        want.sort();
        by_key(&mut v, |&(a, b, c)| key3(a, b, c));
        assert_eq!(v, want);
        let before = v.clone();
        by_key(&mut v, |&(a, b, c)| key3(a, b, c));
        assert_eq!(v, before);
        // Long enough for the keys to go on the heap.
        let mut long: Vec<usize> = (0..1000).map(|i| (i * 7919) % 1000).collect();
        by_key(&mut long, |&x| x as u128);
        assert_eq!(long, (0..1000).collect::<Vec<_>>());
    }
}
