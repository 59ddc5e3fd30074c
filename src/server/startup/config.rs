//! Configuration, from flags and the environment, in one place.

use crate::server::middleware::security::EmbedHosts;
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;

#[derive(Debug, Parser)]
#[command(
    name = "korea-japan-timeline",
    version,
    about = "A curated, sourced, interactive timeline of South Korea–Japan relations.",
    long_about = "A curated, sourced, interactive timeline of South Korea–Japan relations.\n\n\
                  With no subcommand, serves the site. The database is created, migrated and \
                  seeded on first start."
)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub config: Config,
    /// How log lines are written (to standard output); `RUST_LOG` sets what is logged.
    #[arg(
        long,
        env = "LOG_FORMAT",
        value_enum,
        default_value = "text",
        global = true
    )]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Serve the site (the default).
    Serve,
    /// Create, migrate and seed the database, then exit.
    Migrate,
    /// Add made-up events to the database, to measure the app at scale.
    SeedSynthetic {
        /// How many events to add.
        #[arg(long)]
        events: usize,
    },
    /// Copy the database, consistently, while the server runs. To restore, stop the
    /// server and put the copy in place of the database file.
    Backup {
        /// Where to write the copy; must not exist yet.
        path: std::path::PathBuf,
    },
    /// Move everything from a SQLite database into an empty PostgreSQL one (created with
    /// `createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0`), verifying each
    /// table's rows and content before committing. Stop the servers on the SQLite database
    /// first, so nothing saved after the move starts is left behind.
    MigrateToPostgres {
        /// The SQLite database to copy, e.g. sqlite://data/timeline.db.
        #[arg(long, value_parser = crate::server::store::sqlite_url)]
        from: String,
        /// The PostgreSQL database to fill, e.g. postgres://timeline@db.internal/timeline.
        #[arg(long, value_parser = crate::server::store::postgres_url)]
        to: String,
    },
    /// Manage editors' accounts. Passwords are read from standard input: typed twice at a
    /// terminal, or as two identical lines when piped.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum AdminCommand {
    /// Create an editor's account (a password of at least 12 characters).
    Create { username: String },
    /// List the editors' accounts.
    List,
    /// Set a new password; the editor is signed out everywhere.
    SetPassword { username: String },
    /// Delete an account; its entries in the audit trail stay.
    Delete { username: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum LogFormat {
    /// Lines for people.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(
        long,
        env = "LEPTOS_SITE_ADDR",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub addr: SocketAddr,

    /// Database URL: `sqlite://PATH` (the file is created if missing), or
    /// `postgres://USER@HOST/DATABASE` for more than one server on one database.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/timeline.db",
        value_parser = crate::server::store::database_url,
        global = true
    )]
    pub database_url: String,

    /// Directory holding the built CSS, JavaScript and WebAssembly (the `pkg` folder).
    #[arg(
        long,
        env = "LEPTOS_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: String,

    /// The site's public URL, for canonical links and link previews
    /// [default: http://ADDR].
    #[arg(long, env = "PUBLIC_URL", global = true)]
    pub public_url: Option<String>,

    /// Whether readers reach the site over HTTPS (e.g. through a TLS-terminating proxy):
    /// marks the session cookie Secure and sends Strict-Transport-Security
    /// [default: true when PUBLIC_URL starts with https://].
    #[arg(long, env = "HTTPS", global = true)]
    pub https: Option<bool>,

    /// Take each client's address (for sign-in throttling and the audit trail) from the
    /// last entry of X-Forwarded-For. Only behind a reverse proxy that sets it.
    #[arg(long, env = "TRUST_FORWARDED_FOR", global = true)]
    pub trust_forwarded_for: bool,

    /// The origins whose pages may frame the embeds (`/embed/…`), separated by spaces or
    /// commas, such as `https://news.example https://*.school.example`; `*` for any site.
    #[arg(long, env = "EMBED_ORIGINS", default_value = "*", global = true)]
    pub embed_origins: EmbedHosts,
}

impl Config {
    pub(crate) fn https(&self) -> bool {
        self.https
            .unwrap_or_else(|| self.public_url().starts_with("https://"))
    }

    /// The public URL without a trailing slash.
    pub(crate) fn public_url(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", self.addr),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::Parser;

    #[test]
    fn a_database_url_of_another_scheme_is_a_usage_error() {
        for url in [
            "mysql://localhost/timeline",
            "data/timeline.db",
            "sqlte://x.db",
        ] {
            let err = Cli::try_parse_from(["korea-japan-timeline", "--database-url", url])
                .err()
                .unwrap_or_else(|| panic!("{url} accepted"));
            // clap exits with 2 for usage errors, after printing the message.
            assert_eq!(err.exit_code(), 2, "{url}");
            assert!(
                err.to_string()
                    .contains("must be a SQLite or a PostgreSQL one"),
                "{err}"
            );
        }
        for url in ["sqlite://a.db", "postgres://localhost/timeline"] {
            let cli = Cli::try_parse_from(["korea-japan-timeline", "--database-url", url])
                .expect("a SQLite or PostgreSQL URL is taken");
            assert_eq!(cli.config.database_url, url);
        }
    }
}
