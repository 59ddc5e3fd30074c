//! The command line: serve the site, or look after its database.

use super::config::{Cli, Command};
use super::serve::{Application, prepare};
use clap::Parser;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&cli.config).await,
        Command::Migrate => prepare(&cli.config).await.map(|_| ()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: &super::config::Config) -> anyhow::Result<()> {
    let app = Application::build(config).await?;
    tracing::info!(
        "serving {} on http://{}",
        config.public_url(),
        app.local_addr()?
    );
    app.run().await?;
    Ok(())
}
