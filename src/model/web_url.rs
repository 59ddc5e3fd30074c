//! Links to sources: absolute `http` or `https` addresses with a host, the only kind a page
//! will show. A `WebUrl` can only be made by parsing, so a `javascript:` link cannot exist.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest link, in characters.
pub const MAX_URL_CHARS: usize = 2_000;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WebUrl(String);

/// Why a text is not a link a page may show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum BadUrl {
    #[error("at most {MAX_URL_CHARS} characters")]
    TooLong,
    #[error("links must start with http:// or https://")]
    NotHttp,
    #[error("this is not a web address")]
    NotAWebAddress,
}

impl WebUrl {
    /// The address, or why it is not one a page may link to.
    pub fn parse(text: &str) -> Result<Self, BadUrl> {
        if text.chars().count() > MAX_URL_CHARS {
            return Err(BadUrl::TooLong);
        }
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or(BadUrl::NotHttp)?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let valid = !host.is_empty()
            && !text.chars().any(|c| c.is_whitespace() || c.is_control())
            && !host.contains('@');
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            Err(BadUrl::NotAWebAddress)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for WebUrl {
    type Error = BadUrl;
    fn try_from(text: String) -> Result<Self, BadUrl> {
        Self::parse(&text)
    }
}

impl From<WebUrl> for String {
    fn from(url: WebUrl) -> String {
        url.0
    }
}

impl fmt::Display for WebUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_web_addresses_only() {
        for (url, ok) in [
            ("https://example.org/a?b#c", true),
            ("http://example.org", true),
            ("javascript:alert(1)", false),
            ("ftp://example.org", false),
            ("https://", false),
            ("https://exa mple.org", false),
            ("https://user@evil.example", false),
        ] {
            assert_eq!(WebUrl::parse(url).is_ok(), ok, "{url}");
        }
        assert!(serde_json::from_str::<WebUrl>(r#""javascript:alert(1)""#).is_err());
    }
}
