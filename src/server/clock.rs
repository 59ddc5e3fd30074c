//! The one clock the server reads: the system's, plus an offset that tests can move, so
//! that session timeouts, throttling windows and audit times can be tried without waiting.

use chrono::{DateTime, SecondsFormat, Utc};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

#[derive(Clone, Debug, Default)]
pub struct Clock {
    /// Seconds added to the system's time; only tests move it.
    offset: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + chrono::Duration::seconds(self.offset.load(Ordering::Relaxed))
    }

    /// Now, in whole seconds since the Unix epoch, as sessions and the audit trail keep it.
    pub fn timestamp(&self) -> i64 {
        self.now().timestamp()
    }

    /// Now as RFC 3339 text to the millisecond, as events' times are kept.
    pub(crate) fn rfc3339(&self) -> String {
        self.now().to_rfc3339_opts(SecondsFormat::Millis, true)
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
        let before = copy.timestamp();
        clock.advance(3600);
        assert!(copy.timestamp() >= before + 3600);
    }
}
