//! `/admin`: every event, retired ones too, with a search.

use super::{AdminNav, AdminProblem};
use crate::components::{CategoryBadge, PageTitle, When};
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::editors::{ADMIN_LIST_LIMIT, admin_events};
use crate::model::{AdminEvent, Lang, TranslationNeed};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminEventsPage() -> impl IntoView {
    let lang = use_lang();
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
        let label = t(lang, label);
        view! {
            <option value=need.map(TranslationNeed::code).unwrap_or_default() selected=needs() == need>
                {label}
            </option>
        }
    };
    view! {
        <PageTitle text=t(lang, "admin-events-title") />
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <h1>{t(lang, "admin-events")}</h1>
            <form class="admin-search" method="get" action=lang.path("/admin") role="search">
                <label for="admin-q">{t(lang, "admin-search-label")}</label>
                <input id="admin-q" name="q" type="search" value=search />
                <label for="admin-translations">{t(lang, "admin-translations")}</label>
                <select id="admin-translations" name="translations">
                    {need_option(None, "admin-translations-any")}
                    {need_option(Some(TranslationNeed::Missing), "admin-translations-missing")}
                    {need_option(Some(TranslationNeed::Outdated), "admin-translations-outdated")}
                </select>
                <button class="button" type="submit">
                    {t(lang, "search")}
                </button>
            </form>
            <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-events")}</p> }>
                {move || Suspend::new(async move {
                    match events.await {
                        Ok(events) => view! { <EventTable events /> }.into_any(),
                        Err(err) => view! { <AdminProblem error=err /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn EventTable(events: Vec<AdminEvent>) -> impl IntoView {
    let lang = use_lang();
    if events.is_empty() {
        return view! { <p>{t(lang, "no-events-match")}</p> }.into_any();
    }
    let note = (events.len() >= ADMIN_LIST_LIMIT as usize).then(|| {
        view! {
            <p class="admin__note">
                {t_with(lang, "showing-most-recent", &[("count", ADMIN_LIST_LIMIT.into())])}
            </p>
        }
    });
    view! {
        {note}
        <table class="admin-table">
            <thead>
                <tr>
                    <th scope="col">{t(lang, "column-date")}</th>
                    <th scope="col">{t(lang, "column-title")}</th>
                    <th scope="col">{t(lang, "column-category")}</th>
                    <th scope="col">{t(lang, "column-translations")}</th>
                    <th scope="col">{t(lang, "column-status")}</th>
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
                                    <a href=lang.path(&format!("/admin/events/{}", event.id))>
                                        {event.title.clone()}
                                    </a>
                                </td>
                                <td>
                                    <CategoryBadge category=event.category />
                                </td>
                                <td>{translation_work(lang, &missing, &outdated)}</td>
                                <td>
                                    {t(lang, if retired { "status-retired" } else { "status-published" })}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// What translation work an event has: "Korean missing · Japanese older than the English",
/// or "Complete", in the editor's language `page`, which names the languages (by their code).
fn translation_work(page: Lang, missing: &[Lang], outdated: &[Lang]) -> String {
    let named = |id: &str, lang: &Lang| t_with(page, id, &[("language", lang.code().into())]);
    let work: Vec<String> = missing
        .iter()
        .map(|lang| named("translation-missing", lang))
        .chain(
            outdated
                .iter()
                .map(|lang| named("translation-outdated", lang)),
        )
        .collect();
    if work.is_empty() {
        t(page, "translations-complete")
    } else {
        work.join(" · ")
    }
}
