use crate::components::{PageTitle, set_status};
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::readers::LoadError;
use crate::model::{Lang, MAX_FORM_BYTES, MAX_IMPORT_BYTES};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_location;
use serde::{Deserialize, Serialize};

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

/// Shown when the data could not be loaded: status 500, and the reader may try again.
#[component]
pub fn LoadFailed(error: LoadError) -> impl IntoView {
    let lang = use_lang();
    set_status(500);
    let message = match error {
        LoadError::SignedOut => "error-signed-out",
        LoadError::Unavailable => "error-unavailable",
        LoadError::Call(_) => "error-call",
    };
    view! {
        <PageTitle text=t(lang, "something-went-wrong") />
        <section class="notice" role="alert">
            <h1>{t(lang, "something-went-wrong")}</h1>
            <p>{t(lang, message)}</p>
        </section>
    }
}

/// A failed request as the site shows it. The server's fault layer renders the page at the
/// address asked for with this in context, and the app shows it in place of the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownFault {
    pub status: u16,
    pub message: String,
}

/// In the page's language: the heading, and what the reader can do for the faults that say
/// the same thing whatever the request (signed out, refused, too large, the server's own).
/// Others (a bad request, a missing event) show the server's own account, which is in
/// English: on English pages as it is, on the others as a general one in their language.
#[component]
pub fn FaultPage(fault: ShownFault) -> impl IntoView {
    let lang = use_lang();
    set_status(fault.status);
    let explanation = match fault.status {
        401 => Some(t(lang, "error-signed-out")),
        403 => Some(t(lang, "fault-403-explanation")),
        405 => Some(t(lang, "fault-405-explanation")),
        408 => Some(t(lang, "fault-408-explanation")),
        // An import's file has a limit of its own.
        413 if use_location().pathname.get_untracked() == crate::paths::IMPORT => Some(t_with(
            lang,
            "fault-413-import-explanation",
            &[("megabytes", (MAX_IMPORT_BYTES / (1024 * 1024)).into())],
        )),
        413 => Some(t_with(
            lang,
            "fault-413-explanation",
            &[("limit", (MAX_FORM_BYTES / 1024).into())],
        )),
        500.. => Some(t(lang, "fault-500-explanation")),
        400 if lang != Lang::ORIGINAL => Some(t(lang, "fault-400-explanation")),
        404 if lang != Lang::ORIGINAL => Some(t(lang, "not-found-explanation")),
        _ => None,
    };
    let explanation = match explanation {
        Some(text) => view! { <p>{text}</p> }.into_any(),
        None => view! { <p lang="en">{fault.message}</p> }.into_any(),
    };
    let heading = match fault.status {
        400 => "fault-400",
        401 => "fault-401",
        403 => "fault-403",
        404 => "fault-404",
        405 => "fault-405",
        408 => "fault-408",
        410 => "fault-410",
        413 => "fault-413",
        _ => "something-went-wrong",
    };
    let heading = t(lang, heading);
    let (href, label) = if fault.status == 401 {
        (lang.path("/login"), t(lang, "sign-in"))
    } else {
        (lang.path("/"), t(lang, "go-to-timeline"))
    };
    view! {
        <PageTitle text=heading.clone() />
        <Meta name="robots" content="noindex" />
        <section class="notice" role="alert">
            <h1>{heading}</h1>
            {explanation}
            <p>
                <a class="button" href=href>
                    {label}
                </a>
            </p>
        </section>
    }
}
