//! An event's public history at `/events/{id}-{slug}/history`, and each of its revisions as
//! it stood at `/events/{id}-{slug}/v/{n}`, with what changed from the one before.

use super::{Gone, LoadFailed, NotFound};
use crate::components::{
    ActorList, CategoryBadge, FieldDiffs, PageAddresses, PageTitle, Positions, SourceList, When,
    language_name, untranslated,
};
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::history::{Revised, load_history, load_revision};
use crate::model::{
    Event, FieldDiff, History, HistoryEntry, Lang, RevisionNumber, RevisionPage, Timestamp,
    event_id_in, history_path, revision_path,
};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_params_map;

#[component]
pub fn HistoryPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("key").and_then(|key| event_id_in(&key));
    let history = Resource::new(id, move |id| async move {
        match id {
            Some(id) => load_history(id, lang).await,
            None => Ok(Revised::Missing),
        }
    });
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-event")}</p> }>
            {move || Suspend::new(async move {
                match history.await {
                    Ok(Revised::Found(history)) => view! { <HistoryView history=*history /> }.into_any(),
                    Ok(Revised::Retired) => view! { <Gone /> }.into_any(),
                    Ok(Revised::Missing) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn HistoryView(history: History) -> impl IntoView {
    let lang = use_lang();
    let heading = t_with(
        lang,
        "history-heading",
        &[("title", history.title.clone().into())],
    );
    let page_title = format!("{heading} – {}", t(lang, "site-name"));
    let title_lang = (history.title_lang != lang).then_some(history.title_lang.code());
    let event_path = history.path.clone();
    view! {
        <PageTitle text=page_title />
        <PageAddresses path=history_path(&history.path) />
        <article class="history">
            <nav class="breadcrumbs" aria-label=t(lang, "breadcrumbs")>
                <a href=lang.path("/")>{t(lang, "timeline")}</a>
                " › "
                <a href=lang.path(&history.path) lang=title_lang>
                    {history.title.clone()}
                </a>
            </nav>
            <h1>{heading}</h1>
            <p>{t(lang, "history-explanation")}</p>
            <p>
                <a href=lang.path(crate::paths::CORRECTIONS)>{t(lang, "corrections-link")}</a>
            </p>
            <ol class="history__list" reversed="">
                {history
                    .entries
                    .into_iter()
                    .map(|entry| view! { <Entry entry event_path=event_path.clone() /> })
                    .collect_view()}
            </ol>
        </article>
    }
}

/// One revision in the list: when, by whom, what it changed and why.
#[component]
fn Entry(entry: HistoryEntry, event_path: String) -> impl IntoView {
    let lang = use_lang();
    let href = lang.path(&revision_path(&event_path, entry.number));
    let label = t_with(
        lang,
        "revision-number",
        &[("number", entry.number.get().into())],
    );
    view! {
        <li class="history__entry">
            <p class="history__when">
                <a href=href>{label}</a>
                " · "
                <Stamp at=entry.at />
                " · "
                {t(lang, "by-an-editor")}
                <CorrectionMark correction=entry.correction />
            </p>
            <Changes entry />
        </li>
    }
}

/// " · Correction" after a revision's date, where the editor marked it as one.
#[component]
fn CorrectionMark(correction: bool) -> impl IntoView {
    let lang = use_lang();
    correction.then(|| {
        view! {
            " · "
            <strong class="history__correction">{t(lang, "revision-correction")}</strong>
        }
    })
}

/// What a revision changed, its note, and what it restored.
#[component]
fn Changes(entry: HistoryEntry) -> impl IntoView {
    let lang = use_lang();
    let parts: Vec<String> = entry
        .parts()
        .into_iter()
        .map(|part| t(lang, part.message()))
        .collect();
    let languages: Vec<String> = entry
        .languages()
        .into_iter()
        .map(|other| language_name(lang, other))
        .collect();
    let list = |items: Vec<String>| items.join(&t(lang, "list-separator"));
    let what = match (entry.number == RevisionNumber::FIRST, parts.is_empty()) {
        (true, _) => t(lang, "revision-first"),
        (false, true) => t(lang, "revision-no-change"),
        (false, false) => t_with(lang, "revision-changed", &[("parts", list(parts).into())]),
    };
    view! {
        <p class="history__changes">
            {what}
            {(!languages.is_empty())
                .then(|| {
                    view! {
                        " "
                        {t_with(lang, "revision-languages", &[("languages", list(languages).into())])}
                    }
                })}
            {entry
                .restores
                .map(|earlier| {
                    view! {
                        " "
                        {t_with(lang, "revision-restores", &[("number", earlier.get().into())])}
                    }
                })}
        </p>
        {entry.note.map(|note| view! { <RevisionNote note /> })}
    }
}

/// The day a revision was written, in words, as a `<time>`.
/// The editor's note for readers on a revision, where there is one.
#[component]
pub(crate) fn RevisionNote(note: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="history__note">
            <span class="history__note-label">{t(lang, "revision-note")}</span>
            " "
            {note}
        </p>
    }
}

#[component]
pub(crate) fn Stamp(at: Timestamp) -> impl IntoView {
    let lang = use_lang();
    let words = at
        .date()
        .map_or_else(|| at.to_string(), |day| day.long_in(lang));
    view! { <time datetime=at.to_string()>{words}</time> }
}

/// "Last changed on 7 December 2026", from when the newest revision was written.
pub(crate) fn last_changed(lang: Lang, at: Timestamp) -> String {
    on_day(lang, "last-changed", at)
}

/// "Corrected on 7 December 2026", from when a correcting revision was written.
pub(crate) fn corrected_on(lang: Lang, at: Timestamp) -> String {
    on_day(lang, "corrected-on", at)
}

/// A message with the day of `at` in words as its `date`.
fn on_day(lang: Lang, message: &str, at: Timestamp) -> String {
    let date = at
        .date()
        .map_or_else(|| at.to_string(), |day| day.long_in(lang));
    t_with(lang, message, &[("date", date.into())])
}

#[component]
pub fn RevisionPageView() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let key = move || {
        let params = params.read();
        let id = params.get("key").and_then(|key| event_id_in(&key));
        let number = params
            .get("n")
            .and_then(|n| n.parse::<RevisionNumber>().ok());
        id.zip(number)
    };
    let revision = Resource::new(key, move |key| async move {
        match key {
            Some((id, number)) => load_revision(id, number, lang).await,
            None => Ok(Revised::Missing),
        }
    });
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-event")}</p> }>
            {move || Suspend::new(async move {
                match revision.await {
                    Ok(Revised::Found(page)) => view! { <RevisionView page=*page /> }.into_any(),
                    Ok(Revised::Retired) => view! { <Gone /> }.into_any(),
                    Ok(Revised::Missing) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RevisionView(page: RevisionPage) -> impl IntoView {
    let lang = use_lang();
    let number = page.entry.number;
    let label = t_with(lang, "revision-number", &[("number", number.get().into())]);
    let title = page
        .event
        .as_ref()
        .map(|e| e.title.clone())
        .unwrap_or_default();
    let page_title = format!("{label}: {title} – {}", t(lang, "site-name"));
    let current = lang.path(&page.path);
    let history = lang.path(&history_path(&page.path));
    let previous = number.previous();
    let event = match page.event {
        Some(event) => view! { <AsItStood event retired=page.retired /> }.into_any(),
        None => view! { <p>{t(lang, "revision-unreadable")}</p> }.into_any(),
    };
    let diff = previous.map(|previous| {
        let heading = t_with(lang, "revision-diff", &[("number", previous.get().into())]);
        let href = lang.path(&revision_path(&page.path, previous));
        view! { <Diff heading href diff=page.diff /> }
    });
    view! {
        <PageTitle text=page_title />
        // A copy of the event as it was: search engines should send readers to the event.
        <Meta name="robots" content="noindex" />
        <article class="revision">
            <p class="revision__notice" role="note">
                {t(lang, "revision-notice")}
                " "
                <a href=current>{t(lang, "revision-see-current")}</a>
            </p>
            <p class="history__when">
                {label}
                " · "
                <Stamp at=page.entry.at />
                <CorrectionMark correction=page.entry.correction />
                " · "
                <a href=history>{t(lang, "history-link")}</a>
            </p>
            <Changes entry=page.entry />
            {event}
            {diff}
        </article>
    }
}

/// The event as a revision kept it.
#[component]
fn AsItStood(event: Event, retired: bool) -> impl IntoView {
    let lang = use_lang();
    let (note, text_lang) = untranslated(lang, event.lang);
    let paragraphs: Vec<String> = event
        .body
        .as_deref()
        .unwrap_or_default()
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    view! {
        <section class=format!("permalink revision__event cat-{}", event.category.code())>
            {retired.then(|| view! { <p class="revision__notice">{t(lang, "revision-was-retired")}</p> })}
            <p class="event__meta">
                <When when=event.when />
                <CategoryBadge category=event.category />
            </p>
            {note}
            <div class="permalink__text" lang=text_lang>
                <h1 class="permalink__title">{event.title}</h1>
                <p class="permalink__summary">{event.summary}</p>
                {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            </div>
            {view! { <Positions positions=event.positions /> }.into_any()}
            <ActorList actors=event.actors on=event.when.start().date />
            <h2>{t(lang, "sources")}</h2>
            <SourceList sources=event.sources />
        </section>
    }
    .into_any()
}

/// What changed in each field from the revision before.
#[component]
fn Diff(heading: String, href: String, diff: Vec<FieldDiff>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="diff" aria-labelledby="diff-heading">
            <h2 id="diff-heading">{heading}</h2>
            <p>
                <a href=href>{t(lang, "revision-previous")}</a>
            </p>
            <FieldDiffs diff />
        </section>
    }
    .into_any()
}
