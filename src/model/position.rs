//! Positions: what a government, or one of its courts, holds on an event, quoted in its own
//! words from its own published text, with unofficial translations into the other languages.

use super::{Actor, Lang, Source};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};

/// A court whose rulings are events. Each belongs to one state, so a position cannot give a
/// court to the wrong side.
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
    EnumString,
    IntoStaticStr,
    VariantArray,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Court {
    KoreaSupremeCourt,
    KoreaConstitutionalCourt,
    SeoulHighCourt,
    SeoulCentralDistrictCourt,
    JapanSupremeCourt,
    TokyoDistrictCourt,
}

impl Court {
    /// Every court, in the order the form offers them.
    pub const ALL: &[Court] = Court::VARIANTS;

    /// Its code: `korea-supreme-court` …
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The state it belongs to.
    pub fn actor(self) -> Actor {
        match self {
            Court::KoreaSupremeCourt
            | Court::KoreaConstitutionalCourt
            | Court::SeoulHighCourt
            | Court::SeoulCentralDistrictCourt => Actor::SouthKorea,
            Court::JapanSupremeCourt | Court::TokyoDistrictCourt => Actor::Japan,
        }
    }
}

/// Whose position it is: a state's government, or one of its courts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "HolderParts", try_from = "HolderParts")]
pub enum Holder {
    Government(Actor),
    Court(Court),
}

/// A holder as the API and the database write it: the state, and the court if it is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolderParts {
    pub actor: Actor,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub court: Option<Court>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadHolder {
    #[error("unknown holder {0:?}; use an actor code (KR, JP …) or a court's code")]
    Unknown(String),
    #[error("the court {court:?} belongs to {belongs:?}, not {actor:?}")]
    WrongState {
        court: &'static str,
        belongs: &'static str,
        actor: &'static str,
    },
}

impl Holder {
    /// The state whose side it is.
    pub fn actor(self) -> Actor {
        match self {
            Holder::Government(actor) => actor,
            Holder::Court(court) => court.actor(),
        }
    }

    /// Its code in the form: the actor's for a government (`KR`), the court's for a court.
    pub fn code(self) -> &'static str {
        match self {
            Holder::Government(actor) => actor.code(),
            Holder::Court(court) => court.code(),
        }
    }

    pub fn from_code(code: &str) -> Result<Self, BadHolder> {
        code.parse::<Actor>()
            .map(Holder::Government)
            .or_else(|_| code.parse::<Court>().map(Holder::Court))
            .map_err(|_| BadHolder::Unknown(code.to_owned()))
    }

    /// Every holder, in the order the form offers them: governments, then courts.
    pub fn all() -> impl Iterator<Item = Holder> {
        let governments = Actor::ALL.iter().map(|&actor| Holder::Government(actor));
        governments.chain(Court::ALL.iter().map(|&court| Holder::Court(court)))
    }
}

impl From<Holder> for HolderParts {
    fn from(holder: Holder) -> Self {
        let court = match holder {
            Holder::Government(_) => None,
            Holder::Court(court) => Some(court),
        };
        Self {
            actor: holder.actor(),
            court,
        }
    }
}

impl TryFrom<HolderParts> for Holder {
    type Error = BadHolder;
    fn try_from(parts: HolderParts) -> Result<Self, BadHolder> {
        match parts.court {
            None => Ok(Holder::Government(parts.actor)),
            Some(court) if court.actor() == parts.actor => Ok(Holder::Court(court)),
            Some(court) => Err(BadHolder::WrongState {
                court: court.code(),
                belongs: court.actor().code(),
                actor: parts.actor.code(),
            }),
        }
    }
}

/// One side's position on an event. Made by `EventForm::validate` (or read back from what
/// it made): the quote is verbatim, its source dated and linked, and it is translated into
/// each other language by words that are not the quote's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub holder: Holder,
    /// The language the words were published in.
    pub lang: Lang,
    /// The holder's own words, as published.
    pub quote: String,
    /// Where they were published.
    pub source: Source,
    /// Unofficial translations into each other language, in `Lang::ALL` order.
    pub translations: Vec<QuoteTranslation>,
}

