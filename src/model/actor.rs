//! The states and organisations that take part in events.

use super::PartialDate;
use serde::{Deserialize, Serialize};
use strum::{Display, EnumString, IntoStaticStr, VariantArray};

/// An actor, written as an ISO-like code (KR, JP, WTO ...) and shown by its full name.
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
#[strum(parse_err_ty = UnknownActor, parse_err_fn = UnknownActor::of)]
pub enum Actor {
    #[serde(rename = "KR")]
    #[strum(serialize = "KR")]
    SouthKorea,
    #[serde(rename = "JP")]
    #[strum(serialize = "JP")]
    Japan,
    #[serde(rename = "US")]
    #[strum(serialize = "US")]
    UnitedStates,
    #[serde(rename = "CN")]
    #[strum(serialize = "CN")]
    China,
    #[serde(rename = "KP")]
    #[strum(serialize = "KP")]
    NorthKorea,
    #[serde(rename = "WTO")]
    #[strum(serialize = "WTO")]
    Wto,
    #[serde(rename = "UN")]
    #[strum(serialize = "UN")]
    UnitedNations,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown actor {0:?}; use a code such as KR, JP, US, CN, KP, WTO or UN")]
pub struct UnknownActor(pub String);

impl UnknownActor {
    fn of(code: &str) -> Self {
        Self(code.to_owned())
    }
}

impl Actor {
    /// Every actor, in the order they are offered (and their bits are numbered).
    pub const ALL: &[Actor] = Actor::VARIANTS;

    /// Its bit in an event's set of actors (`events.actor_bits`, whose migration and
    /// triggers give the same bits): 1 for South Korea, 2 for Japan, and so on in `ALL` order.
    pub fn bit(self) -> i64 {
        let at = Actor::ALL
            .iter()
            .position(|&actor| actor == self)
            .expect("every actor is in ALL");
        1 << at
    }

    /// The set of these actors, as `events.actor_bits` holds it.
    pub fn bits(actors: &[Actor]) -> i64 {
        actors.iter().fold(0, |bits, actor| bits | actor.bit())
    }

    /// Its code: KR, JP, WTO …
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The key of its name in the catalogues as it was on a date: the Korean side of the
    /// timeline's first events was Joseon, then the Korean Empire, then Korea under Japanese
    /// rule, before the Republic of Korea; every other actor keeps one name. The code, and so
    /// the filter, stays `KR` throughout.
    pub fn name_key(self, on: PartialDate) -> &'static str {
        if self != Actor::SouthKorea {
            return self.name_key_today();
        }
        match on.first_day() {
            day if day < KOREAN_EMPIRE_PROCLAIMED => "actor-KR-joseon",
            day if day < ANNEXATION_IN_FORCE => "actor-KR-empire",
            day if day < REPUBLIC_FOUNDED => "actor-KR-colonial",
            _ => self.name_key_today(),
        }
    }

    /// The key of its name as it is now.
    pub fn name_key_today(self) -> &'static str {
        match self {
            Actor::SouthKorea => "actor-KR",
            Actor::Japan => "actor-JP",
            Actor::UnitedStates => "actor-US",
            Actor::China => "actor-CN",
            Actor::NorthKorea => "actor-KP",
            Actor::Wto => "actor-WTO",
            Actor::UnitedNations => "actor-UN",
        }
    }
}

/// The first days of Korea's names after Joseon's, as (year, month, day): the Korean Empire
/// was proclaimed on 12 October 1897, the annexation treaty took effect on 29 August 1910,
/// and the Republic of Korea's government was founded on 15 August 1948.
const KOREAN_EMPIRE_PROCLAIMED: (u16, u8, u8) = (1897, 10, 12);
const ANNEXATION_IN_FORCE: (u16, u8, u8) = (1910, 8, 29);
const REPUBLIC_FOUNDED: (u16, u8, u8) = (1948, 8, 15);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_serialize_as_codes() {
        for &actor in Actor::ALL {
            assert_eq!(actor.code().parse::<Actor>(), Ok(actor));
            assert_eq!(
                serde_json::to_string(&actor).unwrap(),
                format!("\"{}\"", actor.code())
            );
        }
        assert!("kr".parse::<Actor>().is_err());
    }

    #[test]
    fn korea_is_named_as_it_was_on_the_date() {
        let on = |text: &str| text.parse::<PartialDate>().unwrap();
        let korea = |text: &str| Actor::SouthKorea.name_key(on(text));
        assert_eq!(korea("1876-02-27"), "actor-KR-joseon");
        // A year or month is named by its first day: 1897 began under Joseon.
        assert_eq!(korea("1897"), "actor-KR-joseon");
        assert_eq!(korea("1897-10-12"), "actor-KR-empire");
        assert_eq!(korea("1910-08-22"), "actor-KR-empire");
        assert_eq!(korea("1910-08-29"), "actor-KR-colonial");
        assert_eq!(korea("1945-08-15"), "actor-KR-colonial");
        assert_eq!(korea("1948-08-15"), "actor-KR");
        assert_eq!(korea("1965"), "actor-KR");
        assert_eq!(Actor::Japan.name_key(on("1876")), "actor-JP");
    }
}
