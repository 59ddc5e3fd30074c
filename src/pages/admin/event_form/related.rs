//! The related-events picker. Editors find an event by words of its title in any language
//! (the readers' search, through the JSON API), see its title and date, add it with one click
//! and remove one with another. The numbers field stays the form's value: without JavaScript
//! editors type numbers there as before; with it, the picker writes them there too.

use crate::i18n::{t, t_with};
use crate::model::{DateSpan, EventForm, EventId, FormField, Lang};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::HtmlInputElement;
use serde::Deserialize;
use std::collections::HashMap;
use std::time::Duration;

/// An event as the API lists it, with what the picker shows of it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Found {
    id: EventId,
    title: String,
    #[serde(flatten)]
    when: DateSpan,
}

/// How many matches are offered at once.
const OFFERED: usize = 8;

/// How long typing must pause before the search is asked.
const PAUSE: Duration = Duration::from_millis(250);

/// The chosen events with a button each to remove it, and a search box offering events to
/// add. Drawn only in the browser, once the island runs: without JavaScript it could do
/// nothing.
#[component]
pub(super) fn RelatedPicker(
    typed: RwSignal<EventForm>,
    edit: impl Fn(FormField, Box<dyn FnOnce(&mut EventForm)>) + Copy + Send + Sync + 'static,
    lang: Lang,
) -> impl IntoView {
    let running = RwSignal::new(false);
    Effect::new(move || running.set(true));
    move || running.get().then(|| view! { <Picker typed edit lang /> })
}

#[component]
fn Picker(
    typed: RwSignal<EventForm>,
    edit: impl Fn(FormField, Box<dyn FnOnce(&mut EventForm)>) + Copy + Send + Sync + 'static,
    lang: Lang,
) -> impl IntoView {
    let chosen = Memo::new(move |_| typed.with(EventForm::related_ids));
    // Every event seen so far, by id: the chosen ones are named from here.
    let known = RwSignal::new(HashMap::<EventId, Found>::new());
    let offered = RwSignal::new(Vec::<Found>::new());
    let status = RwSignal::new(String::new());
    // Each search typed gets a number; an answer to an older one is dropped.
    let asked = StoredValue::new(0_u64);

    // Names the chosen events that the picker has not seen yet (those typed, or saved before).
    Effect::new(move || {
        for id in chosen.get() {
            if known.with_untracked(|known| !known.contains_key(&id)) {
                leptos::task::spawn_local(async move {
                    if let Some(event) = fetch_one(id, lang).await {
                        known.update(|known| {
                            known.insert(id, event);
                        });
                    }
                });
            }
        }
    });

    let set_related = move |ids: Vec<EventId>| {
        let text = ids
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        // The numbers field is what the form sends: it shows the change as if typed.
        let field = document().get_element_by_id("related");
        if let Some(input) = field.and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
            input.set_value(&text);
        }
        edit(
            FormField::Related,
            Box::new(move |form| form.related = text),
        );
    };
    let add = move |event: Found| {
        let mut ids = chosen.get_untracked();
        if !ids.contains(&event.id) {
            ids.push(event.id);
        }
        status.set(t_with(
            lang,
            "related-added",
            &[("title", event.title.clone().into())],
        ));
        known.update(|known| {
            known.insert(event.id, event);
        });
        set_related(ids);
    };
    let remove = move |id: EventId| {
        let ids = chosen
            .get_untracked()
            .into_iter()
            .filter(|&i| i != id)
            .collect();
        set_related(ids);
    };
    let search = move |words: String| {
        let number = asked.get_value() + 1;
        asked.set_value(number);
        if words.trim().is_empty() {
            offered.set(Vec::new());
            status.set(String::new());
            return;
        }
        set_timeout(
            move || {
                if asked.get_value() != number {
                    return;
                }
                leptos::task::spawn_local(async move {
                    let found = fetch_matches(&words, lang).await;
                    if asked.get_value() != number {
                        return;
                    }
                    status.set(match &found {
                        Some(found) => {
                            t_with(lang, "related-found", &[("count", found.len().into())])
                        }
                        None => t(lang, "related-search-failed"),
                    });
                    offered.set(found.unwrap_or_default());
                });
            },
            PAUSE,
        );
    };
    let name_of = move |id: EventId| {
        known.with(|known| match known.get(&id) {
            Some(event) => format!("{} ({})", event.title, event.when.text_in(lang)),
            None => t_with(
                lang,
                "related-event-number",
                &[("id", id.to_string().into())],
            ),
        })
    };

    view! {
        <div class="picker">
            <ul class="picker__chosen" aria-label=t(lang, "related-chosen")>
                <For each=move || chosen.get() key=|id| *id let:id>
                    <li>
                        <span>{move || name_of(id)}</span>
                        <button
                            type="button"
                            class="button button--quiet"
                            aria-label=move || t_with(lang, "related-remove", &[("title", name_of(id).into())])
                            on:click=move |_| remove(id)
                        >
                            "×"
                        </button>
                    </li>
                </For>
            </ul>
            <label for="related-search">{t(lang, "related-search")}</label>
            <p class="field-hint" id="related-search-hint">{t(lang, "related-search-hint")}</p>
            <input
                id="related-search"
                type="search"
                autocomplete="off"
                aria-describedby="related-search-hint"
                aria-controls="related-offered"
                on:input=move |ev| search(event_target_value(&ev))
                // Enter picks nothing and must not save the form.
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                    }
                }
            />
            <p class="picker__status" role="status" aria-live="polite">{move || status.get()}</p>
            <ul class="picker__offered" id="related-offered">
                <For each=move || offered.get() key=|event| event.id let:event>
                    {
                        let label = format!("{} ({})", event.title, event.when.text_in(lang));
                        let is_chosen = move || chosen.with(|ids| ids.contains(&event.id));
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="button button--quiet"
                                    disabled=is_chosen
                                    on:click={
                                        let event = event.clone();
                                        move |_| add(event.clone())
                                    }
                                >
                                    {t(lang, "related-add")} " " {label}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </div>
    }
}

/// The events whose texts hold every word typed, as readers' search finds them, in the
/// editor's language; `None` if the search could not be asked.
async fn fetch_matches(words: &str, lang: Lang) -> Option<Vec<Found>> {
    #[derive(Deserialize)]
    struct Listed {
        events: Vec<Found>,
    }
    let url = format!(
        "{}?q={}&lang={}",
        crate::paths::EVENTS_API,
        form_urlencoded::byte_serialize(words.as_bytes()).collect::<String>(),
        lang.code()
    );
    let listed: Listed = get_json(&url).await?;
    Some(listed.events.into_iter().take(OFFERED).collect())
}

/// One event, in the editor's language.
async fn fetch_one(id: EventId, lang: Lang) -> Option<Found> {
    get_json(&format!(
        "{}/{id}?lang={}",
        crate::paths::EVENTS_API,
        lang.code()
    ))
    .await
}

/// An answer of the JSON API, read in the browser.
#[cfg(feature = "hydrate")]
async fn get_json<T: for<'de> Deserialize<'de>>(url: &str) -> Option<T> {
    let response = gloo_net::http::Request::get(url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.json().await.ok()
}

/// The server draws no picker (see `RelatedPicker`), so it never asks.
#[cfg(not(feature = "hydrate"))]
async fn get_json<T: for<'de> Deserialize<'de>>(_url: &str) -> Option<T> {
    None
}
