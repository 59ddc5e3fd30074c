//! One event on the timeline.

use super::{ActorList, CategoryBadge, Heading, Highlighted, When, untranslated};
use crate::i18n::{t, t_with, use_lang};
use crate::model::{Event, Source, timeline_anchor};
use leptos::prelude::*;

/// `words` are the search words to mark in the title and summary. The title is a heading
/// `heading_below` levels under the view's top one (under the view's and the year's).
#[component]
pub fn EventCard(
    event: Event,
    words: Vec<String>,
    #[prop(default = 2)] heading_below: u8,
) -> impl IntoView {
    let lang = use_lang();
    let (note, text_lang) = untranslated(lang, event.lang);
    let anchor = timeline_anchor(event.id);
    let title_id = format!("{anchor}-title");
    let class = format!(
        "event cat-{}{}",
        event.category.code(),
        if event.when.is_period() {
            " event--period"
        } else {
            ""
        }
    );
    let path = lang.path(&event.path());
    let sources_path = format!("{path}#sources");
    let positions_path = format!("{path}#positions");
    let disputed = event.is_disputed();
    let source_count = t_with(
        lang,
        "source-count",
        &[("count", event.sources.len().into())],
    );
    let labelled_by = title_id.clone();
    let title_words = words.clone();
    // Erasing the type keeps the nesting of page types within what the compiler allows.
    view! {
        <li class=class id=anchor>
            <article class="event__card" aria-labelledby=labelled_by>
                <p class="event__meta">
                    <When when=event.when />
                    <CategoryBadge category=event.category />
                </p>
                {note}
                <Heading below=heading_below class="event__title" id=Some(title_id) lang=text_lang>
                    <a href=path>
                        <Highlighted text=event.title words=title_words />
                    </a>
                </Heading>
                <p class="event__summary" lang=text_lang>
                    <Highlighted text=event.summary words />
                </p>
                {disputed
                    .then(|| {
                        view! {
                            <p class="disputed">
                                <a href=positions_path>{t(lang, "disputed-mark")}</a>
                            </p>
                        }
                    })}
                <ActorList actors=event.actors on=event.when.start().date />
                // The publishers only: headlines and links are on the event's page, which
                // keeps a page of the timeline light however long its sources' titles.
                <p class="event__sources">
                    <a href=sources_path>{source_count}</a>
                    {t(lang, "label-separator")}
                    {publishers(&event.sources, &t(lang, "list-separator"))}
                </p>
            </article>
        </li>
    }
    .into_any()
}

/// The sources' publishers, each once, in order, between the page language's `separator`.
fn publishers(sources: &[Source], separator: &str) -> String {
    let mut names: Vec<&str> = Vec::new();
    for source in sources {
        if !names.contains(&source.publisher.as_str()) {
            names.push(&source.publisher);
        }
    }
    names.join(separator)
}
