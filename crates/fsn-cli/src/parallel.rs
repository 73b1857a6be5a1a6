//! Work spread over threads, results kept in order.
//!
//! typst lays out a document's pages in parallel itself (rayon). For a build of many
//! documents, documents side by side keep the cores busier than one document spread over all
//! of them: on the 96-document catalogue, 1.8 of 2 cores in use instead of 1.66
//! (docs/BENCHMARKS.md). So a build gives each worker its own rayon pool with its share of the cores, and
//! the worker lays out its documents one after another inside it.
//!
//! The workers are plain threads taking the next item from a shared counter, not rayon tasks:
//! a worker waiting inside typst could otherwise steal and start another document, and
//! documents would pile up on one stack, each holding its half-built layout.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `map` applied to every item on up to `threads` threads; the results in the items' order.
/// With `pool_size`, each thread runs its share inside its own rayon pool of that many threads,
/// so rayon work started by `map` stays on that pool.
pub(crate) fn map_in_parallel<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    pool_size: Option<usize>,
    map: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let share = || {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(index) else { break };
            done.push((index, map(item)));
        }
        done
    };
    let pool = |size: usize| rayon::ThreadPoolBuilder::new().num_threads(size).build();
    let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads.clamp(1, items.len().max(1)))
            .map(|_| {
                scope.spawn(|| match pool_size.map(pool) {
                    Some(Ok(pool)) => pool.install(share),
                    // No pool (or no threads to spare for one): rayon's global pool serves.
                    _ => share(),
                })
            })
            .collect();
        for handle in handles {
            let done = handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (index, result) in done {
                results[index] = Some(result);
            }
        }
    });
    results
        .into_iter()
        .map(|result| result.expect("every item was taken by a thread"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<usize> = (0..100).collect();
        for threads in [1, 2, 7, 200] {
            for pool_size in [None, Some(1), Some(2)] {
                let doubled = map_in_parallel(&items, threads, pool_size, |item| item * 2);
                assert_eq!(doubled, (0..100).map(|item| item * 2).collect::<Vec<_>>());
            }
        }
        assert!(map_in_parallel(&[] as &[usize], 2, Some(1), |item| *item).is_empty());
    }

    /// Work `map` hands to rayon runs on the worker's own pool, not on the global one.
    #[test]
    fn each_thread_runs_inside_a_pool_of_the_given_size() {
        let sizes = map_in_parallel(&[(); 8], 2, Some(3), |_| rayon::current_num_threads());
        assert_eq!(sizes, [3; 8]);
    }
}
