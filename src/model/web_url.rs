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

    /// The host, as a reader is shown where a link goes: in its own script where one script
    /// (or the usual Korean or Japanese mix) writes each of its labels, else in punycode
    /// (`xn--…`), so that a host cannot pass for another by mixing look-alike letters of two
    /// scripts (a Cyrillic "а" in "pаypal.com").
    pub fn host_shown(&self) -> String {
        let rest = self.0.split_once("://").map_or("", |(_, rest)| rest);
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host = host.rsplit_once(':').map_or(host, |(name, port)| {
            if port.chars().all(|c| c.is_ascii_digit()) {
                name
            } else {
                host
            }
        });
        let Ok(ascii) = idna::domain_to_ascii(host) else {
            return host.to_ascii_lowercase();
        };
        let (unicode, checked) = idna::domain_to_unicode(&ascii);
        let legible = checked.is_ok() && unicode.split('.').all(one_script);
        if legible { unicode } else { ascii }
    }
}

/// The scripts a label of a host name may be written in, each set on its own: Latin, Korean
/// (Hangul with Hanja), Japanese (kanji with kana), and the other scripts alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Script {
    Latin,
    Hangul,
    Han,
    Kana,
    Other(u32),
}

fn script(c: char) -> Option<Script> {
    Some(match c {
        '0'..='9' | '-' => return None,
        'a'..='z' | 'A'..='Z' => Script::Latin,
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => {
            Script::Hangul
        }
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{3005}' => Script::Han,
        '\u{3040}'..='\u{30FF}' => Script::Kana,
        // Any other letter: its block of 128 code points stands for its script, strictly
        // enough that two scripts never pass for one.
        c => Script::Other(c as u32 / 128),
    })
}

/// Whether a label's letters are of one script, or of Korean's or Japanese's usual mix.
fn one_script(label: &str) -> bool {
    let mut seen: Vec<Script> = label.chars().filter_map(script).collect();
    seen.sort();
    seen.dedup();
    matches!(
        seen.as_slice(),
        [] | [_] | [Script::Hangul, Script::Han] | [Script::Han, Script::Kana]
    )
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
    fn hosts_show_in_one_script_or_in_punycode() {
        let shown = |url: &str| WebUrl::parse(url).unwrap().host_shown();
        assert_eq!(
            shown("https://www.mofa.go.kr/www/brd/m_4080/view.do"),
            "www.mofa.go.kr"
        );
        assert_eq!(shown("https://WWW.Asahi.com:443/articles"), "www.asahi.com");
        // Korean and Japanese names as they are written.
        assert_eq!(shown("https://한국.kr/"), "한국.kr");
        assert_eq!(shown("http://xn--3e0b707e.kr/"), "한국.kr");
        assert_eq!(shown("https://日本語.jp/"), "日本語.jp");
        assert_eq!(shown("https://ひらがな漢字.jp/"), "ひらがな漢字.jp");
        // A Cyrillic "а" among Latin letters, or Hangul beside kana, is shown as punycode.
        assert_eq!(shown("https://p\u{0430}ypal.com/"), "xn--pypal-4ve.com");
        assert!(shown("https://한국かな.jp/").starts_with("xn--"));
        assert!(shown("https://mofaгов.jp/").starts_with("xn--"));
    }

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