/// An unofficial translation of a quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteTranslation {
    pub lang: Lang,
    pub text: String,
}

impl Position {
    /// Its words in `lang`: the quote itself, or its translation.
    pub fn words(&self, lang: Lang) -> Option<&str> {
        if lang == self.lang {
            return Some(&self.quote);
        }
        self.translations
            .iter()
            .find(|t| t.lang == lang)
            .map(|t| t.text.as_str())
    }
}

/// Whether positions come from two sides or more: what marks an event as disputed.
pub fn is_disputed(positions: &[Position]) -> bool {
    positions
        .iter()
        .any(|p| p.holder.actor() != positions[0].holder.actor())
}

/// Positions in the order a page in `lang` shows them: governments before courts; Korea's
/// side first on English and Korean pages, Japan's first on Japanese pages (each language's
/// natural order, not a ranking); others after, as entered.
pub fn in_page_order(positions: &[Position], lang: Lang) -> Vec<&Position> {
    let first = match lang {
        Lang::Ja => [Actor::Japan, Actor::SouthKorea],
        Lang::En | Lang::Ko => [Actor::SouthKorea, Actor::Japan],
    };
    let mut ordered: Vec<&Position> = positions.iter().collect();
    // A stable sort keeps the editor's order within each rank.
    ordered.sort_by_key(|p| {
        let side = first
            .iter()
            .position(|&actor| actor == p.holder.actor())
            .unwrap_or(first.len());
        (matches!(p.holder, Holder::Court(_)), side)
    });
    ordered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

    fn position(holder: Holder) -> Position {
        Position {
            holder,
            lang: Lang::Ko,
            quote: "말".into(),
            source: Source {
                publisher: "외교부".into(),
                headline: "논평".into(),
                date: Some("2019-07-01".parse().unwrap()),
                url: None,
            },
            translations: Vec::new(),
        }
    }

    #[test]
    fn a_court_belongs_to_its_own_state() {
        assert_eq!(
            Holder::from_code("korea-supreme-court"),
            Ok(Holder::Court(Court::KoreaSupremeCourt))
        );
        assert_eq!(
            Holder::from_code("JP"),
            Ok(Holder::Government(Actor::Japan))
        );
        assert!(Holder::from_code("supreme-court").is_err());
        for holder in Holder::all() {
            assert_eq!(Holder::from_code(holder.code()), Ok(holder));
            let json = serde_json::to_string(&holder).unwrap();
            assert_eq!(serde_json::from_str::<Holder>(&json).unwrap(), holder);
        }
        assert_eq!(
            serde_json::to_string(&Holder::Court(Court::SeoulHighCourt)).unwrap(),
            r#"{"actor":"KR","court":"seoul-high-court"}"#
        );
        let wrong = r#"{"actor":"JP","court":"seoul-high-court"}"#;
        assert!(serde_json::from_str::<Holder>(wrong).is_err());
    }

    #[test]
    fn two_sides_make_a_dispute_and_one_side_twice_does_not() {
        let korea = position(Holder::Government(Actor::SouthKorea));
        let court = position(Holder::Court(Court::KoreaSupremeCourt));
        let japan = position(Holder::Government(Actor::Japan));
        assert!(!is_disputed(&[]));
        assert!(!is_disputed(&[korea.clone(), court.clone()]));
        assert!(is_disputed(&[court, japan]));
    }

    #[test]
    fn each_language_puts_its_own_side_first_and_courts_after_governments() {
        let court = position(Holder::Court(Court::KoreaSupremeCourt));
        let korea = position(Holder::Government(Actor::SouthKorea));
        let japan = position(Holder::Government(Actor::Japan));
        let positions = [court, japan, korea];
        let order = |lang| -> Vec<&str> {
            in_page_order(&positions, lang)
                .iter()
                .map(|p| p.holder.code())
                .collect()
        };
        assert_eq!(order(Lang::En), ["KR", "JP", "korea-supreme-court"]);
        assert_eq!(order(Lang::Ko), ["KR", "JP", "korea-supreme-court"]);
        assert_eq!(order(Lang::Ja), ["JP", "KR", "korea-supreme-court"]);
    }
}
