//! Server functions: the pages' way to the data. Thin: they call storage and hide its errors.

use crate::model::{
    Event, EventId, EventLink, EventPage, Filter, FilterError, PAGE_SIZE, YearCount,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An event's permanent page with the absolute URL it is known by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Permalink {
    pub page: EventPage,
    pub url: String,
}

/// One page of the timeline as a query string selects it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    /// The filter applied: the one asked for, or none if it was invalid.
    pub filter: Filter,
    /// Why the filter asked for could not be applied.
    pub problems: Vec<FilterError>,
    pub events: Vec<Event>,
    /// How many events the filter selects in all pages.
    pub total: u64,
    pub years: Vec<YearCount>,
    /// The first and last year of the whole timeline, whatever the filter.
    pub span: Option<(u16, u16)>,
    /// Every period of the whole timeline, whatever the filter.
    pub eras: Vec<EventLink>,
    pub page: u32,
    /// The absolute URL of this view, for canonical links.
    pub url: String,
}

impl Timeline {
    pub fn pages(&self) -> u32 {
        u32::try_from(self.total.div_ceil(u64::from(PAGE_SIZE)))
            .unwrap_or(u32::MAX)
            .max(1)
    }
}

/// Loads the view a query string such as `category=trade&from=2019&page=2` asks for.
/// An invalid filter is reported, and the unfiltered timeline shown instead.
#[server(prefix = "/rpc", endpoint = "timeline")]
pub async fn load_timeline(query: String) -> Result<Timeline, ServerFnError> {
    let state = ssr::state()?;
    let (filter, problems) = match Filter::from_query(&query) {
        Ok(filter) => (filter, Vec::new()),
        Err(errors) => (Filter::default(), errors.0),
    };
    let page = crate::model::page_number(&query);
    let slice = state
        .store
        .list_events(&filter, page)
        .await
        .map_err(ssr::hide)?;
    let span = state.store.span().await.map_err(ssr::hide)?;
    let eras = state.store.periods().await.map_err(ssr::hide)?;
    Ok(Timeline {
        url: format!("{}{}", state.public_url, filter.timeline_path(1)),
        filter,
        problems,
        events: slice.events,
        total: slice.total,
        years: slice.years,
        span,
        eras,
        page,
    })
}

/// What readers find at an event's address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventAnswer {
    Found(Box<Permalink>),
    /// It was published once and has been withdrawn by an editor.
    Retired,
    Missing,
}

#[server(prefix = "/rpc", endpoint = "event")]
pub async fn load_event(id: EventId) -> Result<EventAnswer, ServerFnError> {
    let state = ssr::state()?;
    let page = state.store.event_page(id).await.map_err(ssr::hide)?;
    Ok(match page {
        Some(page) => EventAnswer::Found(Box::new(Permalink {
            url: format!("{}{}", state.public_url, page.event.path()),
            page,
        })),
        None if state.store.is_retired(id).await.map_err(ssr::hide)? => EventAnswer::Retired,
        None => EventAnswer::Missing,
    })
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use crate::server::AppState;
    use crate::server::auth::accounts::Editor;
    use crate::server::auth::editor_session::editor_of;
    use crate::server::store::StoreError;
    use axum::http::StatusCode;
    use axum::http::request::Parts;
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;

    pub fn state() -> Result<AppState, ServerFnError> {
        use_context::<AppState>().ok_or_else(|| ServerFnError::new("the server is not set up"))
    }

    /// The signed-in editor making this call; without a session the answer is 401.
    pub async fn signed_in() -> Result<(AppState, Editor), ServerFnError> {
        let state = state()?;
        let parts =
            use_context::<Parts>().ok_or_else(|| ServerFnError::new("the server is not set up"))?;
        match editor_of(&state, &parts).await {
            Ok(Some(editor)) => Ok((state, editor)),
            Ok(None) => {
                if let Some(response) = use_context::<ResponseOptions>() {
                    response.set_status(StatusCode::UNAUTHORIZED);
                }
                Err(ServerFnError::new(
                    "Your session has ended; please sign in again.",
                ))
            }
            Err(err) => Err(hide(err.into())),
        }
    }

    /// Logs a storage failure and tells the reader only that it happened.
    pub fn hide(err: StoreError) -> ServerFnError {
        tracing::error!(error = %err, "storage failed");
        ServerFnError::new("the timeline could not be read; please try again")
    }
}
