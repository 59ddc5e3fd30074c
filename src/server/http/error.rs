//! One error type at the HTTP edge.
//!
//! A handler or middleware that cannot answer returns an `AppError`. Turned into a response,
//! it leaves a `Fault` on the response: what the caller may be told, and for a fault of ours
//! its cause. `middleware::faults` then logs the cause once (inside the request's span, which
//! carries its id) and writes the rest out in the caller's kind: JSON under `/api`, a page
//! of the site elsewhere.

use crate::model::{FilterError, FilterErrors};
use crate::server::store::{EditError, StoreError};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub(crate) enum AppError {
    /// The request asks for something that cannot be: 400, with each problem.
    #[error("{message}")]
    BadRequest {
        message: String,
        problems: Vec<FilterError>,
    },
    /// A write without a session.
    #[error("{0}")]
    Unauthorized(String),
    /// A write that the browser says came from another site.
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    /// It existed and has been withdrawn.
    #[error("{0}")]
    Gone(String),
    /// The address does not take this method (a form posted to a page, say).
    #[error("This address does not take a {0} request.")]
    MethodNotAllowed(String),
    /// The address cannot answer in the form asked for (oEmbed's XML).
    #[error("{0}")]
    NotImplemented(String),
    /// The request's body did not arrive in time.
    #[error("the request's body took too long to arrive")]
    TooSlow,
    /// A fault of ours. The cause is logged; the caller learns only that it happened.
    #[error("{doing} failed: {cause:#}")]
    Internal {
        /// What the server was doing, in a few words ("saving an event").
        doing: &'static str,
        cause: anyhow::Error,
    },
}

/// What a caller is told about a failed request; `middleware::faults` writes it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Fault {
    pub status: StatusCode,
    pub message: String,
    pub problems: Vec<FilterError>,
    /// What went wrong on our side, for the log alone.
    pub cause: Option<String>,
}

/// What a reader is told of a server fault: never its cause.
pub(crate) const INTERNAL_MESSAGE: &str =
    "Something went wrong on our side, and nothing was changed. Please try again in a moment.";

impl AppError {
    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        AppError::BadRequest {
            message: message.into(),
            problems: Vec::new(),
        }
    }

    /// A server fault while `doing` something.
    pub(crate) fn internal(doing: &'static str, cause: impl Into<anyhow::Error>) -> Self {
        AppError::Internal {
            doing,
            cause: cause.into(),
        }
    }

    fn fault(self) -> Fault {
        let mut cause = None;
        let (status, message, problems) = match self {
            AppError::BadRequest { message, problems } => {
                (StatusCode::BAD_REQUEST, message, problems)
            }
            AppError::Unauthorized(message) => (StatusCode::UNAUTHORIZED, message, Vec::new()),
            AppError::Forbidden(message) => (StatusCode::FORBIDDEN, message, Vec::new()),
            AppError::NotFound(message) => (StatusCode::NOT_FOUND, message, Vec::new()),
            AppError::Gone(message) => (StatusCode::GONE, message, Vec::new()),
            AppError::MethodNotAllowed(_) => {
                (StatusCode::METHOD_NOT_ALLOWED, self.to_string(), Vec::new())
            }
            AppError::NotImplemented(message) => (StatusCode::NOT_IMPLEMENTED, message, Vec::new()),
            AppError::TooSlow => (StatusCode::REQUEST_TIMEOUT, self.to_string(), Vec::new()),
            AppError::Internal {
                doing,
                cause: error,
            } => {
                cause = Some(format!("{doing} failed: {error:#}"));
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    INTERNAL_MESSAGE.to_owned(),
                    Vec::new(),
                )
            }
        };
        Fault {
            status,
            message,
            problems,
            cause,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let fault = self.fault();
        let mut response = fault.status.into_response();
        response.extensions_mut().insert(fault);
        response
    }
}

/// A view's filter that cannot be: 400, with each problem.
impl From<FilterErrors> for AppError {
    fn from(errors: FilterErrors) -> Self {
        AppError::BadRequest {
            message: errors.to_string(),
            problems: errors.0,
        }
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
            EditError::NotFound(id) => AppError::NotFound(format!("There is no event {id}.")),
            err => AppError::internal("saving an event", err),
        }
    }
}
