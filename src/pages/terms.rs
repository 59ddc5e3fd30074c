//! `/terms`: the register of contested terms. Each entry (`/terms#{key}`) sets each side's
//! words side by side in every language, each word marked with its language, says who uses
//! them since when, explains the subject in the timeline's own neutral voice, and lists its
//! sources and the events whose pages link to it.

use super::LoadFailed;
use crate::components::{PageAddresses, PageTitle, SourceList, When};
use crate::i18n::{t, use_lang};
use crate::loaders::readers::load_terms;
use crate::model::{EventLink, Lang, TermEntry, Usage};
use crate::paths::TERMS;
use leptos::prelude::*;
use leptos_meta::Meta;

#[component]
pub fn TermsPage() -> impl IntoView {
    let lang = use_lang();
    let entries = Resource::new(|| (), move |()| load_terms(lang));
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-terms")}</p> }>
            {move || Suspend::new(async move {
                match entries.await {
                    Ok(entries) => view! { <RegisterView entries /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RegisterView(entries: Vec<TermEntry>) -> impl IntoView {
    let lang = use_lang();
    let heading = t(lang, "terms-heading");
    let contents = entries
        .iter()
        .map(|entry| {
            let href = format!("#{}", entry.term.key);
            view! { <li><a href=href>{entry.term.name.get(lang).clone()}</a></li> }
        })
        .collect_view();
    view! {
        <PageTitle text=format!("{heading} – {}", t(lang, "site-name")) />
        <Meta name="description" content=t(lang, "terms-description") />
        <PageAddresses path=TERMS />
        <section class="intro">
            <h1>{heading}</h1>
            <p class="intro__lede">{t(lang, "terms-lede")}</p>
        </section>
        <nav class="terms__contents" aria-label=t(lang, "terms-contents")>
            <ol>{contents}</ol>
        </nav>
        {entries.into_iter().map(|entry| view! { <TermView entry /> }).collect_view()}
    }
}

#[component]
fn TermView(entry: TermEntry) -> impl IntoView {
    let lang = use_lang();
    let term = entry.term;
    let heading_id = format!("{}-heading", term.key);
    let labelled_by = heading_id.clone();
    let usages: Vec<Usage> = term
        .usages_in_page_order(lang)
        .into_iter()
        .cloned()
        .collect();
    let sources = (!term.sources.is_empty()).then(|| {
        view! {
            <h3>{t(lang, "terms-sources")}</h3>
            <SourceList sources=term.sources />
        }
    });
    view! {
        <section class="term" id=term.key.clone() aria-labelledby=labelled_by>
            <h2 id=heading_id>{term.name.get(lang).clone()}</h2>
            <p>{term.explanation.get(lang).clone()}</p>
            <div class="term__usages">
                {usages.into_iter().map(|usage| view! { <UsageView usage /> }).collect_view()}
            </div>
            {sources}
            <Events events=entry.events />
        </section>
    }
    .into_any()
}

/// One voice's words, in each language, each marked with its language.
#[component]
fn UsageView(usage: Usage) -> impl IntoView {
    let lang = use_lang();
    let words = Lang::ALL
        .into_iter()
        .map(|of| {
            let words = usage.words.get(of).join(" / ");
            view! {
                <dt lang=of.code()>{of.native_name()}</dt>
                <dd lang=of.code()>{words}</dd>
            }
        })
        .collect_view();
    view! {
        <div class=format!("term__usage term__usage--{}", usage.by.code())>
            <h3>{t(lang, &format!("voice-{}", usage.by.code()))}</h3>
            <p class="term__who">{usage.who.get(lang).clone()}</p>
            <dl>{words}</dl>
        </div>
    }
}

/// The events whose pages link to the entry.
#[component]
fn Events(events: Vec<EventLink>) -> impl IntoView {
    let lang = use_lang();
    let list = match events.is_empty() {
        true => view! { <p>{t(lang, "terms-no-events")}</p> }.into_any(),
        false => view! {
            <ul class="term__events">
                {events
                    .into_iter()
                    .map(|link| {
                        let href = lang.path(&link.path());
                        let title_lang = (link.lang != lang).then_some(link.lang.code());
                        view! {
                            <li>
                                <When when=link.when />
                                {t(lang, "label-separator")}
                                <a href=href lang=title_lang>{link.title}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <h3>{t(lang, "terms-events")}</h3>
        {list}
    }
}
