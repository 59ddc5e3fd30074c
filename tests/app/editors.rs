//! Editors' accounts, signing in and out, sessions, throttling and the audit trail.

use crate::support::{EDITOR_PASSWORD, TestApp, has_tag, session_cookie, text_of};
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use korea_japan_timeline::model::AuditAction;
use std::io::Write;
use std::net::SocketAddr;
use std::process::{Command, Stdio};

#[tokio::test]
async fn the_admin_command_makes_accounts_from_two_piped_lines() {
    let app = TestApp::new().await;
    let admin = |args: &[&str], stdin: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_korea-japan-timeline"))
            .args(["--database-url", &app.config.database_url, "admin"])
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        let text = String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr);
        (output.status.success(), text)
    };

    let (ok, text) = admin(&["create", "mina"], "too short\ntoo short\n");
    assert!(!ok && text.contains("at least 12 characters"), "{text}");
    let (ok, text) = admin(&["create", "mina"], "first passphrase\nsecond passphrase\n");
    assert!(!ok && text.contains("differ"), "{text}");
    let (ok, text) = admin(
        &["create", "mina"],
        "a fine passphrase\na fine passphrase\n",
    );
    assert!(ok, "{text}");
    let (ok, text) = admin(
        &["create", "MINA"],
        "a fine passphrase\na fine passphrase\n",
    );
    assert!(!ok && text.contains("already"), "{text}");

    let (ok, text) = admin(&["list"], "");
    assert!(ok && text.contains("mina"), "{text}");
    assert!(
        !text.contains("argon2"),
        "the list never shows hashes: {text}"
    );
    let stored = app
        .state
        .store
        .password_hash("mina")
        .await
        .unwrap()
        .unwrap();
    assert!(stored.starts_with("$argon2id$"), "{stored}");

    let cookie = app.sign_in("mina", "a fine passphrase").await;
    let (ok, text) = admin(
        &["set-password", "mina"],
        "another passphrase\nanother passphrase\n",
    );
    assert!(ok, "{text}");
    // A new password ends the sessions made with the old one.
    let page = app.get_with_cookie("/admin", &cookie).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    app.sign_in("mina", "another passphrase").await;

    let (ok, text) = admin(&["delete", "mina"], "");
    assert!(ok, "{text}");
    let (ok, text) = admin(&["delete", "mina"], "");
    assert!(!ok && text.contains("no editor called mina"), "{text}");
}

#[tokio::test]
async fn the_login_page_is_a_plain_labelled_form() {
    let app = TestApp::new().await;
    let page = app.get("/login").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(has_tag(
        &page.body,
        "form",
        &["method=\"post\"", "action=\"/login\""]
    ));
    assert!(
        page.body
            .contains("<label for=\"username\">Username</label>")
    );
    assert!(
        page.body
            .contains("<label for=\"password\">Password</label>")
    );
    assert!(page.body.contains(">Sign in</button>"));
}

#[tokio::test]
async fn signing_in_sets_a_strict_http_only_cookie_and_opens_the_admin() {
    let app = TestApp::new().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    let response = app
        .post_form(
            "/login",
            &[
                ("username", "mina"),
                ("password", EDITOR_PASSWORD),
                ("next", "/admin/audit"),
            ],
            None,
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.header(header::LOCATION), "/admin/audit");
    let set_cookie = response.header(header::SET_COOKIE);
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"] {
        assert!(set_cookie.contains(flag), "{flag} in {set_cookie}");
    }
    let cookie = session_cookie(&response);
    let admin = app.get_with_cookie("/admin", &cookie).await;
    assert_eq!(admin.status, StatusCode::OK);
    assert!(text_of(&admin.body).contains("Sign out"));
    assert!(admin.body.contains("Japan–Korea Treaty of 1910") || admin.body.contains("<table"));
}

