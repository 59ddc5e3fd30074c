//! A reader's report of an error: its own page at `/events/{id}-{slug}/report` (the form the
//! event page folds, and where a refused report comes back), and a report's status at
//! `/reports/{reference}`, where the reader is sent once it is received.
//!
//! The status page exists because a reader has no account, and need not leave an email
//! address: the reference is the one way back to the editors' answer. It shows where the
//! report stands and the editors' reply, never what was reported (so a report cannot be
//! made into a page that publishes its text), and asks search engines to leave it out.

use super::{LoadFailed, NotFound};
use crate::components::{ErrorReportForm, PageTitle, posted};
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::reports::{ReportPosted, load_report_status, load_report_target};
use crate::model::{ReportState, ReportStatus, event_id_in, revision_path};
use crate::pages::history::corrected_on;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_params_map;

/// `/events/{id}-{slug}/report`.
#[component]
pub fn ReportPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("key").and_then(|key| event_id_in(&key));
    let target = Resource::new(id, move |id| async move {
        let posted = posted::<ReportPosted>().await;
        match id {
            Some(id) => load_report_target(id, lang)
                .await
                .map(|link| link.map(|link| (link, posted))),
            None => Ok(None),
        }
    });
    view! {
        <Meta name="robots" content="noindex" />
        <Suspense>
            {move || Suspend::new(async move {
                match target.await {
                    Ok(Some((link, posted))) => {
                        let title = t_with(
                            lang,
                            "report-page-title",
                            &[("title", link.title.clone().into())],
                        );
                        let title_lang = (link.lang != lang).then_some(link.lang.code());
                        let event_path = link.path();
                        view! {
                            <PageTitle text=title />
                            <section class="form-page report-page">
                                <h1>{t(lang, "report-heading")}</h1>
                                <p class="form-page__lede">
                                    {t(lang, "report-about")} " "
                                    <a href=lang.path(&event_path) lang=title_lang>
                                        {link.title}
                                    </a>
                                </p>
                                <ErrorReportForm event_path posted />
                            </section>
                        }
                            .into_any()
                    }
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/reports/{reference}`.
#[component]
pub fn ReportStatusPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let reference = move || params.read().get("reference").unwrap_or_default();
    let status = Resource::new(reference, move |reference| {
        load_report_status(reference, lang)
    });
    view! {
        <Meta name="robots" content="noindex" />
        <Suspense>
            {move || Suspend::new(async move {
                match status.await {
                    Ok(Some(status)) => view! { <Status status /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Status(status: ReportStatus) -> impl IntoView {
    let lang = use_lang();
    let reference = status.reference.to_string();
    let heading = t_with(
        lang,
        "report-status-heading",
        &[("reference", reference.into())],
    );
    let received = t_with(
        lang,
        "report-status-received",
        &[("date", status.received.long_in(lang).into())],
    );
    let answered = status
        .answered
        .map(|day| day.long_in(lang))
        .unwrap_or_default();
    let state = match status.state {
        ReportState::New => t(lang, "report-status-new"),
        ReportState::Accepted => {
            t_with(lang, "report-status-accepted", &[("date", answered.into())])
        }
        ReportState::Declined => {
            t_with(lang, "report-status-declined", &[("date", answered.into())])
        }
    };
    let corrected = status
        .event
        .as_ref()
        .zip(status.corrected)
        .map(|(link, correction)| {
            let href = lang.path(&revision_path(&link.path(), correction.number));
            view! {
                <p class="report-status__corrected">
                    <a href=href>{corrected_on(lang, correction.at)}</a>
                </p>
            }
        });
    let about = match status.event {
        Some(link) => {
            let title_lang = (link.lang != lang).then_some(link.lang.code());
            let href = lang.path(&link.path());
            view! {
                <a href=href lang=title_lang>
                    {link.title}
                </a>
            }
            .into_any()
        }
        None => view! { <span>{t(lang, "report-status-unpublished")}</span> }.into_any(),
    };
    view! {
        <PageTitle text=heading.clone() />
        <section class="form-page report-status" data-state=status.state.code()>
            <h1>{heading}</h1>
            <p class="form-page__lede">{t(lang, "report-about")} " " {about}</p>
            <p>{received}</p>
            <p class="report-status__state">
                <strong>{state}</strong>
            </p>
            {corrected}
            {status
                .reply
                .map(|reply| {
                    view! {
                        <h2>{t(lang, "report-status-reply")}</h2>
                        <p class="report-status__reply">{reply}</p>
                    }
                })}
        </section>
    }
}
