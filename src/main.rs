// One runtime thread: Leptos 0.8's server-side `<Suspense>` can miss its wake-up when a
// resource finishes on another worker thread at the same moment, leaving a page half sent
// (leptos-rs/leptos#4851). On one thread that interleaving cannot happen. Password hashing
// and SQLite run on their own threads, so the second core still does useful work.
#[cfg(feature = "ssr")]
#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    korea_japan_timeline::server::startup::cli::run().await
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The browser build is a library; the binary needs the `ssr` feature.
}
