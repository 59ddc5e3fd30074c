//! How to cite an event: a citation in the page's language that names the revision it was
//! read at and that revision's permanent address, the same as files for reference managers,
//! and the tags in the head that Zotero's "Embedded Metadata" translator reads
//! (Highwire Press's `citation_*`).

use super::site_origin;
use crate::i18n::{t, t_with, use_lang};
use crate::model::{Event, RevisionStamp, revision_path};
use leptos::prelude::*;
use leptos_meta::Meta;

/// Folded under one line, so that it costs the first screen nothing.
#[component]
pub fn Cite(event: Event, stamp: RevisionStamp) -> impl IntoView {
    let lang = use_lang();
    let path = event.path();
    let url = format!(
        "{}{}",
        site_origin(),
        lang.path(&revision_path(&path, stamp.number))
    );
    let date = stamp
        .at
        .date()
        .map_or_else(|| stamp.at.to_string(), |day| day.long_in(lang));
    let citation = t_with(
        lang,
        "cite-text",
        &[
            ("site", t(lang, "site-name").into()),
            ("number", stamp.number.get().into()),
            ("date", date.into()),
        ],
    );
    let title_lang = (event.lang != lang).then_some(event.lang.code());
    let file = |extension: &str| lang.path(&format!("{path}/cite.{extension}"));
    view! {
        <details class="take-away cite" id="cite">
            <summary>{t(lang, "cite")}</summary>
            <p class="cite__text">
                {t(lang, "cite-quote-open")}
                <span lang=title_lang>{event.title}</span>
                {t(lang, "cite-quote-close")}
                " "
                {citation}
                " "
                <a href=url.clone()>{url.clone()}</a>
            </p>
            <p class="cite__downloads">
                {t(lang, "cite-download")}
                " "
                <a href=file("ris") download="">"RIS"</a>
                " "
                <a href=file("bib") download="">"BibTeX"</a>
                " "
                <a href=file("json") download="">"CSL-JSON"</a>
            </p>
        </details>
    }
}

/// The head's citation tags, for the revision the page shows.
#[component]
pub fn CitationTags(event: Event, stamp: RevisionStamp) -> impl IntoView {
    let lang = use_lang();
    let url = format!(
        "{}{}",
        site_origin(),
        lang.path(&revision_path(&event.path(), stamp.number))
    );
    // Highwire's dates are written with slashes.
    let date = stamp.at.date().map(|day| {
        let (year, month, day) = day.first_day();
        format!("{year:04}/{month:02}/{day:02}")
    });
    view! {
        <Meta name="citation_title" content=event.title />
        {date.map(|date| view! { <Meta name="citation_publication_date" content=date /> })}
        <Meta name="citation_public_url" content=url />
        <Meta name="citation_language" content=event.lang.code() />
        // A website, not a journal: its name is the publisher.
        <Meta name="citation_publisher" content=t(lang, "site-name") />
    }
}
