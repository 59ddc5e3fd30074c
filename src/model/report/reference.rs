//! A report's reference, `R-2026-K7QM3X9D`: the year it was sent and eight characters of
//! Crockford's base 32 (no I, L, O or U, so it reads aloud and copies by hand without
//! confusion) from 40 random bits. Random rather than counted, it tells nobody how many
//! reports there are, and cannot be guessed to reach another's status page.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_CHARS: usize = 8;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reference(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a report's reference")]
pub struct BadReference(pub String);

impl Reference {
    /// The reference for a report sent in `year`, from the low 40 bits of `random`.
    pub fn new(year: i32, random: u64) -> Self {
        let code: String = (0..CODE_CHARS)
            .rev()
            .map(|at| char::from(ALPHABET[((random >> (at * 5)) & 31) as usize]))
            .collect();
        Self(format!("R-{year:04}-{code}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Reference {
    type Err = BadReference;

    /// Reads a reference as written, or in lower case (as a reader may type it).
    fn from_str(text: &str) -> Result<Self, BadReference> {
        let bad = || BadReference(text.to_owned());
        let upper = text.trim().to_ascii_uppercase();
        let rest = upper.strip_prefix("R-").ok_or_else(bad)?;
        let (year, code) = rest.split_once('-').ok_or_else(bad)?;
        let fits = year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && code.len() == CODE_CHARS
            && code.bytes().all(|b| ALPHABET.contains(&b));
        fits.then_some(Self(upper)).ok_or_else(bad)
    }
}

impl TryFrom<String> for Reference {
    type Error = BadReference;

    fn try_from(text: String) -> Result<Self, BadReference> {
        text.parse()
    }
}

impl From<Reference> for String {
    fn from(reference: Reference) -> String {
        reference.0
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_reads_back_as_written_or_in_lower_case() {
        let reference = Reference::new(2026, 0xFF_FFFF_FFFF);
        assert_eq!(reference.as_str(), "R-2026-ZZZZZZZZ");
        assert_eq!(Reference::new(2026, 0).as_str(), "R-2026-00000000");
        let typed = "r-2026-k7qm3x9d".parse::<Reference>().unwrap();
        assert_eq!(typed.as_str(), "R-2026-K7QM3X9D");
        for bad in [
            "R-2026-K7QM3X9",
            "R-26-K7QM3X9D",
            "R-2026-K7QM3X9I",
            "2026-K7QM3X9D",
        ] {
            assert!(bad.parse::<Reference>().is_err(), "{bad}");
        }
    }
}
