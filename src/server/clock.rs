//! The one clock the server reads: the system's, plus an offset that tests can move, so
//! that session timeouts, throttling windows and audit times can be tried without waiting.

use crate::model::Timestamp;
use chrono::{TimeDelta, Utc};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

#[derive(Clone, Debug, Default)]
pub struct Clock {
    /// Seconds added to the system's time; only tests move it.
    offset: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> Timestamp {
        let offset = TimeDelta::seconds(self.offset.load(Ordering::Relaxed));
        Timestamp::from(Utc::now() + offset)
    }

    /// Moves this clock, and every copy of it, on by `seconds`.
    #[cfg(any(test, feature = "test-support"))]
    pub fn advance(&self, seconds: i64) {
        self.offset.fetch_add(seconds, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_copy_of_a_clock_moves_together() {
        let clock = Clock::default();
        let copy = clock.clone();
        let before = copy.now();
        clock.advance(3600);
        assert!(copy.now() >= before + TimeDelta::hours(1));
    }
}
