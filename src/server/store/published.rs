//! The data's generation as this process knows it, so that a kept page is known to be
//! current without a trip to the database.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The data's generation as this process last read (or heard) it, and when. This process's
/// own writes read it again at once; other processes' (another server, the command line)
/// are seen when it is next read: on SQLite by the first request after `fresh_for`, on
/// PostgreSQL as soon as the write is announced (`postgres::listener`).
///
/// What the caches see is the stored generation plus the number of flushes: both only
/// grow, so their sum changes whenever either does, and a flush drops every kept answer
/// without a change in the database.
#[derive(Debug)]
pub(crate) struct Published {
    generation: AtomicI64,
    flushes: AtomicI64,
    /// Milliseconds after `since` when it was read; 0 before the first read.
    read_at: AtomicU64,
    since: Instant,
    /// How long a generation read is taken as current.
    fresh_for: Duration,
}

impl Published {
    pub(crate) fn new(fresh_for: Duration) -> Self {
        Self {
            generation: AtomicI64::new(0),
            flushes: AtomicI64::new(0),
            read_at: AtomicU64::new(0),
            since: Instant::now(),
            fresh_for,
        }
    }

    /// Now, in milliseconds after `since`, never 0.
    fn now(&self) -> u64 {
        u64::try_from(self.since.elapsed().as_millis()).map_or(u64::MAX, |ms| ms.max(1))
    }

    fn current(&self) -> i64 {
        self.generation.load(Ordering::Acquire) + self.flushes.load(Ordering::Acquire)
    }

    /// The generation, if it was read recently enough to be taken as current.
    pub(crate) fn fresh(&self) -> Option<i64> {
        let read_at = self.read_at.load(Ordering::Acquire);
        let fresh =
            read_at != 0 && self.now().saturating_sub(read_at) < self.fresh_for.as_millis() as u64;
        fresh.then(|| self.current())
    }

    /// Publishes a generation just read; it never goes back, whatever order reads end in.
    pub(crate) fn publish(&self, generation: i64) -> i64 {
        self.generation.fetch_max(generation, Ordering::AcqRel);
        self.read_at.store(self.now(), Ordering::Release);
        self.current()
    }

    /// Takes everything kept as changed, when changes may have gone unheard.
    pub(crate) fn flush(&self) {
        self.flushes.fetch_add(1, Ordering::AcqRel);
    }

    /// Forgets when the generation was read, so that the next request reads it again.
    pub(crate) fn forget(&self) {
        self.read_at.store(0, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flush_moves_the_generation_on_and_reads_never_move_it_back() {
        let published = Published::new(Duration::from_secs(60));
        assert_eq!(published.fresh(), None, "nothing read yet");
        assert_eq!(published.publish(5), 5);
        assert_eq!(published.publish(3), 5, "an older read ends last");
        published.flush();
        assert_eq!(published.fresh(), Some(6));
        assert_eq!(published.publish(6), 7);
        published.forget();
        assert_eq!(published.fresh(), None);
    }
}
