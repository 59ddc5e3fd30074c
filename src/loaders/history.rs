//! The loaders of an event's public history, of one revision as it stood, and of the
//! corrections log.

use crate::fault::Fault;
use crate::model::{CorrectionsLog, EventId, History, Lang, RevisionNumber, RevisionPage};
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
pub async fn load_history(id: EventId, lang: Lang) -> Result<Revised<History>, Fault> {
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
) -> Result<Revised<RevisionPage>, Fault> {
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

/// Page `page` (from 1) of the corrections log, newest first, with each event's title in
/// `lang` where written; `None` past the last page (an empty log has one, saying so).
#[server(prefix = "/rpc", endpoint = "corrections")]
pub async fn load_corrections(page: u32, lang: Lang) -> Result<Option<CorrectionsLog>, Fault> {
    use super::readers::ssr::{hide, state};
    use crate::model::{CORRECTIONS_PAGE, Correction};
    let state = state()?;
    let count = state.store.count_corrections().await.map_err(hide)?;
    let pages = u64::try_from(count)
        .unwrap_or_default()
        .div_ceil(u64::from(CORRECTIONS_PAGE))
        .max(1);
    let page = page.max(1);
    if u64::from(page) > pages {
        return Ok(None);
    }
    let skip = u64::from(page - 1) * u64::from(CORRECTIONS_PAGE);
    let rows = (state.store)
        .corrections(skip, CORRECTIONS_PAGE)
        .await
        .map_err(hide)?;
    let ids: Vec<EventId> = rows.iter().map(|row| row.id).collect();
    let links = state.store.links(&ids, lang).await.map_err(hide)?;
    let corrections = rows
        .iter()
        .filter_map(|row| {
            let event = links.get(&row.id)?.clone();
            let (entry, diff) = crate::server::history::correction(&row.before, &row.after);
            Some(Correction { event, entry, diff })
        })
        .collect();
    Ok(Some(CorrectionsLog {
        corrections,
        page,
        pages: u32::try_from(pages).unwrap_or(u32::MAX),
    }))
}

#[cfg(feature = "ssr")]
async fn gone_or_missing<T>(
    state: &crate::server::AppState,
    id: EventId,
) -> Result<Revised<T>, Fault> {
    let retired = (state.store.is_retired(id).await).map_err(super::readers::ssr::hide)?;
    Ok(if retired {
        Revised::Retired
    } else {
        Revised::Missing
    })
}
