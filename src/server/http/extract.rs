//! The extractors handlers use, whose refusals answer through the one error type (JSON under
//! `/api`, a page of the site elsewhere, in the caller's language) rather than axum's plain
//! text.

use crate::server::http::error::AppError;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// A form body, as `axum::Form` reads it.
pub(crate) struct Form<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Form<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        match axum::Form::<T>::from_request(request, state).await {
            Ok(axum::Form(value)) => Ok(Form(value)),
            Err(rejection) => Err(AppError::bad_request(format!(
                "The form could not be read: {}",
                rejection.body_text()
            ))),
        }
    }
}

/// The parameters of the path, as `axum::extract::Path` reads them.
pub(crate) struct Path<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Path<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Path(value)),
            Err(rejection) => Err(AppError::bad_request(format!(
                "The address could not be read: {}",
                rejection.body_text()
            ))),
        }
    }
}
