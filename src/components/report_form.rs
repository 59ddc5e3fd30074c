//! The form a reader reports an error with: under every event (folded in a `<details>`)
//! and on its own page, where a refused report comes back with what was typed. A plain post:
//! no script, no account.

use super::raw_text;
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::reports::{ReportPosted, fresh_ticket};
use crate::model::{
    Lang, MAX_EMAIL_CHARS, MAX_REPORT_CHARS, MAX_REPORT_SOURCE_CHARS, ReportField, ReportProblem,
    ReportRefusal, TRAP_FIELD,
};
use leptos::prelude::*;

/// The report form for the event at `event_path` (without its language), holding what was
/// posted, if anything.
#[component]
pub fn ErrorReportForm(event_path: String, posted: ReportPosted) -> impl IntoView {
    let lang = use_lang();
    let action = lang.path(&format!("{event_path}/report"));
    let refusal = posted.refusal.map(|refusal| {
        view! {
            <p class="form-error" role="alert">
                {refusal_words(lang, refusal)}
            </p>
        }
    });
    let field = |field: ReportField, value: String| {
        let name = field.name();
        let id = format!("report-{name}");
        let error_id = format!("{id}-error");
        let problem = posted
            .errors
            .get(field)
            .map(|problem| problem_words(lang, problem));
        let invalid = problem.is_some().then_some("true");
        let label = t(lang, &format!("report-{name}"));
        let hint_id = format!("{id}-hint");
        let hint = match field {
            ReportField::Email => Some(t(lang, "report-email-hint")),
            ReportField::Source => Some(t(lang, "report-source-hint")),
            ReportField::What => None,
        };
        let described = match hint {
            Some(_) => format!("{hint_id} {error_id}"),
            None => error_id.clone(),
        };
        let control = match field {
            ReportField::What => view! {
                <textarea
                    id=id.clone()
                    name=name
                    rows="5"
                    maxlength=MAX_REPORT_CHARS
                    required
                    aria-invalid=invalid
                    aria-describedby=described
                >
                    {raw_text(value)}
                </textarea>
            }
            .into_any(),
            ReportField::Source => view! {
                <input
                    id=id.clone()
                    name=name
                    maxlength=MAX_REPORT_SOURCE_CHARS
                    aria-invalid=invalid
                    aria-describedby=described
                    value=value
                />
            }
            .into_any(),
            ReportField::Email => view! {
                <input
                    id=id.clone()
                    name=name
                    type="email"
                    autocomplete="email"
                    maxlength=MAX_EMAIL_CHARS
                    aria-invalid=invalid
                    aria-describedby=described
                    value=value
                />
            }
            .into_any(),
        };
        view! {
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="field-hint" id=hint_id>{hint}</p> })}
            {control}
            <p class="field-error" id=error_id>
                {problem}
            </p>
        }
    };
    let form = posted.form;
    view! {
        // `novalidate`: the server's messages, in the page's language, are the ones shown.
        <form class="form report-form" method="post" action=action novalidate>
            {refusal}
            <p class="field-hint">{t(lang, "report-intro")}</p>
            {field(ReportField::What, form.what)}
            {field(ReportField::Source, form.source)}
            {field(ReportField::Email, form.email)}
            // Hidden from people and their assistive technology alike, by the stylesheet;
            // programs that fill in every field fill it.
            <div class="report-form__trap">
                <label for="report-website">{t(lang, "report-trap")}</label>
                <input id="report-website" name=TRAP_FIELD tabindex="-1" autocomplete="off" />
            </div>
            <input type="hidden" name="ticket" value=fresh_ticket() />
            <button class="button" type="submit">
                {t(lang, "report-send")}
            </button>
        </form>
    }
}

fn refusal_words(lang: Lang, refusal: ReportRefusal) -> String {
    match refusal {
        ReportRefusal::TooSoon => t(lang, "report-refused-too-soon"),
        ReportRefusal::Trap => t(lang, "report-refused-trap"),
        ReportRefusal::Paused { minutes } => t_with(
            lang,
            "report-refused-paused",
            &[("minutes", minutes.into())],
        ),
    }
}

/// A problem with a report's field, or an answer's, in `lang`.
pub fn problem_words(lang: Lang, problem: &ReportProblem) -> String {
    match problem {
        ReportProblem::Required => t(lang, "report-problem-required"),
        ReportProblem::TooLong { max } => {
            t_with(lang, "report-problem-too-long", &[("max", (*max).into())])
        }
        ReportProblem::HiddenCharacter => t(lang, "report-problem-hidden"),
        ReportProblem::NotAnEmail => t(lang, "report-problem-email"),
    }
}
