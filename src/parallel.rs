//! A scoped parallel map over every core, in order, with no dependency (native only).

/// How many threads [`map`] uses: every core the OS gives this process.
pub fn available_threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// Applies `f` to every item on all cores and returns the results in input order.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    map_on(available_threads(), items, f)
}

/// [`map`] on at most `threads` threads (1 runs on the calling thread).
pub fn map_on<T: Sync, R: Send>(threads: usize, items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if threads <= 1 || items.len() < 2 {
        return items.iter().map(&f).collect();
    }
    let mut out: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        for (ins, outs) in items.chunks(chunk).zip(out.chunks_mut(chunk)) {
            let f = &f;
            scope.spawn(move || {
                for (i, o) in ins.iter().zip(outs.iter_mut()) {
                    *o = Some(f(i));
                }
            });
        }
    });
    out.into_iter()
        .map(|r| r.expect("every slot is filled by its thread"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_input_order_on_any_thread_count() {
        let items: Vec<u32> = (0..1001).collect();
        let want: Vec<u32> = items.iter().map(|x| x * 3).collect();
        for threads in [0, 1, 2, 3, 7, 2000] {
            assert_eq!(
                map_on(threads, &items, |x| x * 3),
                want,
                "{threads} threads"
            );
        }
        assert_eq!(map(&items, |x| x * 3), want);
        assert!(map_on(4, &[] as &[u32], |x| *x).is_empty());
    }
}
