//! The loaders of an event's public history and of one revision as it stood.

use super::LoadError;
use crate::model::{EventId, History, Lang, RevisionNumber, RevisionPage};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What readers find at an event's history, or at one of its revisions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Revised<T> {
    Found(Box<T>),
    /// The event was withdrawn by an editor: its history goes with it.
    Retired,
    Missing,
}

/// An event's revisions, newest first, with its title in `lang` where written.
#[server(prefix = "/rpc", endpoint = "history")]
pub async fn load_history(id: EventId, lang: Lang) -> Result<Revised<History>, LoadError> {
    use super::readers::ssr::{hide, state};
    let state = state()?;
    let Some(event) = state.store.event(id, lang).await.map_err(hide)? else {
        return gone_or_missing(&state, id).await;
    };
    let revisions = state.store.revisions(id).await.map_err(hide)?;
    Ok(Revised::Found(Box::new(History {
        id,
        path: event.path(),
        title: event.title,
        title_lang: event.lang,
        entries: crate::server::history::entries(&revisions),
    })))
}

/// Revision `number` of an event as it stood, in `lang` where written.
#[server(prefix = "/rpc", endpoint = "revision")]
pub async fn load_revision(
    id: EventId,
    number: RevisionNumber,
    lang: Lang,
) -> Result<Revised<RevisionPage>, LoadError> {
    use super::readers::ssr::{hide, state};
    let state = state()?;
    let Some(event) = state.store.event(id, lang).await.map_err(hide)? else {
        return gone_or_missing(&state, id).await;
    };
    let revisions = state.store.revisions(id).await.map_err(hide)?;
    Ok(
        match crate::server::history::page(&revisions, number, id, lang, event.path()) {
            Some(page) => Revised::Found(Box::new(page)),
            None => Revised::Missing,
        },
    )
}

#[cfg(feature = "ssr")]
async fn gone_or_missing<T>(
    state: &crate::server::AppState,
    id: EventId,
) -> Result<Revised<T>, LoadError> {
    let retired = (state.store.is_retired(id).await).map_err(super::readers::ssr::hide)?;
    Ok(if retired {
        Revised::Retired
    } else {
        Revised::Missing
    })
}
