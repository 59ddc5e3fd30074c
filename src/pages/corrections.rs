//! `/corrections`: the public log of corrections, newest first, 50 a page (`?page=2`). Each
//! names the event it corrected, when, the editor's note saying what was corrected, and what
//! the correcting revision changed, with a link to that revision.

use super::history::{RevisionNote, corrected_on};
use super::{LoadFailed, NotFound};
use crate::components::{FieldDiffs, PageAddresses, PageTitle};
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::history::load_corrections;
use crate::model::{Correction, CorrectionsLog, page_number, revision_path};
use crate::paths::CORRECTIONS;
use leptos::prelude::*;
use leptos_meta::{Link, Meta};
use leptos_router::hooks::use_location;

#[component]
pub fn CorrectionsPage() -> impl IntoView {
    let lang = use_lang();
    let search = use_location().search;
    let log = Resource::new(
        move || page_number(&search.get()),
        move |page| load_corrections(page, lang),
    );
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-corrections")}</p> }>
            {move || Suspend::new(async move {
                match log.await {
                    Ok(Some(log)) => view! { <LogView log /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The address of page `page` of the log, in the page's language.
fn page_path(page: u32) -> String {
    match page {
        1 => CORRECTIONS.to_owned(),
        page => format!("{CORRECTIONS}?page={page}"),
    }
}

#[component]
fn LogView(log: CorrectionsLog) -> impl IntoView {
    let lang = use_lang();
    let heading = t(lang, "corrections-heading");
    let CorrectionsLog {
        corrections,
        page,
        pages,
    } = log;
    let list = match corrections.is_empty() {
        true => view! { <p class="corrections__none">{t(lang, "corrections-none")}</p> }.into_any(),
        false => view! {
            <ol class="corrections">
                {corrections
                    .into_iter()
                    .map(|correction| view! { <Entry correction /> })
                    .collect_view()}
            </ol>
        }
        .into_any(),
    };
    let pager = (pages > 1).then(|| {
        let at = t_with(lang, "page-of", &[("page", page.into()), ("pages", pages.into())]);
        let href = move |page: u32| lang.path(&page_path(page));
        view! {
            <nav class="pager" aria-label=t(lang, "pages")>
                {(page > 1)
                    .then(|| view! { <a class="button" rel="prev" href=href(page - 1)>{t(lang, "corrections-newer")}</a> })}
                <span class="pager__where">{at}</span>
                {(page < pages)
                    .then(|| view! { <a class="button" rel="next" href=href(page + 1)>{t(lang, "corrections-older")}</a> })}
            </nav>
        }
    });
    let title = match page {
        1 => format!("{heading} – {}", t(lang, "site-name")),
        _ => format!(
            "{heading} ({}) – {}",
            t_with(
                lang,
                "page-of",
                &[("page", page.into()), ("pages", pages.into())]
            ),
            t(lang, "site-name")
        ),
    };
    view! {
        <PageTitle text=title />
        <Meta name="description" content=t(lang, "corrections-lede") />
        <PageAddresses path=page_path(page) />
        {(page > 1).then(|| view! { <Link rel="prev" href=lang.path(&page_path(page - 1)) /> })}
        {(page < pages).then(|| view! { <Link rel="next" href=lang.path(&page_path(page + 1)) /> })}
        <section class="intro">
            <h1>{heading}</h1>
            <p class="intro__lede">{t(lang, "corrections-lede")}</p>
        </section>
        {list}
        {pager}
    }
    .into_any()
}

/// One correction: the event, when, the editor's note and what changed.
#[component]
fn Entry(correction: Correction) -> impl IntoView {
    let lang = use_lang();
    let Correction { event, entry, diff } = correction;
    let path = event.path();
    let title_lang = (event.lang != lang).then_some(event.lang.code());
    let revision = lang.path(&revision_path(&path, entry.number));
    let label = t_with(
        lang,
        "revision-number",
        &[("number", entry.number.get().into())],
    );
    view! {
        <li class="corrections__entry">
            <article>
                <h2 class="corrections__event">
                    <a href=lang.path(&path) lang=title_lang>
                        {event.title}
                    </a>
                </h2>
                <p class="history__when">
                    {corrected_on(lang, entry.at)}
                    " · "
                    <a href=revision>{label}</a>
                </p>
                {entry.note.map(|note| view! { <RevisionNote note /> })}
                <section class="diff">
                    <FieldDiffs diff />
                </section>
            </article>
        </li>
    }
    .into_any()
}
