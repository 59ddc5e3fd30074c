//! One error type at the HTTP edge.
//!
//! A handler or middleware that cannot answer returns an `AppError`: the `Fault` the caller
//! is told and, for a fault of ours, its cause. Turned into a response, it leaves a `Failed`
//! on the response; a loader that meets a fault of ours while a page renders hands its
//! cause to the request's `Causes`. `middleware::faults` then logs each cause once (inside the
//! request's span, which carries its id) and writes the fault out in the caller's kind:
//! JSON under `/api`, a page of the site elsewhere. Nothing here logs.

use crate::fault::Fault;
use crate::model::{FilterError, FilterErrors};
use crate::server::store::{EditError, StoreError};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::sync::{Arc, Mutex};

#[derive(Debug, thiserror::Error)]
pub(crate) enum AppError {
    /// The request cannot be answered as asked; the caller is told why, and nothing is
    /// logged.
    #[error("{0}")]
    Refused(Fault),
    /// A fault of ours. The cause is logged; the caller learns only that it happened.
    #[error("{doing} failed: {cause:#}")]
    Ours {
        /// What the server was doing, in a few words ("saving an event").
        doing: &'static str,
        cause: anyhow::Error,
    },
}

/// What a failed response carries to `middleware::faults`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Failed {
    pub fault: Fault,
    /// What went wrong on our side, for the log alone.
    pub cause: Option<String>,
}

impl AppError {
    /// A 400 whose account names no parameter.
    pub(crate) fn bad_request(account: impl Into<String>) -> Self {
        Self::bad_request_with(account, Vec::new())
    }

    /// A 400 with each parameter that is wrong.
    pub(crate) fn bad_request_with(account: impl Into<String>, problems: Vec<FilterError>) -> Self {
        AppError::Refused(Fault::BadRequest {
            account: account.into(),
            problems,
        })
    }

    pub(crate) fn not_found(account: impl Into<String>) -> Self {
        AppError::Refused(Fault::NotFound(account.into()))
    }

    pub(crate) fn gone(account: impl Into<String>) -> Self {
        AppError::Refused(Fault::Gone(account.into()))
    }

    /// A server fault while `doing` something.
    pub(crate) fn internal(doing: &'static str, cause: impl Into<anyhow::Error>) -> Self {
        AppError::Ours {
            doing,
            cause: cause.into(),
        }
    }
}

impl From<Fault> for AppError {
    fn from(fault: Fault) -> Self {
        AppError::Refused(fault)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let failed = match self {
            AppError::Refused(fault) => Failed { fault, cause: None },
            ours @ AppError::Ours { .. } => Failed {
                fault: Fault::Ours,
                cause: Some(ours.to_string()),
            },
        };
        let status = StatusCode::from_u16(failed.fault.status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = status.into_response();
        response.extensions_mut().insert(failed);
        response
    }
}

/// A view's filter that cannot be: 400, with each problem.
impl From<FilterErrors> for AppError {
    fn from(errors: FilterErrors) -> Self {
        AppError::bad_request_with(errors.to_string(), errors.0)
    }
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        AppError::internal("reading the timeline", err)
    }
}

impl From<EditError> for AppError {
    fn from(err: EditError) -> Self {
        match err {
            EditError::NotFound(id) => AppError::not_found(format!("There is no event {id}.")),
            err => AppError::internal("saving an event", err),
        }
    }
}

/// The causes of faults of ours met while a page rendered, which the loaders that met them
/// cannot put on the response. `middleware::faults` gives each request one and logs what
/// it holds once the answer is made.
#[derive(Clone, Debug, Default)]
pub(crate) struct Causes(Arc<Mutex<Vec<String>>>);

impl Causes {
    /// Keeps `cause` for the request's fault layer, when there is one to keep it for.
    pub(crate) fn note(causes: Option<&Causes>, cause: String) {
        match causes {
            Some(causes) => causes.keep(cause),
            // Rendered outside the router's layers, so no layer would log it.
            None => tracing::error!(error = %cause, "a page could not be loaded"),
        }
    }

    pub(crate) fn keep(&self, cause: String) {
        self.lock().push(cause);
    }

    /// What was kept, leaving none.
    pub(crate) fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.lock())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<String>> {
        // A list of strings cannot be left half-written by a panic.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
