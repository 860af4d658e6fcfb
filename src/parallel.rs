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
///
/// Items are handed out one at a time from a shared counter, so a thread that drew short
/// texts takes more of them: split into fixed halves, a batch waited for whichever half
/// held the longer articles, and on two cores `analyze --jsonl` ran at 1.3-1.5x one thread.
/// The calling thread works too.
pub fn map_on<T: Sync, R: Send>(threads: usize, items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    if threads <= 1 || items.len() < 2 {
        return items.iter().map(&f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return mine;
            };
            mine.push((i, f(item)));
        }
    };
    let parts: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads.min(items.len()))
            .map(|_| scope.spawn(work))
            .collect();
        let mut parts = vec![work()];
        for h in helpers {
            parts.push(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        parts
    });
    let mut out: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    for (i, r) in parts.into_iter().flatten() {
        out[i] = Some(r);
    }
    out.into_iter()
        .map(|r| r.expect("every item is taken by one thread"))
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
