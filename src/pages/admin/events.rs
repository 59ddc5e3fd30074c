//! `/admin`: every event, retired ones too, with a search.

use super::{AdminNav, AdminProblem};
use crate::admin_api::{ADMIN_LIST_LIMIT, admin_events};
use crate::components::{CategoryBadge, PageTitle, When};
use crate::model::AdminEvent;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminEventsPage() -> impl IntoView {
    let query = use_query_map();
    let search = move || query.read().get("q").unwrap_or_default();
    let events = Resource::new(search, admin_events);
    view! {
        <PageTitle text="Admin: events" />
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <h1>"Events"</h1>
            <form class="admin-search" method="get" action="/admin" role="search">
                <label for="admin-q">"Search titles and summaries"</label>
                <input id="admin-q" name="q" type="search" value=search />
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
                    <th scope="col">"Status"</th>
                </tr>
            </thead>
            <tbody>
                {events
                    .into_iter()
                    .map(|AdminEvent { event, retired }| {
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
