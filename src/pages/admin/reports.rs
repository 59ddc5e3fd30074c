//! `/admin/reports`: readers' reports of errors, newest first, by state; and
//! `/admin/reports/{reference}`, one report whole with the form to accept or decline it.
//! Everything a reader wrote is shown as text, links too: nothing from a report is a link.

use super::{AdminNav, AdminProblem};
use crate::components::{PageTitle, posted, problem_words, raw_text};
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::reports::{AnswerPosted, load_queued_report, load_queued_reports};
use crate::model::{Lang, QueuedReport, REPORT_QUEUE_PAGE, ReportState, Timestamp, event_path};
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn AdminReportsPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    // New reports unless another state, or all (`state=any`), is asked for.
    let state = move || match query.read().get("state").as_deref() {
        Some("any") => None,
        Some(code) => Some(code.parse().unwrap_or(ReportState::New)),
        None => Some(ReportState::New),
    };
    let before = move || query.read().get("before").and_then(|b| b.parse().ok());
    let reports = Resource::new(
        move || (state(), before()),
        |(state, before)| load_queued_reports(state, before),
    );
    let tab = move |code: &'static str, shown: Option<ReportState>, label: String| {
        let current = (state() == shown).then_some("page");
        view! {
            <a href=lang.path(&format!("/admin/reports?state={code}")) aria-current=current>
                {label}
            </a>
        }
    };
    view! {
        <PageTitle text=t(lang, "admin-reports-title") />
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <h1>{t(lang, "admin-reports")}</h1>
            <nav class="report-states" aria-label=t(lang, "report-states")>
                {ReportState::ALL
                    .map(|shown| tab(shown.code(), Some(shown), state_name(lang, shown)))}
                {tab("any", None, t(lang, "report-state-any"))}
            </nav>
            <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-reports")}</p> }>
                {move || Suspend::new(async move {
                    match reports.await {
                        Ok(reports) => view! { <ReportTable reports state=state() /> }.into_any(),
                        Err(err) => view! { <AdminProblem error=err /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn ReportTable(reports: Vec<QueuedReport>, state: Option<ReportState>) -> impl IntoView {
    let lang = use_lang();
    if reports.is_empty() {
        return view! { <p>{t(lang, "reports-none")}</p> }.into_any();
    }
    let code = state.map_or("any", ReportState::code);
    let older = (reports.len() >= REPORT_QUEUE_PAGE).then(|| {
        let oldest = reports.last().map_or(0, |report| report.id);
        lang.path(&format!("/admin/reports?state={code}&before={oldest}"))
    });
    view! {
        <table class="admin-table reports">
            <thead>
                <tr>
                    <th scope="col">{t(lang, "column-report")}</th>
                    <th scope="col">{t(lang, "column-event")}</th>
                    <th scope="col">{t(lang, "column-reported")}</th>
                    <th scope="col">{t(lang, "column-state")}</th>
                </tr>
            </thead>
            <tbody>
                {reports
                    .into_iter()
                    .map(|report| {
                        let href = lang.path(&format!("/admin/reports/{}", report.reference));
                        view! {
                            <tr data-state=report.state.code()>
                                <td>
                                    <a href=href>{report.reference.to_string()}</a>
                                    <br />
                                    <time>{report.received_at.to_minute()}</time>
                                </td>
                                <td>
                                    <EventNamed report=report.clone() />
                                </td>
                                <td>
                                    <Reported report=report.clone() />
                                </td>
                                <td>{state_name(lang, report.state)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        {older.map(|href| view! { <a class="button" href=href>{t(lang, "older-reports")}</a> })}
    }
    .into_any()
}

/// The event a report is about, linked to its page.
#[component]
fn EventNamed(report: QueuedReport) -> impl IntoView {
    let lang = use_lang();
    let path = event_path(report.event_id, &report.event_title);
    view! {
        <a href=lang.path(&path) lang="en">
            {report.event_title}
        </a>
    }
}

/// What a reader reported: their words, their source and their address, all as text.
#[component]
fn Reported(report: QueuedReport) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="report__text">{report.what}</p>
        <dl class="changes">
            {report
                .source
                .map(|source| {
                    view! {
                        <dt>{t(lang, "report-source-label")}</dt>
                        <dd class="report__text">{source}</dd>
                    }
                })}
            {report
                .email
                .map(|email| {
                    view! {
                        <dt>{t(lang, "report-email-label")}</dt>
                        <dd>{email}</dd>
                    }
                })}
            <dt>{t(lang, "report-lang-label")}</dt>
            <dd>{report.lang.code()}</dd>
        </dl>
    }
}

fn state_name(lang: Lang, state: ReportState) -> String {
    t(lang, &format!("report-state-{}", state.code()))
}

/// `/admin/reports/{reference}`.
#[component]
pub fn AdminReportPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let reference = move || params.read().get("reference").unwrap_or_default();
    let report = Resource::new(reference, |reference| async move {
        let posted = posted::<AnswerPosted>().await;
        load_queued_report(reference)
            .await
            .map(|report| (report, posted))
    });
    let saved = query.read_untracked().get("saved").is_some();
    view! {
        <PageTitle text=t(lang, "admin-reports-title") />
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-reports")}</p> }>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok((Some(report), posted)) => {
                            view! { <OneReport report posted saved /> }.into_any()
                        }
                        Ok((None, _)) => view! { <NotFound /> }.into_any(),
                        Err(err) => view! { <AdminProblem error=err /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn OneReport(report: QueuedReport, posted: AnswerPosted, saved: bool) -> impl IntoView {
    let lang = use_lang();
    let reference = report.reference.to_string();
    let heading = t_with(
        lang,
        "report-answer-heading",
        &[("reference", reference.clone().into())],
    );
    let notice = if posted.conflict {
        Some(
            view! { <p class="form-error" role="alert">{t(lang, "report-answer-conflict")}</p> }
                .into_any(),
        )
    } else if saved {
        Some(
            view! { <p class="form-saved" role="status">{t(lang, "report-answer-saved")}</p> }
                .into_any(),
        )
    } else {
        None
    };
    let answered = report.answered_by.clone().map(|who| {
        let when = report
            .answered_at
            .map(Timestamp::to_minute)
            .unwrap_or_default();
        view! {
            <p>
                <strong>{state_name(lang, report.state)}</strong>
                " · "
                {t_with(lang, "report-answered", &[("who", who.into()), ("date", when.into())])}
            </p>
            <p class="report__text">{report.reply.clone().unwrap_or_default()}</p>
        }
    });
    let form = (report.state == ReportState::New || posted.conflict).then(|| {
        let problem = posted.problem.as_ref().map(|problem| problem_words(lang, problem));
        let invalid = problem.is_some().then_some("true");
        let action = lang.path(&format!("/admin/reports/{reference}"));
        let chosen = posted.form.decision.clone();
        let choice = move |value: &'static str, label: &'static str| {
            view! {
                <label class="form__choice">
                    <input type="radio" name="decision" value=value checked={chosen == value} />
                    {t(lang, label)}
                </label>
            }
        };
        view! {
            <form class="form" method="post" action=action>
                <fieldset>
                    <legend>{t(lang, "report-decision")}</legend>
                    {choice("accept", "report-accept")}
                    {choice("decline", "report-decline")}
                </fieldset>
                <label for="reply">{t(lang, "report-reply")}</label>
                <textarea id="reply" name="reply" rows="4" aria-invalid=invalid aria-describedby="reply-error">
                    {raw_text(posted.form.reply.clone())}
                </textarea>
                <p class="field-error" id="reply-error">{problem}</p>
                <button class="button" type="submit">{t(lang, "report-save-answer")}</button>
            </form>
        }
    });
    view! {
        <h1>{heading}</h1>
        {notice}
        <p>
            <time>{report.received_at.to_minute()}</time>
            " · "
            <EventNamed report=report.clone() />
        </p>
        <Reported report=report.clone() />
        {answered}
        {form}
    }
}
