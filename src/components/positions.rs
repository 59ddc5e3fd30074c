//! Each side's position on an event, side by side with equal weight (stacked on phones): its
//! own words first, in their language, then the unofficial translation into the page's.

use super::{Citation, actor_name, holder_name};
use crate::i18n::{t, use_lang};
use crate::model::{Position, in_page_order};
use leptos::prelude::*;

/// The positions section of an event's page (`#positions`, where the timeline's mark of a
/// disputed event links); nothing when the event has none.
#[component]
pub fn Positions(positions: Vec<Position>) -> impl IntoView {
    let lang = use_lang();
    (!positions.is_empty()).then(|| {
        let shown: Vec<Position> = in_page_order(&positions, lang)
            .into_iter()
            .cloned()
            .collect();
        view! {
            <section class="permalink__section" id="positions" aria-labelledby="positions-heading">
                <h2 id="positions-heading">{t(lang, "positions")}</h2>
                <div class="positions">
                    {shown
                        .into_iter()
                        .enumerate()
                        .map(|(at, position)| view! { <PositionView position number=at + 1 /> })
                        .collect_view()}
                </div>
            </section>
        }
    })
}

#[component]
fn PositionView(position: Position, number: usize) -> impl IntoView {
    let lang = use_lang();
    let heading_id = format!("position-{number}");
    let labelled_by = heading_id.clone();
    let translation = (position.lang != lang)
        .then(|| position.words(lang).map(str::to_owned))
        .flatten();
    let cite = position.source.url.as_ref().map(ToString::to_string);
    view! {
        <article class="position" aria-labelledby=labelled_by>
            <h3 id=heading_id>
                {actor_name(lang, position.holder.actor())}
                {t(lang, "label-separator")}
                {holder_name(lang, position.holder)}
            </h3>
            <blockquote lang=position.lang.code() cite=cite>
                <p>{position.quote}</p>
            </blockquote>
            {translation
                .map(|text| {
                    view! {
                        <p class="position__label">{t(lang, "unofficial-translation")}</p>
                        <p>{text}</p>
                    }
                })}
            <p>
                {t(lang, "quote-source")}
                {t(lang, "label-separator")}
                <Citation source=position.source />
            </p>
        </article>
    }
}
