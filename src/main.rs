// The server, or a command on its database (see `server::startup::cli`).
#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    korea_japan_timeline::server::startup::cli::run().await
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The browser build is a library; the binary needs the `ssr` feature.
}
