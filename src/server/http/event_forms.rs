//! The event form's posts: save (create or edit), preview, add or remove a source row, retire
//! and restore, and bring back an earlier revision. Each checks the session itself before
//! reading anything else.

use crate::i18n::t_with;
use crate::loaders::editors::{EventFormState, FormAndPreview, RestoreNotice};
use crate::model::{
    ChangeNote, EventDraft, EventForm, EventId, FormAction, FormErrors, FormField, FormProblem,
    Lang, PreviewPage, RevisionNumber,
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
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let (mut form, action) =
        EventForm::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    let post = match FormPost::of(state, parts, id, &mut form).await {
        Ok(post) => post,
        Err(answer) => return answer,
    };
    // Adding or removing a source or a position: the form comes back changed, unchecked.
    if !matches!(action, FormAction::Save | FormAction::Preview) {
        form.apply(action);
        return post
            .again(form, FormErrors::default(), StatusCode::OK)
            .await;
    }
    let draft = match form.validate() {
        Ok(draft) => draft,
        Err(errors) => {
            return post
                .again(form, errors, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
    };
    if action == FormAction::Preview {
        post.preview(form, &draft).await
    } else {
        post.save(signed_in, form, &draft).await
    }
}

/// A post of the event form, with what its answer shows of the event as stored.
struct FormPost {
    state: AppState,
    parts: Parts,
    /// The editor's language, from the address the form was posted to (`/ko/admin/…`).
    lang: Lang,
    /// `None` for a new event.
    id: Option<EventId>,
    retired: bool,
    path: Option<String>,
    outdated: Vec<Lang>,
}

impl FormPost {
    /// Reads the event the form was posted for, and keeps in the form its translations the
    /// post did not carry and its actors' order; `Err` is the answer when there is no such
    /// event.
    async fn of(
        state: AppState,
        parts: Parts,
        id: Option<EventId>,
        form: &mut EventForm,
    ) -> Result<Self, Response> {
        let (retired, path, outdated) = match id {
            Some(id) => match state.store.editable_event(id).await {
                Ok(Some(editable)) => {
                    form.keep_unposted_translations(&editable.translations);
                    form.keep_actor_order(&editable.event.actors);
                    (
                        editable.retired,
                        Some(editable.event.path()),
                        editable.outdated,
                    )
                }
                Ok(None) => return Err(no_such_event(id)),
                Err(err) => return Err(AppError::from(err).into_response()),
            },
            None => {
                form.keep_unposted_translations(&[]);
                (false, None, Vec::new())
            }
        };
        Ok(Self {
            lang: language::of_parts(&parts),
            state,
            parts,
            id,
            retired,
            path,
            outdated,
        })
    }

    /// The event as readers of each language would see it, beside the form. Everything
    /// typed comes back, the version too, so that a save after it still notices someone
    /// else's save in between.
    async fn preview(self, form: EventForm, draft: &EventDraft) -> Response {
        match preview::pages(&self.state.store, self.id, draft).await {
            Ok(pages) => {
                let errors = FormErrors::default();
                self.answer(form, errors, None, Some(pages), StatusCode::OK)
                    .await
            }
            Err(EditError::UnknownRelated(other)) => self.unknown_related(form, other).await,
            Err(err) => AppError::from(err).into_response(),
        }
    }

    /// Saves the draft and goes to the saved form, or answers with the form as typed.
    async fn save(self, signed_in: SignedIn, form: EventForm, draft: &EventDraft) -> Response {
        // A new event corrects nothing: its first revision is never a correction (the new
        // event's form has no box to tick; one posted anyway is ignored).
        let note = match self.id {
            Some(_) => draft.note.clone(),
            None => draft.note.clone().map(ChangeNote::plain),
        };
        let by = signed_in.editing().with_note(note.as_ref());
        let store = &self.state.store;
        let saved = match self.id {
            Some(id) => store
                .update_event(id, form.version.parse().ok(), draft, by)
                .await
                .map(|()| id),
            None => store.create_event(draft, by).await,
        };
        match saved {
            Ok(id) => {
                let saved = self.lang.path(&format!("/admin/events/{id}?saved=1"));
                Redirect::to(&saved).into_response()
            }
            Err(EditError::UnknownRelated(other)) => self.unknown_related(form, other).await,
            Err(EditError::Conflict { id, current }) => {
                // Nothing typed is lost: the form comes back as it was, now based on the
                // current version, so saving again is a knowing choice.
                let notice = t_with(self.lang, "save-conflict", &[("id", id.to_string().into())]);
                let form = EventForm {
                    version: current.to_string(),
                    ..form
                };
                let errors = FormErrors::default();
                self.answer(form, errors, Some(notice), None, StatusCode::CONFLICT)
                    .await
            }
            Err(err) => AppError::from(err).into_response(),
        }
    }

    /// The form again, with what is wrong with it.
    async fn again(self, form: EventForm, errors: FormErrors, status: StatusCode) -> Response {
        self.answer(form, errors, None, None, status).await
    }

    /// The form again: a related event that does not exist.
    async fn unknown_related(self, form: EventForm, other: EventId) -> Response {
        let errors = FormErrors(vec![(
            FormField::Related,
            FormProblem::UnknownRelated(other),
        )]);
        self.again(form, errors, StatusCode::UNPROCESSABLE_ENTITY)
            .await
    }

    /// The form's page, with a notice and a preview if there are any.
    async fn answer(
        self,
        form: EventForm,
        errors: FormErrors,
        notice: Option<String>,
        preview: Option<Vec<PreviewPage>>,
        status: StatusCode,
    ) -> Response {
        let form = EventFormState {
            id: self.id,
            form,
            errors,
            retired: self.retired,
            path: self.path,
            notice,
            outdated: self.outdated,
        };
        let page = FormAndPreview { form, preview };
        render_page(&self.state, self.parts, Some(page), status).await
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
