//! `/admin/audit`: who did what, newest first.

use super::{AdminNav, AdminProblem};
use crate::components::PageTitle;
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::editors::audit_entries;
use crate::model::{AuditEntry, FieldChange};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AuditPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let before = move || {
        query
            .read()
            .get("before")
            .and_then(|b| b.parse::<i64>().ok())
    };
    let entries = Resource::new(before, audit_entries);
    view! {
        <PageTitle text=t(lang, "admin-audit-title") />
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <h1>{t(lang, "admin-audit")}</h1>
            <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-audit")}</p> }>
                {move || Suspend::new(async move {
                    match entries.await {
                        Ok(entries) => view! { <AuditTable entries /> }.into_any(),
                        Err(err) => view! { <AdminProblem error=err /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn AuditTable(entries: Vec<AuditEntry>) -> impl IntoView {
    let lang = use_lang();
    let older = entries
        .last()
        .map(|oldest| lang.path(&format!("/admin/audit?before={}", oldest.id)));
    view! {
        <table class="admin-table audit">
            <thead>
                <tr>
                    <th scope="col">{t(lang, "column-when")}</th>
                    <th scope="col">{t(lang, "column-who")}</th>
                    <th scope="col">{t(lang, "column-from")}</th>
                    <th scope="col">{t(lang, "column-what")}</th>
                    <th scope="col">{t(lang, "column-changes")}</th>
                </tr>
            </thead>
            <tbody>
                {entries
                    .into_iter()
                    .map(|entry| {
                        // Events' actions name the event; an account's do not.
                        let id = entry.event_id.map(|id| id.to_string()).unwrap_or_default();
                        let what = t_with(
                            lang,
                            &format!("audit-{}", entry.action.code()),
                            &[("id", id.into())],
                        );
                        view! {
                            <tr data-action=entry.action.code()>
                                <td>
                                    <time>{entry.at.to_second()}</time>
                                </td>
                                <td>{entry.username}</td>
                                <td>{entry.address}</td>
                                <td>{what}</td>
                                <td>
                                    <Changes changes=entry.changes />
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        {older.map(|href| view! { <a class="button" href=href>{t(lang, "older-entries")}</a> })}
    }
}

#[component]
fn Changes(changes: Vec<FieldChange>) -> impl IntoView {
    view! {
        <dl class="changes">
            {changes
                .into_iter()
                .map(|change| {
                    view! {
                        <dt>{change.field}</dt>
                        <dd>
                            <del>{change.before.unwrap_or_default()}</del>
                            " → "
                            <ins>{change.after.unwrap_or_default()}</ins>
                        </dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}
