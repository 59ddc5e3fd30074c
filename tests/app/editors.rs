//! Editors' accounts, signing in and out, sessions, throttling and the audit trail.

use crate::support::{Client, EDITOR_PASSWORD, TestApp, TestResponse, has_tag, text_of};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use korea_japan_timeline::model::AuditAction;
use std::io::Write;
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

    let browser = app.client();
    browser.sign_in("mina", "a fine passphrase").await;
    let (ok, text) = admin(
        &["set-password", "mina"],
        "another passphrase\nanother passphrase\n",
    );
    assert!(ok, "{text}");
    // A new password ends the sessions made with the old one.
    let page = browser.get("/admin").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    browser.sign_in("mina", "another passphrase").await;

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
    let browser = app.client();
    let response = browser
        .post_form(
            "/login",
            &[
                ("username", "mina"),
                ("password", EDITOR_PASSWORD),
                ("next", "/admin/audit"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.header(header::LOCATION), "/admin/audit");
    let set_cookie = response.header(header::SET_COOKIE);
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"] {
        assert!(set_cookie.contains(flag), "{flag} in {set_cookie}");
    }
    let admin = browser.get("/admin").await;
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
    let editor = app.editor().await;
    let first = editor.cookie();
    // Signing in again from the same browser gives a new id and ends the old session.
    editor.browser.sign_in("mina", EDITOR_PASSWORD).await;
    let second = editor.cookie();
    assert_ne!(first, second);
    assert_eq!(
        app.get_with_cookie("/admin", &first).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(editor.get("/admin").await.status, StatusCode::OK);

    let out = editor.post("/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    // The browser lets the cookie go...
    assert_eq!(editor.browser.cookie("__Host-session", "/admin"), None);
    assert_eq!(editor.get("/admin").await.status, StatusCode::SEE_OTHER);
    // ...and the server forgot the session: replaying the cookie does not work.
    assert_eq!(
        app.get_with_cookie("/admin", &second).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn idle_and_old_sessions_end() {
    let app = TestApp::new().await;
    let clock = app.state.store.clock();
    let idle = app.editor().await;
    clock.advance(2 * 60 * 60);
    assert_eq!(idle.get("/admin").await.status, StatusCode::SEE_OTHER);

    // A session in use all along still ends twelve hours after sign-in.
    let busy = app.signed_in_as("mina").await;
    for _ in 0..14 {
        assert_eq!(busy.get("/admin").await.status, StatusCode::OK);
        clock.advance(55 * 60);
    }
    assert_eq!(busy.get("/admin").await.status, StatusCode::SEE_OTHER);
}

/// A sign-in attempt from a given address, from a new browser.
async fn attempt(app: &TestApp, username: &str, password: &str, from: [u8; 4]) -> StatusCode {
    let mut browser = app.client();
    browser.connect_from(from);
    attempt_in(&browser, username, password).await.status
}

/// A sign-in attempt from a browser, with the cookies it holds.
async fn attempt_in(browser: &Client, username: &str, password: &str) -> TestResponse {
    let form = [("username", username), ("password", password)];
    let response = browser.post_form("/login", &form).await;
    if response.status == StatusCode::TOO_MANY_REQUESTS {
        let wait: i64 = response.header(header::RETRY_AFTER).parse().unwrap();
        assert!((1..=300).contains(&wait), "{wait}");
        assert!(response.body.contains("Too many failed attempts"));
    }
    response
}

/// The `Set-Cookie` value that remembers the browser, from a sign-in's answer.
fn device_cookie(response: &TestResponse) -> &str {
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
    let mut hers = app.client();
    hers.connect_from([10, 1, 1, 1]);
    let first = attempt_in(&hers, "mina", EDITOR_PASSWORD).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let set = device_cookie(&first);
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict"));
    // It reaches the sign-in page in every language (/login, /ko/login, /ja/login).
    let device = hers.cookie("device", "/login").expect("a device cookie");
    for path in ["/ko/login", "/ja/login"] {
        assert_eq!(
            hers.cookie("device", path).as_ref(),
            Some(&device),
            "{path}"
        );
    }

    // A device cookie the server never gave is not taken up at sign-in: the browser gets
    // a token of the server's own making.
    let planted = "A".repeat(43);
    let mut planter = app.client();
    planter.connect_from([10, 1, 1, 3]);
    planter.plant("device", &planted, "/");
    let signed_in = attempt_in(&planter, "mina", EDITOR_PASSWORD).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    let given = planter.cookie("device", "/login").unwrap();
    assert_ne!(given, planted);

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
    for forged in ["forged", planted.as_str()] {
        let mut stranger = app.client();
        stranger.connect_from([10, 9, 9, 9]);
        stranger.plant("device", forged, "/");
        let attempt = attempt_in(&stranger, "mina", EDITOR_PASSWORD).await;
        assert_eq!(attempt.status, StatusCode::TOO_MANY_REQUESTS, "{forged}");
    }
    // ...but not for hers, even from a new address, and even when a stale cookie that an
    // older version set for /login alone comes first (a longer path goes first).
    hers.connect_from([10, 1, 1, 2]);
    hers.plant("device", "stale-from-the-login-path", "/login");
    let again = attempt_in(&hers, "mina", EDITOR_PASSWORD).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(
        hers.cookie("device", "/").as_ref(),
        Some(&device),
        "the same token is kept"
    );
    // The attacker's address stays paused, cookie or not.
    hers.connect_from([203, 0, 113, 9]);
    let attacker = attempt_in(&hers, "mina", "wrong password").await;
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
    let audit = app.signed_in_as("ana").await.get("/admin/audit").await;
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
    let audit = app.signed_in_as("mina").await.get("/admin/audit").await;
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
    let editor = app.editor().await;
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
            .header("sec-fetch-site", "same-origin")
            .body(Body::from(body))
            .unwrap();
        let response = editor.browser.request(request).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!response.body.contains("1910"), "{path}");
    }
    // The pages that call them still work.
    assert_eq!(editor.get("/admin").await.status, StatusCode::OK);
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
    app.editor().await;
    app.state.store.clock().advance(2 * 60 * 60);
    let live = app.signed_in_as("mina").await;
    let ended = korea_japan_timeline::server::auth::sessions::end_expired(&app.state.store)
        .await
        .unwrap();
    assert_eq!(ended, 1);
    let left = app.state.store.count_sessions().await.unwrap();
    assert_eq!(left, 1);
    assert_eq!(live.get("/admin").await.status, StatusCode::OK);
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
