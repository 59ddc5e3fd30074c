//! An event as its page shows it: date and category, its words (terms linked), each side's
//! position, actors, sources and related events. The event's page shows it, and so does the
//! editors' preview of an unsaved event, in each language, so a preview is the page to come.

use super::{
    ActorList, CategoryBadge, Heading, Positions, SourceList, When, untranslated, with_term_links,
};
use crate::i18n::{t, use_lang};
use crate::model::{EventContent, EventLink};
use leptos::prelude::*;

/// The event in the page's language (`use_lang`), its title the view's top heading
/// (`HeadingLevel`). `ids` starts each of its element ids, so that several can share a page
/// (the event's page has none: `#sources` and `#positions` are linked to from elsewhere).
#[component]
pub fn EventDetails(
    content: EventContent,
    related: Vec<EventLink>,
    #[prop(optional, into)] ids: String,
) -> impl IntoView {
    let lang = use_lang();
    let (note, text_lang) = untranslated(lang, content.lang);
    let texts: Vec<String> = std::iter::once(content.summary.clone())
        .chain(
            content
                .body
                .as_deref()
                .unwrap_or_default()
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned),
        )
        .collect();
    // The summary, then the body's paragraphs, each term linked at its first mention.
    let mut texts = with_term_links(&texts, content.lang, lang).into_iter();
    let summary = texts.next();
    // Erasing the types of the later parts keeps the page's nesting within what the
    // compiler allows.
    let positions = view! { <Positions positions=content.positions ids=ids.clone() /> }.into_any();
    let sources_heading = format!("{ids}sources-heading");
    let labelled_by = sources_heading.clone();
    let sources = view! {
        <section class="permalink__section" id=format!("{ids}sources") aria-labelledby=labelled_by>
            <Heading below=1 class="permalink__heading" id=Some(sources_heading)>
                {t(lang, "sources")}
            </Heading>
            <SourceList sources=content.sources />
        </section>
    }
    .into_any();
    let related = (!related.is_empty()).then(|| {
        let heading = format!("{ids}related-heading");
        let labelled_by = heading.clone();
        view! {
            <section class="permalink__section" aria-labelledby=labelled_by>
                <Heading below=1 class="permalink__heading" id=Some(heading)>
                    {t(lang, "related-events")}
                </Heading>
                <ul class="related">
                    {related
                        .into_iter()
                        .map(|link| view! { <li><LinkTo link /></li> })
                        .collect_view()}
                </ul>
            </section>
        }
        .into_any()
    });
    view! {
        <p class="event__meta">
            <When when=content.when />
            <CategoryBadge category=content.category />
        </p>
        {note}
        <div class="permalink__text" lang=text_lang>
            <Heading class="permalink__title">{content.title}</Heading>
            <p class="permalink__summary">{summary}</p>
            {texts.map(|p| view! { <p>{p}</p> }).collect_view()}
        </div>
        {positions}
        <ActorList actors=content.actors on=content.when.start().date />
        {sources}
        {related}
    }
    .into_any()
}

/// A link to another event's page, with its date.
#[component]
pub fn LinkTo(link: EventLink, #[prop(optional)] rel: Option<&'static str>) -> impl IntoView {
    let lang = use_lang();
    let href = lang.path(&link.path());
    let title_lang = (link.lang != lang).then_some(link.lang.code());
    view! {
        <a href=href rel=rel>
            <span class="link__title" lang=title_lang>
                {link.title}
            </span>
            // The space before the bracket, where the language has one, is in the message.
            <span class="link__when">
                {t(lang, "paren-open")}
                <When when=link.when />
                {t(lang, "paren-close")}
            </span>
        </a>
    }
}
