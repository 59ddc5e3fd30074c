//! The import's posts: the file (`POST /admin/import`, a form's upload or the file itself
//! as the body), answered with its preview's address, and the confirmation
//! (`POST /admin/import/{id}`). Each checks the session itself before reading anything else.

use crate::fault::{Fault, Refusal};
use crate::i18n::{t, t_with};
use crate::loaders::editors::ImportAnswer;
use crate::model::{FileProblem, Lang, MAX_IMPORT_BYTES};
use crate::server::auth::editor_session::SignedIn;
use crate::server::http::error::AppError;
use crate::server::http::extract::Path;
use crate::server::http::render::render_page;
use crate::server::import::{self, ConfirmError};
use crate::server::middleware::language;
use crate::server::startup::AppState;
use crate::server::store::EditError;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

/// `POST /admin/import`.
pub(crate) async fn upload(
    signed_in: SignedIn,
    State(state): State<AppState>,
    request: Request,
) -> Response {
    let (parts, body) = request.into_parts();
    let lang = language::of_parts(&parts);
    let file = match uploaded(&state, parts.clone(), body).await {
        Ok(file) => file,
        Err(problem) => return refuse(&state, parts, problem).await,
    };
    if file.bytes.len() > MAX_IMPORT_BYTES {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    match import::stage(&state.store, signed_in.editor.id, &file.name, &file.bytes).await {
        Ok(Ok(id)) => Redirect::to(&lang.path(&format!("/admin/import/{id}"))).into_response(),
        Ok(Err(problem)) => refuse(&state, parts, problem).await,
        Err(err) => AppError::internal("reading an import", err).into_response(),
    }
}

/// The upload page again, saying why the file was not read: 422.
async fn refuse(state: &AppState, parts: Parts, problem: FileProblem) -> Response {
    let answer = ImportAnswer {
        problem: Some(problem),
        notice: None,
    };
    render_page(state, parts, answer, StatusCode::UNPROCESSABLE_ENTITY).await
}

struct Uploaded {
    name: String,
    bytes: Bytes,
}

/// The file: the `file` field of a form's upload, or the whole body of any other post.
async fn uploaded(state: &AppState, parts: Parts, body: Body) -> Result<Uploaded, FileProblem> {
    let multipart = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let unreadable = |err: String| FileProblem::Unreadable(err);
    if !multipart {
        // The body has arrived whole, within its limit, by now.
        let bytes = axum::body::to_bytes(body, usize::MAX)
            .await
            .map_err(|err| unreadable(err.to_string()))?;
        return Ok(Uploaded {
            name: String::new(),
            bytes,
        });
    }
    let mut form = Multipart::from_request(Request::from_parts(parts, body), state)
        .await
        .map_err(|err| unreadable(err.body_text()))?;
    while let Some(field) = form
        .next_field()
        .await
        .map_err(|err| unreadable(err.body_text()))?
    {
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or_default().to_owned();
        let bytes = field
            .bytes()
            .await
            .map_err(|err| unreadable(err.body_text()))?;
        // A form sent without choosing a file has the field, empty and nameless.
        return match name.is_empty() && bytes.is_empty() {
            true => Err(FileProblem::NoFile),
            false => Ok(Uploaded { name, bytes }),
        };
    }
    Err(FileProblem::NoFile)
}

/// `POST /admin/import/{id}`: writes the import, all or nothing.
pub(crate) async fn confirm(
    signed_in: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let lang = language::of_parts(&parts);
    let csrf = form_urlencoded::parse(&body)
        .find(|(name, _)| name == "csrf")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    let confirmed = import::confirm(
        &state.store,
        signed_in.editor.id,
        signed_in.editing(),
        &id,
        &csrf,
    )
    .await;
    let notice = match confirmed {
        Ok((created, updated)) => {
            let done = format!("/admin/import?created={created}&updated={updated}");
            return Redirect::to(&lang.path(&done)).into_response();
        }
        Err(ConfirmError::NotFound) => {
            return AppError::not_found(t(Lang::En, "import-gone")).into_response();
        }
        Err(ConfirmError::Forged) => {
            return AppError::from(Fault::Forbidden(Refusal::ForeignConfirmation)).into_response();
        }
        Err(ConfirmError::Refused(rows)) => {
            t_with(lang, "import-refused-now", &[("count", rows.into())])
        }
        Err(ConfirmError::Edit(EditError::Conflict { id, .. })) => {
            t_with(lang, "import-conflict", &[("id", id.to_string().into())])
        }
        Err(ConfirmError::Edit(EditError::Taken(id))) => {
            t_with(lang, "import-taken", &[("id", id.to_string().into())])
        }
        Err(ConfirmError::Edit(EditError::UnknownRelated(id))) => t_with(
            lang,
            "import-unknown-related",
            &[("id", id.to_string().into())],
        ),
        Err(ConfirmError::Edit(err)) => return AppError::from(err).into_response(),
    };
    // The preview again, as it stands now, with what stopped the import.
    let answer = ImportAnswer {
        problem: None,
        notice: Some(notice),
    };
    render_page(&state, parts, answer, StatusCode::CONFLICT).await
}
