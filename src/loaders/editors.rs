//! The admin pages' loaders. Each checks the session itself.

use crate::fault::Fault;
use crate::model::{
    AdminEvent, AuditEntry, EventForm, EventId, FileProblem, FormErrors, HistoryEntry,
    ImportPreview, Lang, PreviewPage, TranslationNeed,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How many events the admin list shows; searching finds the rest.
pub const ADMIN_LIST_LIMIT: u32 = 200;

/// Events for editors, retired ones too, most recently changed first; only those with
/// that translation work to do when `needs` says so.
#[server(prefix = "/rpc", endpoint = "admin/events")]
pub async fn admin_events(
    search: String,
    needs: Option<TranslationNeed>,
) -> Result<Vec<AdminEvent>, Fault> {
    use crate::loaders::readers::ssr::{hide, signed_in};
    let (state, _) = signed_in().await?;
    state
        .store
        .admin_events(search.trim(), needs, ADMIN_LIST_LIMIT)
        .await
        .map_err(hide)
}

/// The audit trail, newest first, older than entry `before` when given.
#[server(prefix = "/rpc", endpoint = "admin/audit")]
pub async fn audit_entries(before: Option<i64>) -> Result<Vec<AuditEntry>, Fault> {
    use crate::loaders::readers::ssr::{hide, signed_in};
    let (state, _) = signed_in().await?;
    state.store.audit_entries(before).await.map_err(hide)
}

/// The event form as a page shows it: the fields, any errors, and where the event stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventFormState {
    /// `None` for a new event.
    pub id: Option<EventId>,
    pub form: EventForm,
    /// Problems the server found with the last post.
    pub errors: FormErrors,
    pub retired: bool,
    /// The event's permanent page, once it exists.
    pub path: Option<String>,
    /// A problem with the save as a whole, such as someone else's save in between.
    pub notice: Option<String>,
    /// The languages whose words were written before the English last changed.
    pub outdated: Vec<Lang>,
}

/// The event form's page: the form, and beside it the preview the editor asked for with it
/// (which the form's island does not need, so it is not among its props).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormAndPreview {
    pub form: EventFormState,
    /// The event as readers would see it in each language, unsaved.
    pub preview: Option<Vec<PreviewPage>>,
}

/// The form for a new event (`id` of `None`) or for editing one.
#[server(prefix = "/rpc", endpoint = "admin/event-form")]
pub async fn load_event_form(id: Option<EventId>) -> Result<Option<EventFormState>, Fault> {
    use crate::loaders::readers::ssr::{hide, signed_in};
    let (state, _) = signed_in().await?;
    let Some(id) = id else {
        return Ok(Some(EventFormState {
            form: EventForm::blank(),
            ..EventFormState::default()
        }));
    };
    let editable = state.store.editable_event(id).await.map_err(hide)?;
    Ok(editable.map(|editable| EventFormState {
        id: Some(id),
        form: EventForm {
            version: editable.version.to_string(),
            ..EventForm::of(&editable.event, &editable.translations, &editable.related)
        },
        errors: FormErrors::default(),
        retired: editable.retired,
        path: Some(editable.event.path()),
        notice: None,
        outdated: editable.outdated,
    }))
}

/// An event's revisions as editors see them, to restore one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRevisions {
    pub id: EventId,
    /// Its English title.
    pub title: String,
    /// Its permanent page.
    pub path: String,
    /// The version a restore must start from.
    pub version: String,
    /// Newest first, each with the editor who wrote it (`None` for the seed and for events
    /// older than revisions).
    pub revisions: Vec<(HistoryEntry, Option<String>)>,
}

/// What became of a restore the page answers: a sentence for the editor.
#[derive(Clone, Debug, Default)]
pub struct RestoreNotice(pub Option<String>);

/// An event's revisions, newest first, for editors.
#[server(prefix = "/rpc", endpoint = "admin/revisions")]
pub async fn admin_revisions(id: EventId) -> Result<Option<EventRevisions>, Fault> {
    use crate::loaders::readers::ssr::{hide, signed_in};
    let (state, _) = signed_in().await?;
    let Some(editable) = state.store.editable_event(id).await.map_err(hide)? else {
        return Ok(None);
    };
    let stored = state.store.revisions(id).await.map_err(hide)?;
    let editors = stored.iter().rev().map(|r| r.editor.clone());
    let entries = crate::server::history::entries(&stored);
    Ok(Some(EventRevisions {
        id,
        path: editable.event.path(),
        title: editable.event.title,
        version: editable.version.to_string(),
        revisions: entries.into_iter().zip(editors).collect(),
    }))
}

/// What the server answered an import's post with, for the page that shows it: why a file
/// was not read (on the upload page), or what stopped a confirmation (on the preview).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportAnswer {
    pub problem: Option<FileProblem>,
    pub notice: Option<String>,
}

/// The preview of the editor's own import `id`, checked against the database as it is now;
/// `None` once it is confirmed or expired, or if it is another editor's.
#[server(prefix = "/rpc", endpoint = "admin/import")]
pub async fn load_import(id: String) -> Result<Option<ImportPreview>, Fault> {
    use crate::loaders::readers::ssr::{hide, signed_in};
    let (state, editor) = signed_in().await?;
    crate::server::import::preview(&state.store, editor.id, &id)
        .await
        .map_err(hide)
}
