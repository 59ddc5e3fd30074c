//! Signing in and out: the `/login` and `/logout` form posts.

use crate::i18n::{t, t_with};
use crate::model::{AuditAction, Lang};
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
use crate::server::store::{Record, Store, StoreError, StoreResult, UNKNOWN_ACCOUNT};
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

/// The attempt, made under a turn; then the form again saying why not, or a new session.
async fn try_sign_in(
    state: &AppState,
    parts: &Parts,
    credentials: Credentials,
) -> anyhow::Result<Response> {
    let username = kept_username(&credentials.username);
    let address = client_address(state, parts);
    let refusal = Refusal {
        state,
        parts,
        username: &username,
        next: &credentials.next,
    };
    let password = &credentials.password;
    let editor = match attempt(&state.store, parts, &username, password, &address).await? {
        Attempt::SignedIn(editor) => editor,
        Attempt::Paused(seconds) => return Ok(refusal.paused(seconds).await),
        Attempt::Refused => return Ok(refusal.refused().await),
    };
    start_session(state, parts, &editor, &address, &credentials.next).await
}

/// The username as typed, as far as it is kept: usernames are short; a longer one cannot
/// exist, and is not worth storing.
fn kept_username(typed: &str) -> String {
    typed
        .trim()
        .chars()
        .take(accounts::MAX_USERNAME_CHARS)
        .collect()
}

/// Tries the credentials, unless this account or address must pause, and records a
/// failure.
async fn attempt(
    store: &Store,
    parts: &Parts,
    username: &str,
    password: &str,
    address: &str,
) -> anyhow::Result<Attempt> {
    // Checking a password takes ~19 MiB and tens of milliseconds of CPU. Two checks at a
    // time bound both, and since the pause is read and a failure counted within a turn,
    // a burst of parallel guesses gets at most one or two past the limit.
    let _turn = SIGN_IN_TURNS.acquire().await?;
    // An editor's own browser is not locked out by a stranger's guesses at their name.
    let throttle = if devices::is_known(store, &parts.headers, username).await? {
        Throttle::AddressOnly
    } else {
        Throttle::AccountAndAddress
    };
    if let Some(seconds) = throttle::sign_in_pause(store, username, address, throttle).await? {
        return Ok(Attempt::Paused(seconds));
    }
    let account = match accounts::check_credentials(store, username, password).await? {
        Verdict::Valid(editor) => return Ok(Attempt::SignedIn(editor)),
        Verdict::WrongPassword(name) => Some(name),
        Verdict::UnknownAccount => None,
    };
    record_failure(store, account.as_deref(), username, address).await?;
    Ok(Attempt::Refused)
}

/// Records a refused sign-in to `account`, or to no account. A name that is no account is
/// kept as its digest only: it may be a mistyped password.
async fn record_failure(
    store: &Store,
    account: Option<&str>,
    username: &str,
    address: &str,
) -> StoreResult<()> {
    let failure = match account {
        Some(name) => Record::account(AuditAction::SignInFailed, name, address),
        None => Record {
            after: Some(json!({ "name": throttle::name_digest(username) })),
            ..Record::account(AuditAction::SignInFailed, UNKNOWN_ACCOUNT, address)
        },
    };
    store.record(failure).await
}

/// The sign-in form again, as typed (without the password), saying why not.
struct Refusal<'a> {
    state: &'a AppState,
    parts: &'a Parts,
    username: &'a str,
    next: &'a str,
}

impl Refusal<'_> {
    /// Too many recent failures: 429, with when to try again.
    async fn paused(self, seconds: i64) -> Response {
        let minutes = u64::try_from((seconds + 59) / 60).unwrap_or(1);
        let message = t_with(
            self.lang(),
            "sign-in-paused",
            &[("minutes", minutes.into())],
        );
        let mut response = self.form(message, StatusCode::TOO_MANY_REQUESTS).await;
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        response
    }

    /// One message for any refused sign-in, so it says nothing about which part was wrong.
    async fn refused(self) -> Response {
        let message = t(self.lang(), "sign-in-refused");
        self.form(message, StatusCode::UNAUTHORIZED).await
    }

    fn lang(&self) -> Lang {
        language::of_parts(self.parts)
    }

    async fn form(self, message: String, status: StatusCode) -> Response {
        let form = SignInForm {
            username: self.username.to_owned(),
            next: self.next.to_owned(),
            message: Some(message),
        };
        render_page(self.state, self.parts.clone(), form, status).await
    }
}

/// Starts a session for `editor` and sends the browser on, with the session's cookie and
/// the one that marks the browser as the editor's own.
async fn start_session(
    state: &AppState,
    parts: &Parts,
    editor: &Editor,
    address: &str,
    next: &str,
) -> anyhow::Result<Response> {
    let store = &state.store;
    // A new session id at every sign-in: an id planted before sign-in is worth nothing.
    if let Some(old) = sessions::token_in(&parts.headers, state.https) {
        sessions::end(store, old).await?;
    }
    let token = sessions::start(store, editor).await?;
    store
        .record(Record::account(
            AuditAction::SignIn,
            &editor.username,
            address,
        ))
        .await?;
    let device = devices::remember(store, &parts.headers, editor, state.https).await?;
    let destination = admin_destination(next, language::of_parts(parts));
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
