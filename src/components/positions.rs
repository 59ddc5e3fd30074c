//! Each side's position on an event, side by side with equal weight (stacked on phones): its
//! own words first, in their language, then the unofficial translation into the page's.

use super::{Citation, Heading, actor_name, holder_name};
use crate::i18n::{t, use_lang};
use crate::model::{Position, in_page_order};
use leptos::prelude::*;

/// The positions section of an event's page (`#positions`, where the timeline's mark of a
/// disputed event links); nothing when the event has none. `ids` starts its element ids, for
/// a page that shows the event more than once (the editors' preview).
#[component]
pub fn Positions(positions: Vec<Position>, #[prop(optional, into)] ids: String) -> impl IntoView {
    let lang = use_lang();
    (!positions.is_empty()).then(|| {
        let shown: Vec<Position> = in_page_order(&positions, lang)
            .into_iter()
            .cloned()
            .collect();
        let heading = format!("{ids}positions-heading");
        let labelled_by = heading.clone();
        view! {
            <section
                class="permalink__section"
                id=format!("{ids}positions")
                aria-labelledby=labelled_by
            >
                <Heading below=1 class="permalink__heading" id=Some(heading)>
                    {t(lang, "positions")}
                </Heading>
                <div class="positions">
                    {shown
                        .into_iter()
                        .enumerate()
                        .map(|(at, position)| {
                            let id = format!("{ids}position-{}", at + 1);
                            view! { <PositionView position id /> }
                        })
                        .collect_view()}
                </div>
            </section>
        }
    })
}

#[component]
fn PositionView(position: Position, id: String) -> impl IntoView {
    let lang = use_lang();
    let labelled_by = id.clone();
    let translation = (position.lang != lang)
        .then(|| position.words(lang).map(str::to_owned))
        .flatten();
    let cite = position.source.url.as_ref().map(ToString::to_string);
    view! {
        <article class="position" aria-labelledby=labelled_by>
            <Heading below=2 class="position__heading" id=Some(id)>
                {actor_name(lang, position.holder.actor())}
                {t(lang, "label-separator")}
                {holder_name(lang, position.holder)}
            </Heading>
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
