//! The views being rendered now, so that identical requests arriving together cost one
//! render.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The views being rendered now. A request for one waits its turn, so that identical
/// requests arriving together cost one render: the first keeps its page, and the others
/// find it kept.
#[derive(Debug, Default)]
pub(super) struct InFlight(Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>);

/// A request's turn at a view; the next request for it goes when this is dropped.
pub(super) struct Turn<'a> {
    flights: &'a InFlight,
    key: String,
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

impl InFlight {
    pub(super) async fn enter(&self, key: &str) -> Turn<'_> {
        let lock = self.lock().entry(key.to_owned()).or_default().clone();
        Turn {
            flights: self,
            key: key.to_owned(),
            _turn: lock.lock_owned().await,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<tokio::sync::Mutex<()>>>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        // Forgotten once nobody else holds or awaits it: the map's handle and this turn's
        // are the last two.
        let mut flights = self.flights.lock();
        if flights
            .get(&self.key)
            .is_some_and(|lock| Arc::strong_count(lock) <= 2)
        {
            flights.remove(&self.key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_view_is_rendered_by_one_request_at_a_time() {
        let flights = InFlight::default();
        let first = flights.enter("/?actor=UN").await;
        // Another view goes at once; the same view waits for the first to finish.
        let other = flights.enter("/?actor=KP").await;
        drop(other);
        let mut second = Box::pin(flights.enter("/?actor=UN"));
        assert!(futures_poll_once(second.as_mut()).is_none());
        drop(first);
        let second = second.await;
        assert_eq!(flights.lock().len(), 1);
        drop(second);
        // And the map forgets views nobody is rendering.
        assert!(flights.lock().is_empty());
    }

    /// Polls a future once: `Some` if it finished.
    fn futures_poll_once<F: std::future::Future>(
        future: std::pin::Pin<&mut F>,
    ) -> Option<F::Output> {
        let waker = std::task::Waker::noop();
        let mut context = std::task::Context::from_waker(waker);
        match future.poll(&mut context) {
            std::task::Poll::Ready(output) => Some(output),
            std::task::Poll::Pending => None,
        }
    }
}
