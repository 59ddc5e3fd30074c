//! schema.org data for an event's page, as JSON-LD in its head: the page (`WebPage`, in its
//! language, with the event's sources as its citations and its other language versions as
//! translations) about the event (`Event`, with its dates at the precision they are known:
//! `1965`, `1965-06` or `1965-06-22`).

use crate::model::{Event, Lang};
use serde_json::{Value, json};

/// The JSON-LD for `event`'s page in `lang`, on the site at `origin`, as a `<script>` may
/// hold it.
pub(crate) fn event_page(event: &Event, lang: Lang, origin: &str) -> String {
    let url = |lang: Lang| format!("{origin}{}", lang.path(&event.path()));
    let mut subject = json!({
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": event.when.start().date.to_string(),
        "eventStatus": "https://schema.org/EventScheduled",
        "url": url(lang),
    });
    if let Some(end) = event.when.end() {
        subject["endDate"] = json!(end.date.to_string());
    }
    let citations: Vec<Value> = event
        .sources
        .iter()
        .map(|source| {
            let mut citation = json!({
                "@type": "CreativeWork",
                "name": source.headline,
                "publisher": { "@type": "Organization", "name": source.publisher },
            });
            if let Some(date) = &source.date {
                citation["datePublished"] = json!(date.to_string());
            }
            if let Some(link) = &source.url {
                citation["url"] = json!(link.as_str());
            }
            citation
        })
        .collect();
    let translations: Vec<Value> = Lang::ALL
        .into_iter()
        .filter(|other| *other != lang)
        .map(|other| json!({ "@type": "WebPage", "url": url(other), "inLanguage": other.code() }))
        .collect();
    let page = json!({
        "@context": "https://schema.org",
        "@type": "WebPage",
        "url": url(lang),
        "name": event.title,
        "inLanguage": event.lang.code(),
        "about": subject,
        "citation": citations,
        "workTranslation": translations,
    });
    // Inside <script>, markup could end the element early or change how it is read: JSON
    // may write these characters as escapes instead.
    page.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}
