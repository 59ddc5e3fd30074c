//! How an event's date, category, actors and sources are shown.

use crate::model::{Actor, Category, DateSpan, EventDate, Source};
use leptos::prelude::*;

#[component]
fn Date(date: EventDate) -> impl IntoView {
    // `datetime` takes the ISO form at the precision that is known: 2019, 2019-07 ...
    view! { <time datetime=date.date.to_string()>{date.to_string()}</time> }
}

/// "4 July 2019", or "29 August 1910 – 15 August 1945" for a period.
#[component]
pub fn When(when: DateSpan) -> impl IntoView {
    view! {
        <span class="when">
            <Date date=when.start() />
            {when.end().map(|end| view! { " – " <Date date=end /> })}
        </span>
    }
}

#[component]
pub fn CategoryBadge(category: Category) -> impl IntoView {
    view! { <span class=format!("badge cat-{}", category.code())>{category.label()}</span> }
}

#[component]
pub fn ActorList(actors: Vec<Actor>) -> impl IntoView {
    view! {
        <ul class="actors" aria-label="Actors">
            {actors
                .into_iter()
                .map(|actor| {
                    view! {
                        <li class="actor" data-actor=actor.code()>
                            {actor.name()}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
pub fn SourceList(sources: Vec<Source>) -> impl IntoView {
    view! {
        <ol class="sources">
            {sources
                .into_iter()
                .map(|source| {
                    let headline = format!("“{}”", source.headline);
                    let headline = match source.url {
                        Some(url) => {
                            view! {
                                <a href=url.to_string() rel="noopener noreferrer">
                                    {headline}
                                </a>
                            }
                                .into_any()
                        }
                        None => view! { <span>{headline}</span> }.into_any(),
                    };
                    view! {
                        <li class="source">
                            <span class="source__publisher">{source.publisher}</span>
                            ", "
                            {headline}
                            {source
                                .date
                                .map(|date| {
                                    view! {
                                        ", "
                                        <time datetime=date.to_string()>{date.long()}</time>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
