//! `/admin/events/{id}/revisions`: an event's revisions, newest first, each older one with a
//! button that restores it (a plain form post carrying the version it starts from).

use super::{AdminNav, AdminProblem};
use crate::components::{PageTitle, posted};
use crate::fault::Fault;
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::editors::{EventRevisions, RestoreNotice, admin_revisions};
use crate::model::{EventId, HistoryEntry, history_path, revision_path};
use crate::pages::NotFound;
use crate::pages::history::Stamp;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_params_map;

#[component]
pub fn RevisionsPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("key")
            .and_then(|key| key.parse::<EventId>().ok())
    };
    // With what became of a restore, when the page answers one.
    let revisions = Resource::new(id, |id| async move {
        let RestoreNotice(notice) = posted::<RestoreNotice>().await;
        let revisions = match id {
            Some(id) => admin_revisions(id).await?,
            None => None,
        };
        Ok::<_, Fault>(revisions.map(|revisions| (revisions, notice)))
    });
    view! {
        <PageTitle text=t(lang, "admin-revisions-title") />
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-event")}</p> }>
                {move || Suspend::new(async move {
                    match revisions.await {
                        Ok(Some((revisions, notice))) => {
                            view! { <RevisionList revisions notice /> }.into_any()
                        }
                        Ok(None) => view! { <NotFound /> }.into_any(),
                        Err(err) => view! { <AdminProblem error=err /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn RevisionList(revisions: EventRevisions, notice: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let EventRevisions {
        id,
        title,
        path,
        version,
        revisions,
    } = revisions;
    let action = lang.path(&format!("/admin/events/{id}/revisions"));
    let newest = revisions.first().map(|(entry, _)| entry.number);
    let rows = revisions
        .into_iter()
        .map(|(entry, editor)| {
            let restore = (Some(entry.number) != newest).then(|| {
                view! {
                    <RestoreButton
                        entry=entry.clone()
                        action=action.clone()
                        version=version.clone()
                    />
                }
            });
            let href = lang.path(&revision_path(&path, entry.number));
            let label = t_with(
                lang,
                "revision-number",
                &[("number", entry.number.get().into())],
            );
            let what: Vec<String> = entry
                .parts()
                .into_iter()
                .map(|part| t(lang, part.message()))
                .collect();
            view! {
                <tr>
                    <td>
                        <a href=href>{label}</a>
                    </td>
                    <td>
                        <Stamp at=entry.at />
                    </td>
                    <td>{editor.unwrap_or_else(|| t(lang, "revision-no-editor"))}</td>
                    <td>{what.join(&t(lang, "list-separator"))} " " {entry.note.clone()}</td>
                    <td>{restore}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>{t_with(lang, "admin-revisions-heading", &[("title", title.into())])}</h1>
        {notice.map(|notice| view! { <p class="notice" role="alert">{notice}</p> })}
        <p>
            <a href=lang.path(&format!("/admin/events/{id}"))>{t(lang, "admin-edit-event")}</a>
            " · "
            <a href=lang.path(&history_path(&path))>{t(lang, "history-link")}</a>
        </p>
        <table class="admin-table">
            <thead>
                <tr>
                    <th scope="col">{t(lang, "column-revision")}</th>
                    <th scope="col">{t(lang, "column-when")}</th>
                    <th scope="col">{t(lang, "column-who")}</th>
                    <th scope="col">{t(lang, "column-changes")}</th>
                    <th scope="col">
                        <span class="visually-hidden">{t(lang, "restore-revision")}</span>
                    </th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Restores one revision: its number, the version the editor saw, and a note to readers.
#[component]
fn RestoreButton(entry: HistoryEntry, action: String, version: String) -> impl IntoView {
    let lang = use_lang();
    let number = entry.number.get();
    let note_id = format!("note-{number}");
    view! {
        <form method="post" action=action class="restore">
            <input type="hidden" name="revision" value=number.to_string() />
            <input type="hidden" name="version" value=version />
            <label for=note_id.clone()>{t(lang, "field-note")}</label>
            <input
                id=note_id
                type="text"
                name="note"
                maxlength=crate::model::MAX_NOTE_CHARS.to_string()
            />
            <button class="button button--quiet" type="submit">
                {t_with(lang, "restore-revision-number", &[("number", number.into())])}
            </button>
        </form>
    }
}
