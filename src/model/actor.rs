//! The states and organisations that take part in events.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// An actor, written as an ISO-like code (KR, JP, WTO ...) and shown by its full name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Actor {
    #[serde(rename = "KR")]
    SouthKorea,
    #[serde(rename = "JP")]
    Japan,
    #[serde(rename = "US")]
    UnitedStates,
    #[serde(rename = "CN")]
    China,
    #[serde(rename = "KP")]
    NorthKorea,
    #[serde(rename = "WTO")]
    Wto,
    #[serde(rename = "UN")]
    UnitedNations,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown actor {0:?}; use a code such as KR, JP, US, CN, KP, WTO or UN")]
pub struct UnknownActor(pub String);

impl Actor {
    pub const ALL: [Actor; 7] = [
        Actor::SouthKorea,
        Actor::Japan,
        Actor::UnitedStates,
        Actor::China,
        Actor::NorthKorea,
        Actor::Wto,
        Actor::UnitedNations,
    ];

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

    pub fn code(self) -> &'static str {
        match self {
            Actor::SouthKorea => "KR",
            Actor::Japan => "JP",
            Actor::UnitedStates => "US",
            Actor::China => "CN",
            Actor::NorthKorea => "KP",
            Actor::Wto => "WTO",
            Actor::UnitedNations => "UN",
        }
    }
}

impl FromStr for Actor {
    type Err = UnknownActor;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Actor::ALL
            .into_iter()
            .find(|a| a.code() == s)
            .ok_or_else(|| UnknownActor(s.to_owned()))
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_serialize_as_codes() {
        for actor in Actor::ALL {
            assert_eq!(actor.code().parse::<Actor>(), Ok(actor));
            assert_eq!(
                serde_json::to_string(&actor).unwrap(),
                format!("\"{}\"", actor.code())
            );
        }
        assert!("kr".parse::<Actor>().is_err());
    }
}
