use crate::components::{PageTitle, set_status};
use crate::fault::Fault;
use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use leptos_meta::Meta;

/// The page for any unknown path or event: status 404, and a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Missing
            status=404
            title="not-found-title"
            heading="not-found-heading"
            explanation="not-found-explanation"
        />
    }
}

/// The page of an event that editors have withdrawn: status 410, so that search engines
/// drop it, and a word for readers who followed an old link.
#[component]
pub fn Gone() -> impl IntoView {
    view! {
        <Missing
            status=410
            title="gone-title"
            heading="gone-heading"
            explanation="gone-explanation"
        />
    }
}

/// A page for something that is not (or no longer) here, with a way back to the timeline.
/// The texts are message ids, shown in the page's language.
#[component]
fn Missing(
    status: u16,
    title: &'static str,
    heading: &'static str,
    explanation: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    set_status(status);
    view! {
        <PageTitle text=t(lang, title) />
        <Meta name="robots" content="noindex" />
        <section class="notice">
            <h1>{t(lang, heading)}</h1>
            <p>{t(lang, explanation)}</p>
            <p>
                <a class="button" href=lang.path("/")>
                    {t(lang, "go-to-timeline")}
                </a>
            </p>
        </section>
    }
}

/// Shown when a page's data could not be loaded: the fault as any failed request shows it.
#[component]
pub fn LoadFailed(error: Fault) -> impl IntoView {
    view! { <FaultPage fault=error /> }
}

/// A failed request as the site shows it, in the page's language: its heading, what it
/// means and a way on (to sign in, or back to the timeline). The server's fault layer
/// renders the page at the address asked for with the `Fault` in context, and the app shows
/// this in place of the page.
#[component]
pub fn FaultPage(fault: Fault) -> impl IntoView {
    let lang = use_lang();
    set_status(fault.status());
    let heading = fault.heading(lang);
    let (href, label) = match fault {
        Fault::SignedOut => (lang.path("/login"), t(lang, "sign-in")),
        _ => (lang.path("/"), t(lang, "go-to-timeline")),
    };
    view! {
        <PageTitle text=heading.clone() />
        <Meta name="robots" content="noindex" />
        <section class="notice" role="alert">
            <h1>{heading}</h1>
            <p>{fault.said(lang)}</p>
            <p>
                <a class="button" href=href>
                    {label}
                </a>
            </p>
        </section>
    }
}
