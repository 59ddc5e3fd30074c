//! Editors' accounts: usernames, passwords and their Argon2id hashes.

use crate::server::store::Store;
use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use std::fmt;
use std::sync::LazyLock;

pub(crate) const MIN_PASSWORD_CHARS: usize = 12;
/// Hashing cost grows with length; nobody types more than this.
pub(crate) const MAX_PASSWORD_CHARS: usize = 1024;
pub(crate) const MAX_USERNAME_CHARS: usize = 64;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AccountError {
    #[error("a username is 1 to {MAX_USERNAME_CHARS} letters, digits, dots, dashes or underscores")]
    BadUsername,
    #[error("a password needs at least {MIN_PASSWORD_CHARS} characters")]
    ShortPassword,
    #[error("a password may have at most {MAX_PASSWORD_CHARS} characters")]
    LongPassword,
    #[error("the two passwords differ")]
    PasswordsDiffer,
    #[error("there is already an editor called {0}")]
    Taken(String),
    #[error("there is no editor called {0}")]
    Unknown(String),
}

/// A username editors sign in with; compared without regard to case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(text: &str) -> Result<Self, AccountError> {
        let ok = !text.is_empty()
            && text.chars().count() <= MAX_USERNAME_CHARS
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
        ok.then(|| Self(text.to_owned()))
            .ok_or(AccountError::BadUsername)
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password that meets the rules. Its `Debug` hides it, so it cannot reach a log.
pub struct Password(String);

impl Password {
    pub fn new(text: String) -> Result<Self, AccountError> {
        match text.chars().count() {
            n if n < MIN_PASSWORD_CHARS => Err(AccountError::ShortPassword),
            n if n > MAX_PASSWORD_CHARS => Err(AccountError::LongPassword),
            _ => Ok(Self(text)),
        }
    }

    /// The Argon2id hash (with its salt and parameters) in PHC string form.
    pub(crate) fn hash(&self) -> String {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(self.0.as_bytes(), &salt)
            .expect("Argon2 with its default parameters hashes any password")
            .to_string()
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(…)")
    }
}

/// Whether `password` matches a stored hash. With no account, a made-up hash is checked
/// instead, so that a wrong username takes as long to refuse as a wrong password.
pub(crate) fn verify(password: &str, stored_hash: Option<&str>) -> bool {
    static DECOY: LazyLock<String> =
        LazyLock::new(|| Password("decoy password, never matches".into()).hash());
    let Ok(hash) = PasswordHash::new(stored_hash.unwrap_or(&DECOY)) else {
        return false;
    };
    let matches = Argon2::default()
        .verify_password(password.as_bytes(), &hash)
        .is_ok();
    matches && stored_hash.is_some()
}

#[derive(Clone, Debug)]
pub(crate) struct Editor {
    pub id: i64,
    pub username: String,
}

pub async fn create(store: &Store, username: &Username, password: &Password) -> anyhow::Result<()> {
    let hash = hash_off_thread(password).await?;
    if !store.insert_account(username.as_str(), &hash).await? {
        return Err(AccountError::Taken(username.to_string()).into());
    }
    Ok(())
}

/// Sets a new password and signs the editor out everywhere.
pub(crate) async fn set_password(
    store: &Store,
    username: &Username,
    password: &Password,
) -> anyhow::Result<()> {
    let hash = hash_off_thread(password).await?;
    if !store.replace_password(username.as_str(), &hash).await? {
        return Err(AccountError::Unknown(username.to_string()).into());
    }
    Ok(())
}

/// Deletes an account and its sessions; what it did stays in the audit log.
pub(crate) async fn delete(store: &Store, username: &Username) -> anyhow::Result<()> {
    if !store.delete_account(username.as_str()).await? {
        return Err(AccountError::Unknown(username.to_string()).into());
    }
    Ok(())
}

/// What a sign-in attempt's username and password amount to.
pub(crate) enum Verdict {
    Valid(Editor),
    /// The account exists (under this canonical name); the password is wrong.
    WrongPassword(String),
    UnknownAccount,
}

pub(crate) async fn check_credentials(
    store: &Store,
    username: &str,
    password: &str,
) -> anyhow::Result<Verdict> {
    let account = store.account(username).await?;
    let password = password.to_owned();
    let hash = account.as_ref().map(|a| a.password_hash.clone());
    // Hashing takes tens of milliseconds of CPU: keep it off the async workers.
    let ok = tokio::task::spawn_blocking(move || verify(&password, hash.as_deref())).await?;
    Ok(match account {
        Some(a) if ok => Verdict::Valid(Editor {
            id: a.id,
            username: a.username,
        }),
        Some(a) => Verdict::WrongPassword(a.username),
        None => Verdict::UnknownAccount,
    })
}

async fn hash_off_thread(password: &Password) -> anyhow::Result<String> {
    let password = Password(password.0.clone());
    Ok(tokio::task::spawn_blocking(move || password.hash()).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_plain_words() {
        assert!(Username::parse("mina.kim").is_ok());
        assert!(Username::parse("editor_2").is_ok());
        for bad in ["", "has space", "ünïcode", "a/b", &"x".repeat(65)] {
            assert_eq!(
                Username::parse(bad),
                Err(AccountError::BadUsername),
                "{bad}"
            );
        }
    }

    #[test]
    fn passwords_need_twelve_characters() {
        assert_eq!(
            Password::new("elevenchars".into()).unwrap_err(),
            AccountError::ShortPassword
        );
        assert!(Password::new("twelve chars".into()).is_ok());
        // Characters, not bytes: twelve Hangul syllables are enough.
        assert!(Password::new("가나다라마바사아자차카타".into()).is_ok());
        assert_eq!(
            Password::new("x".repeat(MAX_PASSWORD_CHARS + 1)).unwrap_err(),
            AccountError::LongPassword
        );
    }

    #[test]
    fn hashes_are_argon2id_and_verify_only_the_right_password() {
        let hash = Password::new("correct horse battery".into())
            .unwrap()
            .hash();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify("correct horse battery", Some(&hash)));
        assert!(!verify("correct horse battery!", Some(&hash)));
        assert!(!verify("correct horse battery", None));
        assert!(
            !format!("{:?}", Password::new("secret secret".into()).unwrap()).contains("secret")
        );
    }
}
