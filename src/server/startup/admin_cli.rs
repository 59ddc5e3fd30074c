//! `korea-japan-timeline admin …`: editors' accounts from the command line.

use crate::server::auth::accounts::{self, AccountError, Password, Username};
use crate::server::clock::Clock;
use crate::server::startup::config::{AdminCommand, Config};
use crate::server::store::Store;
use std::io::{BufRead, IsTerminal, Write};

pub(crate) async fn run(config: &Config, command: AdminCommand) -> anyhow::Result<()> {
    let store = Store::open(&config.database_url, Clock::default()).await?;
    match command {
        AdminCommand::Create { username } => {
            let username = Username::parse(&username)?;
            let password = read_new_password()?;
            accounts::create(&store, &username, &password).await?;
            println!("Created the editor {username}.");
        }
        AdminCommand::List => {
            let accounts = store.accounts().await?;
            if accounts.is_empty() {
                println!("No editors yet; add one with `admin create USERNAME`.");
            }
            for account in accounts {
                println!("{}\tcreated {}", account.username, account.created_at);
            }
        }
        AdminCommand::SetPassword { username } => {
            let username = Username::parse(&username)?;
            if store.account(username.as_str()).await?.is_none() {
                return Err(AccountError::Unknown(username.to_string()).into());
            }
            let password = read_new_password()?;
            accounts::set_password(&store, &username, &password).await?;
            println!("Set a new password for {username}; their sessions have ended.");
        }
        AdminCommand::Delete { username } => {
            let username = Username::parse(&username)?;
            accounts::delete(&store, &username).await?;
            println!("Deleted the editor {username}.");
        }
    }
    Ok(())
}

/// A new password, entered twice: hidden prompts at a terminal, two lines otherwise.
fn read_new_password() -> anyhow::Result<Password> {
    let (first, second) = if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password (at least 12 characters): ")?;
        Password::new(first.clone())?;
        (
            first,
            rpassword::prompt_password("The same password again: ")?,
        )
    } else {
        let mut lines = std::io::stdin().lock().lines();
        let mut next_line = || -> anyhow::Result<String> {
            let line = lines
                .next()
                .ok_or_else(|| anyhow::anyhow!("expected the password on two lines of input"))??;
            Ok(line.trim_end_matches('\r').to_owned())
        };
        (next_line()?, next_line()?)
    };
    std::io::stdout().flush()?;
    if first != second {
        return Err(AccountError::PasswordsDiffer.into());
    }
    Ok(Password::new(first)?)
}
