//! The languages the timeline is written in, and an event's words in one of them.

use super::FilterField;
use serde::{Deserialize, Serialize};
use strum::{Display, EnumString, IntoStaticStr, VariantArray};

/// A language of the site, by its BCP 47 tag. English is the original every event has.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    IntoStaticStr,
    VariantArray,
)]
#[serde(rename_all = "lowercase")]
#[strum(
    serialize_all = "lowercase",
    parse_err_ty = UnknownLang,
    parse_err_fn = UnknownLang::of
)]
pub enum Lang {
    En,
    Ko,
    Ja,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}; use en, ko or ja")]
pub struct UnknownLang(pub String);

impl UnknownLang {
    fn of(tag: &str) -> Self {
        Self(tag.to_owned())
    }
}

impl Lang {
    /// Every language, in the order they are offered; an array, so that a value per
    /// language can be one too.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ko, Lang::Ja];

    /// The language every event is written in first; the others are translations of it.
    pub const ORIGINAL: Lang = Lang::En;

    /// The tag used in URLs, the API, the database and `lang` attributes.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// What its pages' addresses start with: nothing for English, whose addresses came
    /// first and stay as shared; `/ko` and `/ja` for the others.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Ko => "/ko",
            Lang::Ja => "/ja",
        }
    }

    /// A page's address in this language: `/events/3-x` is `/ko/events/3-x` in Korean, and
    /// `/` (with any query) is `/ko/`.
    pub fn path(self, path: &str) -> String {
        format!("{}{path}", self.prefix())
    }

    /// The language of a page's address, and the address without it: `/ja/events/3` is
    /// Japanese `/events/3`, and `/ja` is Japanese `/`.
    pub fn of_path(path: &str) -> (Lang, &str) {
        for lang in [Lang::Ko, Lang::Ja] {
            if let Some(rest) = path.strip_prefix(lang.prefix()) {
                match rest {
                    "" => return (lang, "/"),
                    rest if rest.starts_with('/') => return (lang, rest),
                    _ => {}
                }
            }
        }
        (Lang::En, path)
    }

    /// Its name in itself, as a reader of it looks for it: "English", "한국어", "日本語".
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
            Lang::Ja => "日本語",
        }
    }

    /// The Open Graph locale of its pages.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en_US",
            Lang::Ko => "ko_KR",
            Lang::Ja => "ja_JP",
        }
    }
}

impl Lang {
    /// The language a request asks for: its `lang` parameter if it has one (which must be
    /// one of ours), or else the reader's best-liked language of ours in `Accept-Language`,
    /// or else English.
    pub fn asked(param: Option<&str>, accept_language: Option<&str>) -> Result<Lang, UnknownLang> {
        match param {
            Some(tag) => tag.parse(),
            None => Ok(accept_language
                .and_then(Lang::preferred)
                .unwrap_or(Lang::ORIGINAL)),
        }
    }

    /// The language a request asks for, from its query string (`lang=ko`) and its
    /// `Accept-Language` header, as `asked` reads them.
    pub fn asked_in(query: &str, accept_language: Option<&str>) -> Result<Lang, UnknownLang> {
        let param = form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .find(|(key, value)| key == FilterField::Lang.name() && !value.is_empty())
            .map(|(_, value)| value.into_owned());
        Lang::asked(param.as_deref(), accept_language)
    }

    /// The language of ours an `Accept-Language` header likes best (`ko-KR,ko;q=0.9,en;q=0.8`
    /// is Korean), if it names one.
    pub fn preferred(accept_language: &str) -> Option<Lang> {
        let mut best: Option<(Lang, f32)> = None;
        for range in accept_language.split(',') {
            let mut parts = range.split(';').map(str::trim);
            let tag = parts.next().unwrap_or_default().to_ascii_lowercase();
            let weight = parts
                .find_map(|p| p.strip_prefix("q="))
                .map_or(Some(1.0), |q| q.parse::<f32>().ok())
                .unwrap_or(0.0);
            let primary = tag.split('-').next().unwrap_or_default();
            let Ok(lang) = primary.parse::<Lang>() else {
                continue;
            };
            if weight > 0.0 && best.is_none_or(|(_, w)| weight > w) {
                best = Some((lang, weight));
            }
        }
        best.map(|(lang, _)| lang)
    }
}

/// An event's words in one language. Built only by `EventForm::validate`, under the same
/// rules in every language, so the lengths are always within them.
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
    fn the_language_asked_for_is_the_parameter_or_the_readers_best_liked() {
        assert_eq!(Lang::asked(Some("ja"), Some("ko")), Ok(Lang::Ja));
        assert!(Lang::asked(Some("zh"), None).is_err());
        assert_eq!(
            Lang::asked(None, Some("ko-KR,ko;q=0.9,en-US;q=0.8")),
            Ok(Lang::Ko)
        );
        assert_eq!(
            Lang::asked(None, Some("fr-FR, ja;q=0.5, en;q=0.4")),
            Ok(Lang::Ja)
        );
        assert_eq!(Lang::asked(None, Some("en;q=0.9, ja;q=0")), Ok(Lang::En));
        assert_eq!(Lang::asked(None, Some("de, fr")), Ok(Lang::En));
        assert_eq!(Lang::asked(None, None), Ok(Lang::En));
    }

    #[test]
    fn tags_round_trip_and_every_language_is_listed_once() {
        assert_eq!(Lang::ALL.as_slice(), Lang::VARIANTS);
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(lang.to_string(), lang.code());
        }
        assert_eq!(Lang::Ko.code(), "ko");
        assert_eq!("KO".parse::<Lang>(), Err(UnknownLang("KO".into())));
    }

    #[test]
    fn addresses_carry_the_language_but_english_keeps_its_own() {
        assert_eq!(Lang::Ko.path("/"), "/ko/");
        assert_eq!(Lang::Ja.path("/?category=trade"), "/ja/?category=trade");
        assert_eq!(Lang::En.path("/events/3-x"), "/events/3-x");
        for lang in Lang::ALL {
            for path in ["/", "/events/3-x", "/on-this-day"] {
                assert_eq!(Lang::of_path(&lang.path(path)), (lang, path));
            }
        }
        assert_eq!(Lang::of_path("/ko"), (Lang::Ko, "/"));
        assert_eq!(Lang::of_path("/korea"), (Lang::En, "/korea"));
        assert_eq!(Lang::of_path("/jazz/"), (Lang::En, "/jazz/"));
    }

    #[test]
    fn tags_round_trip_and_unknown_tags_are_refused() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
        }
        assert!("EN".parse::<Lang>().is_err());
        assert!("zh".parse::<Lang>().is_err());
    }
}
