//! Signing in and out: the `/login` and `/logout` form posts.

use crate::i18n::{t, t_with};
use crate::model::AuditAction;
use crate::pages::{SignInForm, admin_destination};
use crate::server::auth::accounts::{self, Editor, Verdict};
use crate::server::auth::devices;
use crate::server::auth::editor_session::{client_address, editor_of};
use crate::server::auth::sessions;
use crate::server::auth::throttle::{self, Throttle};
use crate::server::http::error::AppError;
use crate::server::http::extract::Form;
use crate::server::http::render::render_page;
use crate::server::middleware::language;
use crate::server::startup::AppState;
use crate::server::store::{Record, StoreError, UNKNOWN_ACCOUNT};
use axum::extract::State;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::json;
use tokio::sync::Semaphore;

static SIGN_IN_TURNS: Semaphore = Semaphore::const_new(2);

/// How a sign-in attempt ends.
enum Attempt {
    SignedIn(Editor),
    /// Too many recent failures: try again in this many seconds.
    Paused(i64),
    Refused,
}

#[derive(Deserialize)]
pub(crate) struct Credentials {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// `POST /login`.
pub(crate) async fn sign_in(
    State(state): State<AppState>,
    parts: Parts,
    Form(credentials): Form<Credentials>,
) -> Response {
    match try_sign_in(&state, &parts, credentials).await {
        Ok(response) => response,
        Err(err) => AppError::internal("signing in", err).into_response(),
    }
}

async fn try_sign_in(
    state: &AppState,
    parts: &Parts,
    credentials: Credentials,
) -> anyhow::Result<Response> {
    let store = &state.store;
    let address = client_address(state, parts);
    let lang = language::of_parts(parts);
    // Usernames are short; a longer one cannot exist, and is not worth storing.
    let username: String = credentials
        .username
        .trim()
        .chars()
        .take(accounts::MAX_USERNAME_CHARS)
        .collect();
    let refuse = |message: String, status: StatusCode| {
        let form = SignInForm {
            username: username.clone(),
            next: credentials.next.clone(),
            message: Some(message),
        };
        render_page(state, parts.clone(), form, status)
    };

    let attempt = {
        // Checking a password takes ~19 MiB and tens of milliseconds of CPU. Two checks at a
        // time bound both, and since the pause is read and a failure counted within a turn,
        // a burst of parallel guesses gets at most one or two past the limit.
        let _turn = SIGN_IN_TURNS.acquire().await?;
        let throttle = if devices::is_known(store, &parts.headers, &username).await? {
            Throttle::AddressOnly
        } else {
            Throttle::AccountAndAddress
        };
        match throttle::sign_in_pause(store, &username, &address, throttle).await? {
            Some(seconds) => Attempt::Paused(seconds),
            None => {
                match accounts::check_credentials(store, &username, &credentials.password).await? {
                    Verdict::Valid(editor) => Attempt::SignedIn(editor),
                    refused => {
                        // A name that is no account is kept as its digest only: it may be a
                        // mistyped password.
                        let failure = match &refused {
                            Verdict::WrongPassword(name) => {
                                Record::account(AuditAction::SignInFailed, name, &address)
                            }
                            _ => Record {
                                after: Some(json!({ "name": throttle::name_digest(&username) })),
                                ..Record::account(
                                    AuditAction::SignInFailed,
                                    UNKNOWN_ACCOUNT,
                                    &address,
                                )
                            },
                        };
                        store.record(failure).await?;
                        Attempt::Refused
                    }
                }
            }
        }
    };
    let editor = match attempt {
        Attempt::SignedIn(editor) => editor,
        Attempt::Paused(seconds) => {
            let minutes = u64::try_from((seconds + 59) / 60).unwrap_or(1);
            let mut response = refuse(
                t_with(lang, "sign-in-paused", &[("minutes", minutes.into())]),
                StatusCode::TOO_MANY_REQUESTS,
            )
            .await;
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            return Ok(response);
        }
        // One message for any refused sign-in, so it says nothing about which part was wrong.
        Attempt::Refused => {
            let refused = t(lang, "sign-in-refused");
            return Ok(refuse(refused, StatusCode::UNAUTHORIZED).await);
        }
    };

    // A new session id at every sign-in: an id planted before sign-in is worth nothing.
    if let Some(old) = sessions::token_in(&parts.headers, state.https) {
        sessions::end(store, old).await?;
    }
    let token = sessions::start(store, &editor).await?;
    store
        .record(Record::account(
            AuditAction::SignIn,
            &editor.username,
            &address,
        ))
        .await?;
    let device = devices::remember(store, &parts.headers, &editor, state.https).await?;
    let destination = admin_destination(&credentials.next, lang);
    let mut response = Redirect::to(&destination).into_response();
    let headers = response.headers_mut();
    headers.append(header::SET_COOKIE, sessions::cookie(&token, state.https));
    headers.append(header::SET_COOKIE, device);
    Ok(response)
}

/// `POST /logout`: ends the session on the server, not just in the browser.
pub(crate) async fn sign_out(State(state): State<AppState>, parts: Parts) -> Response {
    let store = &state.store;
    let ended = async {
        if let Some(editor) = editor_of(&state, &parts).await? {
            store
                .record(Record::account(
                    AuditAction::SignOut,
                    &editor.username,
                    &client_address(&state, &parts),
                ))
                .await?;
        }
        if let Some(token) = sessions::token_in(&parts.headers, state.https) {
            sessions::end(store, token).await?;
        }
        Ok::<(), StoreError>(())
    };
    if let Err(err) = ended.await {
        return AppError::internal("signing out", err).into_response();
    }
    let mut response = Redirect::to(&language::of_parts(&parts).path("/login")).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, sessions::expired_cookie(state.https));
    response
}
