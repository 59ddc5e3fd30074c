//! The languages the timeline is written in, and an event's words in one of them.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language of the site, by its BCP 47 tag. English is the original every event has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ko,
    Ja,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}; use en, ko or ja")]
pub struct UnknownLang(pub String);

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ko, Lang::Ja];

    /// The language every event is written in first; the others are translations of it.
    pub const ORIGINAL: Lang = Lang::En;

    /// The tag used in URLs, the API, the database and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
        }
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code() == s)
            .ok_or_else(|| UnknownLang(s.to_owned()))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An event's words in one language. Built by `EventForm::validate` or
/// `EventText::parse`, so the lengths are always within the form's rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventText {
    pub title: String,
    pub summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

/// An event's words in a language other than the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    pub lang: Lang,
    pub text: EventText,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_unknown_tags_are_refused() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
        }
        assert!("EN".parse::<Lang>().is_err());
        assert!("zh".parse::<Lang>().is_err());
    }
}
