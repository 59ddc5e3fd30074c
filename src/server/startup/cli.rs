//! The command line: serve the site, or look after its database.

use crate::server::clock::Clock;
use crate::server::startup::admin_cli;
use crate::server::startup::config::{Cli, Command, Config, LogFormat};
use crate::server::startup::serve::{Application, prepare};
use crate::server::store::{self, Store};
use clap::Parser;
use std::io::IsTerminal;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    let logs = tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        // Colours for a terminal; plain text for files and journals.
        .with_ansi(std::io::stdout().is_terminal());
    match cli.log_format {
        LogFormat::Text => logs.init(),
        LogFormat::Json => logs.json().init(),
    }
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&cli.config).await,
        Command::Migrate => prepare(&cli.config).await.map(|_| ()),
        Command::SeedSynthetic { events } => seed_synthetic(&cli.config, events).await,
        Command::Admin { command } => admin_cli::run(&cli.config, command).await,
        Command::Backup { path } => backup(&cli.config, &path).await,
        Command::MigrateToPostgres { from, to } => move_to_postgres(&from, &to).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn backup(config: &Config, path: &std::path::Path) -> anyhow::Result<()> {
    let store = Store::open(&config.database_url, Clock::default()).await?;
    store.backup(path).await?;
    println!("Backed up the database to {}.", path.display());
    Ok(())
}

async fn move_to_postgres(from: &str, to: &str) -> anyhow::Result<()> {
    let moved = store::move_to_postgres(from, to).await?;
    for (table, rows) in &moved.tables {
        println!("{table:>15}  {rows} rows");
    }
    println!(
        "Moved and verified (content SHA-256 {}). Point DATABASE_URL at the PostgreSQL \
         database and start the servers.",
        moved.content_hash
    );
    Ok(())
}

async fn seed_synthetic(config: &Config, events: usize) -> anyhow::Result<()> {
    let state = prepare(config).await?;
    let started = std::time::Instant::now();
    state.store.add_synthetic_events(events).await?;
    tracing::info!(
        "added {events} synthetic events in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

async fn serve(config: &Config) -> anyhow::Result<()> {
    let app = Application::build(config).await?;
    app.compress_files();
    tracing::info!(
        "serving {} on http://{}",
        config.public_url(),
        app.local_addr()?
    );
    app.run().await?;
    Ok(())
}
