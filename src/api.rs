//! Server functions: the pages' way to the data. Thin: they call storage and hide its errors.

use crate::model::{Event, EventId, EventPage};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An event's permanent page with the absolute URL it is known by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Permalink {
    pub page: EventPage,
    pub url: String,
}

/// Every event readers see, with the absolute URL of the timeline page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    pub events: Vec<Event>,
    pub url: String,
}

#[server(prefix = "/rpc", endpoint = "timeline")]
pub async fn load_timeline() -> Result<Timeline, ServerFnError> {
    let state = ssr::state()?;
    let events = state.store.list_events().await.map_err(ssr::hide)?;
    Ok(Timeline {
        events,
        url: format!("{}/", state.public_url),
    })
}

#[server(prefix = "/rpc", endpoint = "event")]
pub async fn load_event(id: EventId) -> Result<Option<Permalink>, ServerFnError> {
    let state = ssr::state()?;
    let page = state.store.event_page(id).await.map_err(ssr::hide)?;
    Ok(page.map(|page| Permalink {
        url: format!("{}{}", state.public_url, page.event.path()),
        page,
    }))
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::server::AppState;
    use crate::server::store::StoreError;
    use leptos::prelude::*;

    pub fn state() -> Result<AppState, ServerFnError> {
        use_context::<AppState>().ok_or_else(|| ServerFnError::new("the server is not set up"))
    }

    /// Logs a storage failure and tells the reader only that it happened.
    pub fn hide(err: StoreError) -> ServerFnError {
        tracing::error!(error = %err, "storage failed");
        ServerFnError::new("the timeline could not be read; please try again")
    }
}
