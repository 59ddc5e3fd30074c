//! The event form's posts: save (create or edit), preview, add or remove a source row, retire
//! and restore, and bring back an earlier revision. Each checks the session itself before
//! reading anything else.

use crate::i18n::t_with;
use crate::loaders::editors::{EventFormState, FormAndPreview, RestoreNotice};
use crate::model::{
    ChangeNote, EventForm, EventId, FormAction, FormErrors, FormField, FormProblem, Lang,
    PreviewPage, RevisionNumber,
};
use crate::server::auth::editor_session::SignedIn;
use crate::server::http::error::AppError;
use crate::server::http::extract::Path;
use crate::server::http::render::render_page;
use crate::server::middleware::language;
use crate::server::startup::AppState;
use crate::server::store::EditError;
use crate::server::{history, preview};
use axum::body::Bytes;
use axum::extract::{Extension, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};

/// `POST /admin/events/new` and `POST /admin/events/{id}`: a save, or with `action=preview`
/// the same checks and the form back with the event as readers would see it, nothing saved.
pub(crate) async fn save_event(
    signed_in: SignedIn,
    State(state): State<AppState>,
    Path(key): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let id = match key.as_str() {
        "new" => None,
        other => match other.parse::<EventId>() {
            Ok(id) => Some(id),
            Err(_) => return no_such_event(other),
        },
    };
    // The editor's language, from the address the form was posted to (`/ko/admin/…`).
    let lang = language::of_parts(&parts);
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let (mut form, action) =
        EventForm::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    let (retired, path, outdated) = match id {
        Some(id) => match state.store.editable_event(id).await {
            Ok(Some(editable)) => {
                form.keep_unposted_translations(&editable.translations);
                (
                    editable.retired,
                    Some(editable.event.path()),
                    editable.outdated,
                )
            }
            Ok(None) => return no_such_event(id),
            Err(err) => return AppError::from(err).into_response(),
        },
        None => {
            form.keep_unposted_translations(&[]);
            (false, None, Vec::new())
        }
    };
    let answer = |form: EventForm,
                  errors: FormErrors,
                  notice: Option<String>,
                  preview: Option<Vec<PreviewPage>>,
                  status| {
        let form = EventFormState {
            id,
            form,
            errors,
            retired,
            path: path.clone(),
            notice,
            outdated: outdated.clone(),
        };
        render_page(
            &state,
            parts.clone(),
            Some(FormAndPreview { form, preview }),
            status,
        )
    };
    let again = |form: EventForm,
                 errors: FormErrors,
                 notice: Option<String>,
                 status: StatusCode| { answer(form, errors, notice, None, status) };
    let unknown_related = |other| {
        FormErrors(vec![(
            FormField::Related,
            FormProblem::UnknownRelated(other),
        )])
    };

    if !matches!(action, FormAction::Save | FormAction::Preview) {
        form.apply(action);
        return again(form, FormErrors::default(), None, StatusCode::OK).await;
    }
    let draft = match form.validate() {
        Ok(draft) => draft,
        Err(errors) => {
            return again(form, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    if action == FormAction::Preview {
        // Everything typed comes back, the version too, so that a save after it still
        // notices someone else's save in between.
        return match preview::pages(&state.store, id, &draft).await {
            Ok(pages) => {
                let errors = FormErrors::default();
                answer(form, errors, None, Some(pages), StatusCode::OK).await
            }
            Err(EditError::UnknownRelated(other)) => {
                let errors = unknown_related(other);
                again(form, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
            }
            Err(err) => AppError::from(err).into_response(),
        };
    }
    // A new event corrects nothing: its first revision is never a correction (the new
    // event's form has no box to tick; one posted anyway is ignored).
    let note = match id {
        Some(_) => draft.note.clone(),
        None => draft.note.clone().map(ChangeNote::plain),
    };
    let by = signed_in.editing().with_note(note.as_ref());
    let saved = match id {
        Some(id) => (state.store)
            .update_event(id, form.version.parse().ok(), &draft, by)
            .await
            .map(|()| id),
        None => state.store.create_event(&draft, by).await,
    };
    match saved {
        Ok(id) => Redirect::to(&lang.path(&format!("/admin/events/{id}?saved=1"))).into_response(),
        Err(EditError::UnknownRelated(other)) => {
            let errors = unknown_related(other);
            again(form, errors, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(EditError::Conflict { id, current }) => {
            // Nothing typed is lost: the form comes back as it was, now based on the
            // current version, so saving again is a knowing choice.
            let notice = t_with(lang, "save-conflict", &[("id", id.to_string().into())]);
            let form = EventForm {
                version: current.to_string(),
                ..form
            };
            again(
                form,
                FormErrors::default(),
                Some(notice),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(err) => AppError::from(err).into_response(),
    }
}

/// `POST /admin/events/{id}/retire`.
pub(crate) async fn retire_event(
    signed_in: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Extension(lang): Extension<Lang>,
) -> Response {
    set_retired(signed_in, state, &id, true, lang).await
}

/// `POST /admin/events/{id}/restore`.
pub(crate) async fn restore_event(
    signed_in: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
    Extension(lang): Extension<Lang>,
) -> Response {
    set_retired(signed_in, state, &id, false, lang).await
}

/// Retires or restores the event at `key`, the id in the address, and returns to its form
/// in the editor's language.
async fn set_retired(
    signed_in: SignedIn,
    state: AppState,
    key: &str,
    retired: bool,
    lang: Lang,
) -> Response {
    let Ok(id) = key.parse::<EventId>() else {
        return no_such_event(key);
    };
    let by = signed_in.editing();
    match state.store.set_retired(id, retired, by).await {
        Ok(()) => {
            let saved = if retired { "retired" } else { "restored" };
            Redirect::to(&lang.path(&format!("/admin/events/{id}?saved={saved}"))).into_response()
        }
        Err(err) => AppError::from(err).into_response(),
    }
}

/// `POST /admin/events/{id}/revisions`: brings back revision `revision` as a new revision,
/// if the event is still at `version`. The old content goes through the form's rules as any
/// save does; a problem answers 422, someone else's save in between 409, each with the list
/// of revisions again and a sentence saying what happened.
pub(crate) async fn restore_revision(
    signed_in: SignedIn,
    State(state): State<AppState>,
    Path(key): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let Ok(id) = key.parse::<EventId>() else {
        return no_such_event(&key);
    };
    let lang = language::of_parts(&parts);
    let field = |name: &str| {
        form_urlencoded::parse(&body)
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
            .unwrap_or_default()
    };
    let Ok(number) = field("revision").parse::<RevisionNumber>() else {
        return AppError::not_found(format!("There is no such revision of event {id}."))
            .into_response();
    };
    let revisions = match state.store.revisions(id).await {
        Ok(revisions) => revisions,
        Err(err) => return AppError::from(err).into_response(),
    };
    let Some(revision) = revisions.iter().find(|r| r.number == number) else {
        return AppError::not_found(format!("There is no revision {number} of event {id}."))
            .into_response();
    };
    let answer = |notice: String, status| {
        render_page(&state, parts.clone(), RestoreNotice(Some(notice)), status)
    };
    // Bringing back a revision is never a correction: the change it undoes was one, if any.
    let form = EventForm {
        version: field("version"),
        note: field("note"),
        correction: false,
        ..history::form_of(revision)
    };
    let draft = match form.validate() {
        Ok(draft) => draft,
        Err(errors) => {
            let notice = t_with(
                lang,
                "restore-invalid",
                &[
                    ("number", number.get().into()),
                    ("count", errors.0.len().into()),
                ],
            );
            return answer(notice, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let by = signed_in
        .editing()
        .with_note(draft.note.as_ref())
        .restoring(number);
    match (state.store)
        .update_event(id, form.version.parse().ok(), &draft, by)
        .await
    {
        Ok(()) => {
            Redirect::to(&lang.path(&format!("/admin/events/{id}/revisions?restored={number}")))
                .into_response()
        }
        Err(EditError::Conflict { id, .. }) => {
            let notice = t_with(lang, "restore-conflict", &[("id", id.to_string().into())]);
            answer(notice, StatusCode::CONFLICT).await
        }
        Err(EditError::UnknownRelated(other)) => {
            let notice = t_with(
                lang,
                "restore-unknown-related",
                &[
                    ("number", number.get().into()),
                    ("id", other.to_string().into()),
                ],
            );
            answer(notice, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(err) => AppError::from(err).into_response(),
    }
}

fn no_such_event(id: impl std::fmt::Display) -> Response {
    AppError::not_found(format!("There is no event {id}.")).into_response()
}
