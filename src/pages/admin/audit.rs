//! `/admin/audit`: who did what, newest first.

use super::{AdminNav, AdminProblem};
use crate::admin_api::audit_entries;
use crate::components::PageTitle;
use crate::model::{AuditEntry, FieldChange};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let before = move || {
        query
            .read()
            .get("before")
            .and_then(|b| b.parse::<i64>().ok())
    };
    let entries = Resource::new(before, audit_entries);
    view! {
        <PageTitle text="Admin: audit trail" />
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <h1>"Audit trail"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Loading the audit trail…"</p> }>
                {move || Suspend::new(async move {
                    match entries.await {
                        Ok(entries) => view! { <AuditTable entries /> }.into_any(),
                        Err(err) => view! { <AdminProblem message=err.to_string() /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn AuditTable(entries: Vec<AuditEntry>) -> impl IntoView {
    let older = entries
        .last()
        .map(|oldest| format!("/admin/audit?before={}", oldest.id));
    view! {
        <table class="admin-table audit">
            <thead>
                <tr>
                    <th scope="col">"When (UTC)"</th>
                    <th scope="col">"Who"</th>
                    <th scope="col">"From"</th>
                    <th scope="col">"What"</th>
                    <th scope="col">"Changes"</th>
                </tr>
            </thead>
            <tbody>
                {entries
                    .into_iter()
                    .map(|entry| {
                        let what = match entry.event_id {
                            Some(id) => format!("{} event {id}", entry.action.label()),
                            None => entry.action.label().to_owned(),
                        };
                        view! {
                            <tr data-action=entry.action.code()>
                                <td>
                                    <time>{entry.at}</time>
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
        {older.map(|href| view! { <a class="button" href=href>"Older entries"</a> })}
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
