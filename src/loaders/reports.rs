//! Reports' loaders: the event a reader reports on and a report's public status, for
//! readers; the queue and one report whole, for editors (who are checked, as every admin
//! loader checks them). And what a refused post hands the page that answers it.

use crate::fault::Fault;
use crate::model::{
    AnswerForm, EventId, EventLink, Lang, QueuedReport, ReportErrors, ReportForm, ReportProblem,
    ReportRefusal, ReportState, ReportStatus,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A report form sent back to the reader: what was typed, and why it was not taken.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportPosted {
    pub form: ReportForm,
    pub errors: ReportErrors,
    pub refusal: Option<ReportRefusal>,
}

/// An answer form sent back to the editor: what was typed, and its problem, or that another
/// editor answered first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerPosted {
    pub form: AnswerForm,
    pub problem: Option<ReportProblem>,
    pub conflict: bool,
}

/// The event a reader is reporting on, if readers may see it.
#[server(prefix = "/rpc", endpoint = "report-target")]
pub async fn load_report_target(id: EventId, lang: Lang) -> Result<Option<EventLink>, Fault> {
    use crate::loaders::readers::ssr::{hide, state};
    state()?.store.event_link(id, lang).await.map_err(hide)
}

/// A report as whoever holds its reference sees it.
#[server(prefix = "/rpc", endpoint = "report-status")]
pub async fn load_report_status(
    reference: String,
    lang: Lang,
) -> Result<Option<ReportStatus>, Fault> {
    use crate::loaders::readers::ssr::{hide, state};
    let Ok(reference) = reference.parse::<crate::model::Reference>() else {
        return Ok(None);
    };
    let state = state()?;
    let Some(report) = state.store.report(&reference).await.map_err(hide)? else {
        return Ok(None);
    };
    let event = (state.store)
        .event_link(report.event_id, lang)
        .await
        .map_err(hide)?;
    let corrected = match (&event, report.state) {
        (Some(_), ReportState::Accepted) => (state.store)
            .corrections_of(report.event_id)
            .await
            .map_err(hide)?
            .into_iter()
            .find(|correction| correction.at >= report.received_at),
        _ => None,
    };
    Ok(Some(ReportStatus {
        reference: report.reference,
        event,
        corrected,
        received: report.received_on,
        state: report.state,
        reply: report.reply,
        answered: report.answered_on,
    }))
}

/// A page of the editors' queue, newest first, in one state or any.
#[server(prefix = "/rpc", endpoint = "admin/reports")]
pub async fn load_queued_reports(
    state: Option<ReportState>,
    before: Option<i64>,
) -> Result<Vec<QueuedReport>, Fault> {
    use crate::loaders::readers::ssr::{hide, signed_in};
    let (app, _) = signed_in().await?;
    app.store.queued_reports(state, before).await.map_err(hide)
}

/// One report, whole, for an editor to answer.
#[server(prefix = "/rpc", endpoint = "admin/report")]
pub async fn load_queued_report(reference: String) -> Result<Option<QueuedReport>, Fault> {
    use crate::loaders::readers::ssr::{hide, signed_in};
    let (app, _) = signed_in().await?;
    let Ok(reference) = reference.parse::<crate::model::Reference>() else {
        return Ok(None);
    };
    app.store.report(&reference).await.map_err(hide)
}

/// How many reports no editor has answered, for the editors' navigation.
#[server(prefix = "/rpc", endpoint = "admin/new-reports")]
pub async fn new_reports_count() -> Result<i64, Fault> {
    use crate::loaders::readers::ssr::{hide, signed_in};
    let (app, _) = signed_in().await?;
    app.store.count_new_reports().await.map_err(hide)
}

/// A new ticket for the report form, saying it was shown now (see `server::abuse`).
pub fn fresh_ticket() -> String {
    #[cfg(feature = "ssr")]
    return crate::loaders::readers::ssr::state()
        .map(|state| state.ticket_key.ticket(state.store.clock().now()))
        .unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    String::new()
}
