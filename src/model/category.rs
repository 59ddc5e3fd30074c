//! The one category each event belongs to.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    History,
    Legal,
    Trade,
    Security,
    Diplomacy,
    Society,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown category {0:?}; choose one of history, legal, trade, security, diplomacy, society"
)]
pub struct UnknownCategory(pub String);

impl Category {
    pub const ALL: [Category; 6] = [
        Category::History,
        Category::Legal,
        Category::Trade,
        Category::Security,
        Category::Diplomacy,
        Category::Society,
    ];

    /// The code used in URLs, the API and the database.
    pub fn code(self) -> &'static str {
        match self {
            Category::History => "history",
            Category::Legal => "legal",
            Category::Trade => "trade",
            Category::Security => "security",
            Category::Diplomacy => "diplomacy",
            Category::Society => "society",
        }
    }
}

impl FromStr for Category {
    type Err = UnknownCategory;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.code() == s)
            .ok_or_else(|| UnknownCategory(s.to_owned()))
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for category in Category::ALL {
            assert_eq!(category.code().parse::<Category>(), Ok(category));
        }
        assert!("Trade".parse::<Category>().is_err());
        assert!("sports".parse::<Category>().is_err());
    }
}
