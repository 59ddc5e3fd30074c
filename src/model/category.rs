//! The one category each event belongs to.

use serde::{Deserialize, Serialize};
use strum::{Display, EnumString, IntoStaticStr, VariantArray};

/// Its code (`trade`) is used in URLs, the API and the database.
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
    parse_err_ty = UnknownCategory,
    parse_err_fn = UnknownCategory::of
)]
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

impl UnknownCategory {
    fn of(code: &str) -> Self {
        Self(code.to_owned())
    }
}

impl Category {
    /// Every category, in the order they are offered.
    pub const ALL: &[Category] = Category::VARIANTS;

    /// The code used in URLs, the API and the database.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for &category in Category::ALL {
            assert_eq!(category.code().parse::<Category>(), Ok(category));
        }
        assert!("Trade".parse::<Category>().is_err());
        assert!("sports".parse::<Category>().is_err());
    }
}
