//! Answers kept until the data changes, within a budget of bytes.
//!
//! The database counts its changes in `app_state.generation` (triggers keep it, whichever
//! process writes), so an answer made at one generation is good until the next. Within a
//! generation, a full cache gives up the answers least likely to be asked for again
//! (quick_cache's S3-FIFO), weighed by their size: a flood of one-off requests cannot push
//! out what readers keep asking for, nor grow the cache past its budget.

use quick_cache::Weighter;
use quick_cache::sync::Cache;
use std::hash::Hash;
use std::sync::{Arc, Mutex, PoisonError};

/// What an answer costs to keep, in bytes (roughly: its largest parts).
pub(crate) trait Weigh {
    fn weight(&self) -> u64;
}

pub(crate) struct GenerationCache<K, V>(Arc<Inner<K, V>>);

struct Inner<K, V> {
    /// The generation the kept answers were made at.
    generation: Mutex<i64>,
    answers: Cache<K, V, BySize>,
}

#[derive(Clone)]
struct BySize;

impl<K, V: Weigh> Weighter<K, V> for BySize {
    fn weight(&self, _key: &K, answer: &V) -> u64 {
        answer.weight().max(1)
    }
}

impl<K, V> Clone for GenerationCache<K, V> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<K, V> std::fmt::Debug for GenerationCache<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GenerationCache").finish_non_exhaustive()
    }
}

impl<K: Eq + Hash + Clone, V: Weigh + Clone> GenerationCache<K, V> {
    /// A cache holding answers of at most `bytes` in all.
    pub(crate) fn with_budget(bytes: u64) -> Self {
        // quick_cache sizes its table from an estimate of the number of entries.
        let estimated_entries = usize::try_from(bytes / 4096).unwrap_or(usize::MAX).max(16);
        Self(Arc::new(Inner {
            generation: Mutex::new(0),
            answers: Cache::with_weighter(estimated_entries, bytes, BySize),
        }))
    }

    /// The answer made at this generation, if any. A newer generation drops every older
    /// answer; a caller that read an older one (a change landed meanwhile) gets none.
    pub(crate) fn get(&self, generation: i64, key: &K) -> Option<V> {
        {
            let mut current = self.lock();
            if generation > *current {
                self.0.answers.clear();
                *current = generation;
            } else if generation < *current {
                return None;
            }
        }
        self.0.answers.get(key)
    }

    /// Keeps an answer made at this generation, unless the data has changed since.
    pub(crate) fn put(&self, generation: i64, key: K, answer: V) {
        let current = self.lock();
        if *current == generation {
            self.0.answers.insert(key, answer);
        }
    }

    /// How many answers are kept, and their weight in all.
    pub(crate) fn usage(&self) -> (usize, u64) {
        (self.0.answers.len(), self.0.answers.weight())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, i64> {
        self.0
            .generation
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, PartialEq)]
    struct Answer(u64);

    impl Weigh for Answer {
        fn weight(&self) -> u64 {
            self.0
        }
    }

    #[test]
    fn answers_last_until_the_generation_changes() {
        let cache = GenerationCache::with_budget(1_000);
        cache.put(0, "a", Answer(1));
        assert_eq!(cache.get(0, &"a"), Some(Answer(1)));
        assert_eq!(cache.get(1, &"a"), None);
        // An answer made before a change is not kept after it, nor served to a caller
        // still at the old generation.
        cache.put(0, "a", Answer(1));
        assert_eq!(cache.get(1, &"a"), None);
        assert_eq!(cache.get(0, &"a"), None);
    }

    #[test]
    fn a_flood_of_one_off_answers_keeps_to_the_budget_and_spares_popular_ones() {
        let cache = GenerationCache::with_budget(100_000);
        cache.put(0, "popular".to_owned(), Answer(5_000));
        for n in 0..1_000 {
            // Readers keep asking for the popular answer while the flood goes on.
            if n % 10 == 0 {
                assert!(
                    cache.get(0, &"popular".to_owned()).is_some(),
                    "evicted at {n}"
                );
            }
            cache.put(0, format!("one-off {n}"), Answer(2_000));
        }
        let (entries, weight) = cache.usage();
        assert!(weight <= 100_000, "{weight} bytes kept");
        assert!(entries < 60, "{entries} kept");
    }
}
