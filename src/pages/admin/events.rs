//! `/admin`: every event, retired ones too, with a search.

use super::{AdminNav, AdminProblem};
use crate::admin_api::{ADMIN_LIST_LIMIT, admin_events};
use crate::components::{CategoryBadge, PageTitle, When};
use crate::model::{AdminEvent, Lang, TranslationNeed};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminEventsPage() -> impl IntoView {
    let query = use_query_map();
    let search = move || query.read().get("q").unwrap_or_default();
    let needs = move || {
        query
            .read()
            .get("translations")
            .and_then(|code| TranslationNeed::from_code(&code))
    };
    let events = Resource::new(
        move || (search(), needs()),
        |(search, needs)| admin_events(search, needs),
    );
    let need_option = move |need: Option<TranslationNeed>, label: &'static str| {
        view! {
            <option value=need.map(TranslationNeed::code).unwrap_or_default() selected=needs() == need>
                {label}
            </option>
        }
    };
    view! {
        <PageTitle text="Admin: events" />
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <h1>"Events"</h1>
            <form class="admin-search" method="get" action="/admin" role="search">
                <label for="admin-q">"Search titles and summaries"</label>
                <input id="admin-q" name="q" type="search" value=search />
                <label for="admin-translations">"Translations"</label>
                <select id="admin-translations" name="translations">
                    {need_option(None, "Any")}
                    {need_option(Some(TranslationNeed::Missing), "Not yet in every language")}
                    {need_option(Some(TranslationNeed::Outdated), "Older than the English")}
                </select>
                <button class="button" type="submit">
                    "Search"
                </button>
            </form>
            <Suspense fallback=|| view! { <p class="loading">"Loading events…"</p> }>
                {move || Suspend::new(async move {
                    match events.await {
                        Ok(events) => view! { <EventTable events /> }.into_any(),
                        Err(err) => view! { <AdminProblem message=err.to_string() /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn EventTable(events: Vec<AdminEvent>) -> impl IntoView {
    if events.is_empty() {
        return view! { <p>"No events match."</p> }.into_any();
    }
    let note = (events.len() >= ADMIN_LIST_LIMIT as usize).then(|| {
        view! {
            <p class="admin__note">
                {format!("Showing the {ADMIN_LIST_LIMIT} most recently changed; search to find others.")}
            </p>
        }
    });
    view! {
        {note}
        <table class="admin-table">
            <thead>
                <tr>
                    <th scope="col">"Date"</th>
                    <th scope="col">"Title"</th>
                    <th scope="col">"Category"</th>
                    <th scope="col">"Translations"</th>
                    <th scope="col">"Status"</th>
                </tr>
            </thead>
            <tbody>
                {events
                    .into_iter()
                    .map(|AdminEvent { event, retired, missing, outdated }| {
                        view! {
                            <tr class:retired=retired>
                                <td>
                                    <When when=event.when />
                                </td>
                                <td>
                                    <a href=format!("/admin/events/{}", event.id)>
                                        {event.title.clone()}
                                    </a>
                                </td>
                                <td>
                                    <CategoryBadge category=event.category />
                                </td>
                                <td>{translation_work(&missing, &outdated)}</td>
                                <td>{if retired { "Retired" } else { "Published" }}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// What translation work an event has: "한국어 missing · 日本語 older than the English", or
/// "Complete".
fn translation_work(missing: &[Lang], outdated: &[Lang]) -> String {
    let work: Vec<String> = missing
        .iter()
        .map(|lang| format!("{} missing", lang.native_name()))
        .chain(
            outdated
                .iter()
                .map(|lang| format!("{} older than the English", lang.native_name())),
        )
        .collect();
    if work.is_empty() {
        "Complete".to_owned()
    } else {
        work.join(" · ")
    }
}
