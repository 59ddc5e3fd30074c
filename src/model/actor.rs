//! The states and organisations that take part in events.

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
}

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
}
