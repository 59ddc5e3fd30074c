//! Answers kept until the data changes.
//!
//! The database counts its changes in `app_state.generation` (triggers keep it, whichever
//! process writes), so an answer made at one generation is good until the next.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// How many answers to keep by default; past that the cache starts afresh.
const CAPACITY: usize = 1024;

#[derive(Debug)]
pub struct GenerationCache<K, V>(Arc<Mutex<Entries<K, V>>>);

#[derive(Debug)]
struct Entries<K, V> {
    generation: i64,
    capacity: usize,
    answers: HashMap<K, V>,
}

impl<K, V> Clone for GenerationCache<K, V> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<K, V> Default for GenerationCache<K, V> {
    fn default() -> Self {
        Self::with_capacity(CAPACITY)
    }
}

impl<K, V> GenerationCache<K, V> {
    /// A cache of at most `capacity` answers.
    pub fn with_capacity(capacity: usize) -> Self {
        Self(Arc::new(Mutex::new(Entries {
            generation: 0,
            capacity,
            answers: HashMap::new(),
        })))
    }
}

impl<K: Eq + Hash, V: Clone> GenerationCache<K, V> {
    fn lock(&self) -> MutexGuard<'_, Entries<K, V>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The answer made at this generation, if any; older answers are dropped.
    pub fn get(&self, generation: i64, key: &K) -> Option<V> {
        let mut entries = self.lock();
        if entries.generation != generation {
            entries.answers.clear();
            entries.generation = generation;
        }
        entries.answers.get(key).cloned()
    }

    /// Keeps an answer made at this generation, unless the data has changed since.
    pub fn put(&self, generation: i64, key: K, answer: V) {
        let mut entries = self.lock();
        if entries.generation == generation {
            if entries.answers.len() >= entries.capacity {
                entries.answers.clear();
            }
            entries.answers.insert(key, answer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_last_until_the_generation_changes() {
        let cache = GenerationCache::default();
        cache.put(0, "a", 1);
        assert_eq!(cache.get(0, &"a"), Some(1));
        assert_eq!(cache.get(1, &"a"), None);
        // An answer made before a change is not kept after it.
        cache.put(0, "a", 1);
        assert_eq!(cache.get(1, &"a"), None);
    }
}
