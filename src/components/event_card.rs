//! One event on the timeline.

use super::{ActorList, CategoryBadge, Highlighted, When};
use crate::model::{Event, Source, timeline_anchor};
use leptos::prelude::*;

/// `words` are the search words to mark in the title and summary.
#[component]
pub fn EventCard(event: Event, words: Vec<String>) -> impl IntoView {
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
    let path = event.path();
    let sources_path = format!("{path}#sources");
    let labelled_by = title_id.clone();
    // Erasing the type keeps the nesting of page types within what the compiler allows.
    view! {
        <li class=class id=anchor>
            <article class="event__card" aria-labelledby=labelled_by>
                <p class="event__meta">
                    <When when=event.when />
                    <CategoryBadge category=event.category />
                </p>
                <h3 class="event__title" id=title_id>
                    <a href=path>
                        <Highlighted text=event.title words=words.clone() />
                    </a>
                </h3>
                <p class="event__summary">
                    <Highlighted text=event.summary words />
                </p>
                <ActorList actors=event.actors />
                // The publishers only: headlines and links are on the event's page, which
                // keeps a page of the timeline light however long its sources' titles.
                <p class="event__sources">
                    <a href=sources_path>{source_count(event.sources.len())}</a>
                    ": "
                    {publishers(&event.sources)}
                </p>
            </article>
        </li>
    }
    .into_any()
}

/// The sources' publishers, each once, in order.
fn publishers(sources: &[Source]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for source in sources {
        if !names.contains(&source.publisher.as_str()) {
            names.push(&source.publisher);
        }
    }
    names.join(", ")
}

fn source_count(n: usize) -> String {
    if n == 1 {
        "1 source".to_owned()
    } else {
        format!("{n} sources")
    }
}
