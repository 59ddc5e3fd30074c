//! A fault of ours is logged once, by the fault layer, inside the request's span (which
//! carries its id); a refusal is not logged as a fault at all.

use super::support::{TestApp, TestResponse, event_form};
use axum::http::StatusCode;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// The log lines a request writes. The app runs in-process on the test's one thread, so
/// a subscriber set for this thread sees all of them.
async fn logged(request: impl Future<Output = TestResponse>) -> (TestResponse, Vec<String>) {
    let lines = Log::default();
    let subscriber = tracing_subscriber::fmt()
        .with_ansi(false)
        .with_writer(lines.clone())
        .finish();
    let response = {
        let _logging = tracing::subscriber::set_default(subscriber);
        request.await
    };
    let written = String::from_utf8(lines.0.lock().unwrap().clone()).unwrap();
    (response, written.lines().map(str::to_owned).collect())
}

#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl Write for Log {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Log {
    type Writer = Log;

    fn make_writer(&'a self) -> Log {
        self.clone()
    }
}

/// The lines at level ERROR.
fn errors(lines: &[String]) -> Vec<&String> {
    lines.iter().filter(|line| line.contains("ERROR")).collect()
}

/// One error line, in the request's span, with the cause the caller never sees.
fn assert_logged_once(response: &TestResponse, lines: &[String]) {
    let errors = errors(lines);
    assert_eq!(errors.len(), 1, "{lines:#?}");
    let id = response.header(axum::http::HeaderName::from_static("x-request-id"));
    assert!(!id.is_empty());
    assert!(errors[0].contains(id), "{}", errors[0]);
    assert!(errors[0].contains("event_actors"), "{}", errors[0]);
    assert!(!response.body.contains("event_actors"));
}

#[tokio::test]
async fn a_page_s_loader_fault_is_logged_once_by_the_fault_layer() {
    let app = TestApp::new().await;
    app.state.store.break_event_reads().await.unwrap();
    let (page, lines) = logged(app.get("/ko/")).await;
    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_logged_once(&page, &lines);
    assert!(errors(&lines)[0].contains("the request failed"));
}

#[tokio::test]
async fn a_handler_s_fault_is_logged_once_by_the_fault_layer() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    app.state.store.break_event_reads().await.unwrap();
    let form = event_form(&[]);
    let (saved, lines) = logged(editor.post("/admin/events/new", &form)).await;
    assert_eq!(saved.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_logged_once(&saved, &lines);
}

#[tokio::test]
async fn a_refusal_is_no_fault_of_ours() {
    let app = TestApp::new().await;
    let (missing, lines) = logged(app.get("/api/events/99999")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(errors(&lines).is_empty(), "{lines:#?}");
}