#[tokio::test]
async fn a_next_address_that_no_header_can_carry_goes_to_the_admin() {
    let app = TestApp::new().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    for next in [
        "/admin\r\nSet-Cookie: x=1",
        "/admin/\u{7f}",
        "/admin/이벤트",
    ] {
        let response = app
            .post_form(
                "/login",
                &[
                    ("username", "mina"),
                    ("password", EDITOR_PASSWORD),
                    ("next", next),
                ],
                None,
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(response.header(header::LOCATION), "/admin", "{next:?}");
    }
}

#[tokio::test]
async fn the_cookie_is_secure_only_over_https() {
    let app = TestApp::builder().over_http().build().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    let response = app
        .post_form(
            "/login",
            &[("username", "mina"), ("password", EDITOR_PASSWORD)],
            None,
        )
        .await;
    assert!(!response.header(header::SET_COOKIE).contains("Secure"));
    assert!(
        response
            .headers
            .get(header::STRICT_TRANSPORT_SECURITY)
            .is_none()
    );
}

#[tokio::test]
async fn admin_pages_send_strangers_to_sign_in_and_back() {
    let app = TestApp::new().await;
    for path in ["/admin", "/admin/audit"] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{path}");
        let location = response.header(header::LOCATION);
        assert!(location.starts_with("/login?next=%2Fadmin"), "{location}");
    }
    let forged = app
        .get_with_cookie("/admin", "__Host-session=forged-token")
        .await;
    assert_eq!(forged.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_wrong_password_or_username_gets_one_message_and_keeps_the_username() {
    let app = TestApp::new().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    let wrong_password = app
        .post_form(
            "/login",
            &[("username", "mina"), ("password", "not the password")],
            None,
        )
        .await;
    let wrong_user = app
        .post_form(
            "/login",
            &[("username", "nobody"), ("password", EDITOR_PASSWORD)],
            None,
        )
        .await;
    for (response, username) in [(&wrong_password, "mina"), (&wrong_user, "nobody")] {
        assert_eq!(response.status, StatusCode::UNAUTHORIZED);
        assert!(response.headers.get(header::SET_COOKIE).is_none());
        assert!(
            response
                .body
                .contains("The username or password is not right.")
        );
        assert!(response.body.contains(&format!("value=\"{username}\"")));
        assert!(!response.body.contains(EDITOR_PASSWORD));
    }
}

#[tokio::test]
async fn signing_in_replaces_the_session_and_signing_out_ends_it() {
    let app = TestApp::new().await;
    let first = app.editor_cookie().await;
    // Signing in again with the old cookie gives a new id and ends the old session.
    let response = app
        .post_form(
            "/login",
            &[("username", "mina"), ("password", EDITOR_PASSWORD)],
            Some(&first),
        )
        .await;
    let second = session_cookie(&response);
    assert_ne!(first, second);
    assert_eq!(
        app.get_with_cookie("/admin", &first).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.get_with_cookie("/admin", &second).await.status,
        StatusCode::OK
    );

    let out = app.post_form("/logout", &[], Some(&second)).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(out.header(header::SET_COOKIE).contains("Max-Age=0"));
    // The server forgot the session: replaying the cookie does not work.
    assert_eq!(
        app.get_with_cookie("/admin", &second).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn idle_and_old_sessions_end() {
    let app = TestApp::new().await;
    let clock = app.state.store.clock();
    let idle = app.editor_cookie().await;
    clock.advance(2 * 60 * 60);
    assert_eq!(
        app.get_with_cookie("/admin", &idle).await.status,
        StatusCode::SEE_OTHER
    );

    // A session in use all along still ends twelve hours after sign-in.
    let busy = app.sign_in("mina", EDITOR_PASSWORD).await;
    for _ in 0..14 {
        assert_eq!(
            app.get_with_cookie("/admin", &busy).await.status,
            StatusCode::OK
        );
        clock.advance(55 * 60);
    }
    assert_eq!(
        app.get_with_cookie("/admin", &busy).await.status,
        StatusCode::SEE_OTHER
    );
}

/// A sign-in attempt from a given address.
async fn attempt(app: &TestApp, username: &str, password: &str, from: [u8; 4]) -> StatusCode {
    attempt_with(app, username, password, from, None)
        .await
        .status
}

/// A sign-in attempt from a given address, from a browser holding `cookie`.
async fn attempt_with(
    app: &TestApp,
    username: &str,
    password: &str,
    from: [u8; 4],
    cookie: Option<&str>,
) -> crate::support::TestResponse {
    let body = format!(
        "username={username}&password={}",
        password.replace(' ', "+")
    );
    let mut request = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let mut request = request.body(Body::from(body)).unwrap();
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from((from, 40000))));
    let response = app.request(request).await;
    if response.status == StatusCode::TOO_MANY_REQUESTS {
        let wait: i64 = response.header(header::RETRY_AFTER).parse().unwrap();
        assert!((1..=300).contains(&wait), "{wait}");
        assert!(response.body.contains("Too many failed attempts"));
    }
    response
}

/// The `Set-Cookie` value that remembers the browser, from a sign-in's answer.
fn device_cookie(response: &crate::support::TestResponse) -> &str {
    response
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|value| value.to_str().unwrap())
        .find(|value| value.starts_with("device="))
        .expect("a device cookie")
}

#[tokio::test]
async fn strangers_guessing_do_not_lock_the_editor_out_of_a_browser_she_used_before() {
    let app = TestApp::new().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    let first = attempt_with(&app, "mina", EDITOR_PASSWORD, [10, 1, 1, 1], None).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let device = device_cookie(&first);
    assert!(device.contains("HttpOnly") && device.contains("SameSite=Strict"));
    // It reaches the sign-in page in every language (/login, /ko/login, /ja/login).
    assert!(device.contains("; Path=/;"), "{device}");
    let device = device.split(';').next().unwrap().to_owned();

    // A device cookie the server never gave is not taken up at sign-in: the browser gets
    // a token of the server's own making.
    let planted = format!("device={}", "A".repeat(43));
    let signed_in =
        attempt_with(&app, "mina", EDITOR_PASSWORD, [10, 1, 1, 3], Some(&planted)).await;
    let given = device_cookie(&signed_in);
    assert!(!given.starts_with(&planted), "{given}");

    // An attacker guesses 50 times from one address: throttled after ten.
    let mut statuses = Vec::new();
    for _ in 0..50 {
        statuses.push(attempt(&app, "mina", "wrong password", [203, 0, 113, 9]).await);
    }
    assert!(
        statuses[..10]
            .iter()
            .all(|s| *s == StatusCode::UNAUTHORIZED)
    );
    assert!(
        statuses[10..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS)
    );
    // The account is paused for browsers it does not know, wherever they are...
    assert_eq!(
        attempt(&app, "mina", EDITOR_PASSWORD, [10, 9, 9, 9]).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    for forged in ["device=forged", planted.as_str()] {
        let attempt =
            attempt_with(&app, "mina", EDITOR_PASSWORD, [10, 9, 9, 9], Some(forged)).await;
        assert_eq!(attempt.status, StatusCode::TOO_MANY_REQUESTS, "{forged}");
    }
    // ...but not for hers, even from a new address, and even when a stale cookie that an
    // older version set for /login alone comes first.
    let with_stale = format!("device=stale-from-the-login-path; {device}");
    let again = attempt_with(
        &app,
        "mina",
        EDITOR_PASSWORD,
        [10, 1, 1, 2],
        Some(&with_stale),
    )
    .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert!(
        device_cookie(&again).starts_with(&device),
        "the same token is kept"
    );
    // The attacker's address stays paused, cookie or not.
    let attacker = attempt_with(
        &app,
        "mina",
        "wrong password",
        [203, 0, 113, 9],
        Some(&device),
    )
    .await;
    assert_eq!(attacker.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_name_that_is_no_account_is_paused_like_one_so_the_pause_reveals_nothing() {
    let app = TestApp::new().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    for name in ["mina", "nobody"] {
        for n in 0..10u8 {
            let status = attempt(&app, name, "wrong password", [10, 2, 0, n]).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{name}");
        }
        // The eleventh, from yet another address, whatever the name.
        let status = attempt(&app, name, "wrong password", [10, 3, 0, 1]).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{name}");
    }
    // The name itself is not kept, only what tells one guessed name from another.
    app.create_editor("ana", EDITOR_PASSWORD).await;
    let cookie = app.sign_in("ana", EDITOR_PASSWORD).await;
    let audit = app.get_with_cookie("/admin/audit", &cookie).await;
    assert_eq!(audit.status, StatusCode::OK);
    assert!(!audit.body.contains("nobody"), "{}", audit.body);
}

#[tokio::test]
async fn ten_failures_pause_an_account_for_a_while() {
    let app = TestApp::new().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    for n in 0..10u8 {
        // From ten addresses, so only the account's count reaches ten.
        let status = attempt(&app, "mina", "wrong password", [10, 0, 0, n]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    // Even the right password waits, from anywhere.
    let status = attempt(&app, "mina", EDITOR_PASSWORD, [10, 0, 1, 1]).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // Once the failures are five minutes old, the account opens again.
    app.state.store.clock().advance(301);
    let status = attempt(&app, "mina", EDITOR_PASSWORD, [10, 0, 1, 1]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn ten_failures_pause_an_address() {
    let app = TestApp::new().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    for n in 0..10 {
        let status = attempt(&app, &format!("guess{n}"), "wrong password", [192, 0, 2, 7]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(
        attempt(&app, "mina", EDITOR_PASSWORD, [192, 0, 2, 7]).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Another address is not affected.
    assert_eq!(
        attempt(&app, "mina", EDITOR_PASSWORD, [192, 0, 2, 8]).await,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn the_audit_trail_records_sign_ins_without_passwords() {
    let app = TestApp::new().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    attempt(&app, "mina", "a wrong guess here", [198, 51, 100, 4]).await;
    // A password typed into the username box is not kept.
    attempt(&app, "hunter2-typed-as-name", "x", [198, 51, 100, 4]).await;
    let cookie = app.sign_in("mina", EDITOR_PASSWORD).await;
    let audit = app.get_with_cookie("/admin/audit", &cookie).await;
    assert_eq!(audit.status, StatusCode::OK);
    let text = text_of(&audit.body);
    assert!(text.contains("Failed to sign in"), "{text}");
    assert!(text.contains("198.51.100.4"), "{text}");
    assert!(text.contains("Signed in"), "{text}");
    // Newest first.
    assert!(text.find("Signed in").unwrap() < text.find("Failed to sign in").unwrap());
    assert!(!audit.body.contains("a wrong guess here"));
    assert!(!audit.body.contains("hunter2"));
    assert!(text.contains("(no such account)"), "{text}");
    assert!(!audit.body.contains(EDITOR_PASSWORD));
    let trail = app.state.store.audit_trail().await.unwrap();
    let stored = trail.iter().flat_map(|entry| &entry.changes).any(|change| {
        [&change.before, &change.after]
            .into_iter()
            .flatten()
            .any(|value| value.contains("guess"))
    });
    assert!(!stored, "a guess reached the trail");
}

#[tokio::test]
async fn server_functions_are_not_offered_over_http() {
    let app = TestApp::new().await;
    let cookie = app.editor_cookie().await;
    for (path, body) in [
        ("/rpc/admin/events", "search="),
        ("/rpc/admin/audit", ""),
        ("/rpc/admin/event-form", "id=1"),
        ("/rpc/timeline", "query="),
        ("/rpc/event", "id=1"),
    ] {
        // Not even to a signed-in editor: pages call them while they are rendered.
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, &cookie)
            .header("sec-fetch-site", "same-origin")
            .body(Body::from(body))
            .unwrap();
        let response = app.request(request).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!response.body.contains("1910"), "{path}");
    }
    // The pages that call them still work.
    assert_eq!(
        app.get_with_cookie("/admin", &cookie).await.status,
        StatusCode::OK
    );
    assert_eq!(app.get("/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn old_failed_sign_ins_to_no_account_fold_into_one_entry_per_address_and_day() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    // Two days ago, at the start of the hour: 500 failures within a few minutes.
    let clock = store.clock();
    let now = clock.now().unix_seconds();
    clock.advance(-(2 * 86_400 + now % 3_600));
    for n in 0..500 {
        let address = if n < 300 {
            "203.0.113.1"
        } else {
            "203.0.113.2"
        };
        store
            .record_failed_sign_in("(no such account)", address)
            .await
            .unwrap();
    }
    clock.advance(2 * 86_400 + now % 3_600);
    // A recent one stays as it is: the throttle reads it.
    attempt(&app, "nobody", "a wrong guess", [198, 51, 100, 1]).await;
    let entries = async || -> Vec<(String, Option<String>)> {
        let mut entries: Vec<_> = store
            .audit_trail()
            .await
            .unwrap()
            .into_iter()
            .filter(|entry| entry.action == AuditAction::SignInFailed)
            .map(|entry| {
                let attempts = entry
                    .changes
                    .iter()
                    .find(|change| change.field == "attempts")
                    .and_then(|change| change.after.clone());
                (entry.address, attempts)
            })
            .collect();
        entries.sort();
        entries
    };
    let folded = [
        ("198.51.100.1".to_owned(), None),
        ("203.0.113.1".to_owned(), Some("300".to_owned())),
        ("203.0.113.2".to_owned(), Some("200".to_owned())),
    ];
    app.state.store.fold_unknown_sign_ins().await.unwrap();
    assert_eq!(entries().await, folded);
    // Folding again changes nothing.
    app.state.store.fold_unknown_sign_ins().await.unwrap();
    assert_eq!(entries().await, folded);
}

#[tokio::test]
async fn sessions_nobody_can_use_are_deleted_without_being_presented() {
    let app = TestApp::new().await;
    app.editor_cookie().await;
    app.state.store.clock().advance(2 * 60 * 60);
    let live = app.sign_in("mina", EDITOR_PASSWORD).await;
    let ended = korea_japan_timeline::server::auth::sessions::end_expired(&app.state.store)
        .await
        .unwrap();
    assert_eq!(ended, 1);
    let left = app.state.store.count_sessions().await.unwrap();
    assert_eq!(left, 1);
    assert_eq!(
        app.get_with_cookie("/admin", &live).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn editors_pages_load_a_stylesheet_of_their_own_that_readers_pages_do_not() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let stylesheet = |html: &str| {
        let at = html.find("/editors.css?v=")?;
        let end = at + html[at..].find('"')?;
        Some(html[at..end].to_owned())
    };

    let admin = editor.get("/ko/admin").await;
    let href = stylesheet(&admin.body).expect("the admin links the editors' stylesheet");
    assert_eq!(
        stylesheet(&app.get("/login").await.body),
        Some(href.clone())
    );
    for page in ["/", "/ko/", "/ja/on-this-day?date=08-15"] {
        assert_eq!(stylesheet(&app.get(page).await.body), None, "{page}");
    }

    let css = app.get(&href).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.header(header::CONTENT_TYPE).starts_with("text/css"));
    assert!(css.body.contains(".admin-table"));
}
