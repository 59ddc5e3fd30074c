//! Readers' pages' loaders: thin server functions that call storage and hide its errors
//! (their causes go to the log, through `ssr::hide`; the page learns only the `Fault`).
//!
//! Pages call them while they are rendered on the server; nothing in the browser does, so
//! they are not offered over HTTP (the router answers 404 under `/rpc`).

use crate::fault::Fault;
use crate::model::{
    Axis, Event, EventId, EventLink, EventPage, Filter, FilterError, Lang, PAGE_SIZE,
    RevisionStamp, TermEntry,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

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
    /// Where the filter's events fall in time; `None` while the timeline is empty.
    pub axis: Option<Axis>,
    /// Every period of the whole timeline, whatever the filter.
    pub eras: Vec<EventLink>,
    pub page: u32,
}

impl Timeline {
    pub fn pages(&self) -> u32 {
        u32::try_from(self.total.div_ceil(u64::from(PAGE_SIZE)))
            .unwrap_or(u32::MAX)
            .max(1)
    }
}

/// Loads the view a query string such as `category=trade&from=2019&page=2` asks for, in a
/// language. An invalid filter is reported, and the unfiltered timeline shown instead.
#[server(prefix = "/rpc", endpoint = "timeline")]
pub async fn load_timeline(query: String, lang: Lang) -> Result<Timeline, Fault> {
    let state = ssr::state()?;
    let (filter, problems) = match Filter::from_query(&query) {
        Ok(filter) => (filter, Vec::new()),
        Err(errors) => (Filter::default(), errors.0),
    };
    let page = crate::model::page_number(&query);
    let slice = state
        .store
        .list_events(&filter, page, lang)
        .await
        .map_err(ssr::hide)?;
    let axis = state.store.axis(&filter, lang).await.map_err(ssr::hide)?;
    let eras = state.store.periods(lang).await.map_err(ssr::hide)?;
    Ok(Timeline {
        filter,
        problems,
        events: slice.events,
        total: slice.total,
        axis,
        eras,
        page,
    })
}

/// The events of one day of the year, across the years.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnThisDay {
    /// The day, as `MM-DD`.
    pub day: String,
    pub events: Vec<Event>,
}

/// The events that began on a day of the year (`MM-DD`), or `None` if it is no such day.
#[server(prefix = "/rpc", endpoint = "on-this-day")]
pub async fn load_on_this_day(day: String, lang: Lang) -> Result<Option<OnThisDay>, Fault> {
    let state = ssr::state()?;
    let Ok(day) = day.parse::<crate::model::MonthDay>() else {
        return Ok(None);
    };
    let events = state.store.events_on(day, lang).await.map_err(ssr::hide)?;
    Ok(Some(OnThisDay {
        day: day.to_string(),
        events,
    }))
}

/// What readers find at an event's address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventAnswer {
    Found {
        page: Box<EventPage>,
        /// Its newest revision, which the page shows and cites.
        stamp: Option<RevisionStamp>,
        /// Its latest correction, which the page names.
        corrected: Option<RevisionStamp>,
    },
    /// It was published once and has been withdrawn by an editor.
    Retired,
    Missing,
}

#[server(prefix = "/rpc", endpoint = "event")]
pub async fn load_event(id: EventId, lang: Lang) -> Result<EventAnswer, Fault> {
    let state = ssr::state()?;
    let page = state.store.event_page(id, lang).await.map_err(ssr::hide)?;
    Ok(match page {
        Some(page) => {
            let stamp = state.store.latest_revision(id).await.map_err(ssr::hide)?;
            let mut corrections = state.store.corrections_of(id).await.map_err(ssr::hide)?;
            EventAnswer::Found {
                page: Box::new(page),
                stamp,
                corrected: corrections.pop(),
            }
        }
        None if state.store.is_retired(id).await.map_err(ssr::hide)? => EventAnswer::Retired,
        None => EventAnswer::Missing,
    })
}

/// The register of contested terms, each entry with the events whose pages, in `lang`,
/// link to it.
#[server(prefix = "/rpc", endpoint = "terms")]
pub async fn load_terms(lang: Lang) -> Result<Vec<TermEntry>, Fault> {
    let state = ssr::state()?;
    let register = crate::server::terms::register().map_err(|problems| {
        ssr::note(format!("reading the register of terms failed: {problems}"))
    })?;
    crate::server::terms::entries(&state.store, register, lang)
        .await
        .map_err(ssr::hide)
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use crate::fault::Fault;
    use crate::server::AppState;
    use crate::server::Causes;
    use crate::server::auth::accounts::Editor;
    use crate::server::auth::editor_session::editor_of;
    use crate::server::store::StoreError;
    use axum::http::StatusCode;
    use axum::http::request::Parts;
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;

    pub fn state() -> Result<AppState, Fault> {
        use_context::<AppState>()
            .ok_or_else(|| note("a server function ran without the app's state".to_owned()))
    }

    /// The signed-in editor making this call; without a session the answer is 401.
    pub async fn signed_in() -> Result<(AppState, Editor), Fault> {
        let state = state()?;
        let parts = use_context::<Parts>().ok_or(Fault::SignedOut)?;
        match editor_of(&state, &parts).await {
            Ok(Some(editor)) => Ok((state, editor)),
            Ok(None) => {
                if let Some(response) = use_context::<ResponseOptions>() {
                    response.set_status(StatusCode::UNAUTHORIZED);
                }
                Err(Fault::SignedOut)
            }
            Err(err) => Err(hide(err)),
        }
    }

    /// A storage failure: its cause goes to the log, the page learns only that it happened.
    pub fn hide(err: StoreError) -> Fault {
        note(format!("loading a page's data failed: {err}"))
    }

    /// Hands the cause of a fault of ours to the request's fault layer, which logs it once.
    pub fn note(cause: String) -> Fault {
        let causes =
            use_context::<Parts>().and_then(|parts| parts.extensions.get::<Causes>().cloned());
        Causes::note(causes.as_ref(), cause);
        Fault::Ours
    }
}
