//! How an event's date, category, actors and sources are shown, in the page's language.

use crate::i18n::{t, t_with, use_lang};
use crate::model::{Actor, Category, DateSpan, EventDate, Holder, Lang, PartialDate, Source};
use leptos::prelude::*;

/// "4 July 2019", or "29 August 1910 – 15 August 1945" for a period, in the page's
/// language; each date a `<time>` with its ISO form at the precision that is known.
#[component]
pub fn When(when: DateSpan) -> impl IntoView {
    let lang = use_lang();
    let words = when.in_words(lang);
    let time = |date: EventDate, text: String| {
        view! { <time datetime=date.date.to_string()>{text}</time> }
    };
    view! {
        <span class="when">
            {time(when.start(), words.start)}
            {when
                .end()
                .zip(words.end)
                .map(|(end, (separator, text))| view! { {separator} {time(end, text)} })}
        </span>
    }
}

/// A category's name in a language.
pub fn category_name(lang: Lang, category: Category) -> String {
    t(lang, &format!("category-{}", category.code()))
}

/// An actor's name in a language, as it is now (a filter's label, a position's holder).
pub fn actor_name(lang: Lang, actor: Actor) -> String {
    t(lang, actor.name_key_today())
}

/// What a position's holder is, beside its state's name: "Government", or the court's name.
pub fn holder_name(lang: Lang, holder: Holder) -> String {
    match holder {
        Holder::Government(_) => t(lang, "holder-government"),
        Holder::Court(court) => t(lang, &format!("court-{}", court.code())),
    }
}

#[component]
pub fn CategoryBadge(category: Category) -> impl IntoView {
    let name = category_name(use_lang(), category);
    view! { <span class=format!("badge cat-{}", category.code())>{name}</span> }
}

/// An event's actors, each named as it was on the event's first day (Joseon in 1876).
#[component]
pub fn ActorList(actors: Vec<Actor>, on: PartialDate) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="actors" aria-label=t(lang, "actors")>
            {actors
                .into_iter()
                .map(|actor| {
                    view! {
                        <li class="actor" data-actor=actor.code()>
                            {t(lang, actor.name_key(on))}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Sources keep their own language: a headline is shown as it was published.
#[component]
pub fn SourceList(sources: Vec<Source>) -> impl IntoView {
    view! {
        <ol class="sources">
            {sources
                .into_iter()
                .map(|source| view! { <li class="source"><Citation source /></li> })
                .collect_view()}
        </ol>
    }
}

/// One source: its publisher, its headline (a link where it has one), its date and the host
/// its link goes to.
#[component]
pub fn Citation(source: Source) -> impl IntoView {
    let lang = use_lang();
    // In the page language's quotation marks: the words as published. A description in
    // brackets is the editors' words, and shown as such.
    let headline = match source.is_described() {
        true => source.headline.clone(),
        false => t_with(
            lang,
            "quoted",
            &[("value", source.headline.as_str().into())],
        ),
    };
    // Where the link goes, in a form no other host can pass for.
    let host = source.url.as_ref().map(|url| {
        view! {
            <span class="source__host">
                {format!(
                    "{}{}{}",
                    t(lang, "paren-open"),
                    url.host_shown(),
                    t(lang, "paren-close"),
                )}
            </span>
        }
    });
    let headline = match source.url {
        Some(url) => view! {
            <a href=url.to_string() rel="noopener noreferrer">
                {headline}
            </a>
        }
        .into_any(),
        None => view! { <span>{headline}</span> }.into_any(),
    };
    view! {
        <span class="source__publisher">{source.publisher}</span>
        {t(lang, "list-separator")}
        {headline}
        {source
            .date
            .map(|date| {
                view! {
                    {t(lang, "list-separator")}
                    <time datetime=date.to_string()>{date.long_in(lang)}</time>
                }
            })}
        {host}
    }
}

/// The note over an event's words shown in English because they are not yet written in the
/// page's language; and the `lang` those words then need. Nothing when they are.
pub fn untranslated(page: Lang, text: Lang) -> (Option<AnyView>, Option<&'static str>) {
    if page == text {
        return (None, None);
    }
    let note = view! { <p class="untranslated">{t(page, "not-translated")}</p> }.into_any();
    (Some(note), Some(text.code()))
}
