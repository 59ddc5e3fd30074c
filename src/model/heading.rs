//! Where a view's headings start. A page's title is its one `<h1>`; an embed sits inside
//! another site's page, whose host sets the level its headings start at (`?h=3`) so that
//! they fit into the host page's own outline.

/// The level of a view's top heading; the headings under it go at most two levels deeper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl HeadingLevel {
    /// A page of the site: its title is the `<h1>`.
    pub const PAGE: Self = Self(1);
    /// An embed unless its host asks otherwise: under the host page's own `<h1>`.
    pub const EMBED: Self = Self(2);
    /// An event previewed on its form, under the form's title, the preview's heading and the
    /// language's.
    pub const PREVIEW: Self = Self(4);
    /// The deepest start: the headings go two levels below it, and HTML stops at `<h6>`.
    const DEEPEST: u8 = 4;

    /// The level a query string's `h` asks for; any other value than 1 to 4 is taken as the
    /// default, as a page number is, so that a host's slip never empties its article.
    pub fn of_query(query: &str) -> Self {
        form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .find(|(key, _)| key == "h")
            .and_then(|(_, value)| value.parse::<u8>().ok())
            .filter(|level| (1..=Self::DEEPEST).contains(level))
            .map_or(Self::EMBED, Self)
    }

    /// The number in `<h1>`…`<h6>` of a heading `steps` below this one.
    pub fn below(self, steps: u8) -> u8 {
        (self.0 + steps).min(6)
    }

    pub fn number(self) -> u8 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_sets_the_level_from_one_to_four() {
        assert_eq!(HeadingLevel::of_query("h=3").number(), 3);
        assert_eq!(HeadingLevel::of_query("?category=trade&h=1").number(), 1);
        assert_eq!(HeadingLevel::of_query("h=4").below(2), 6);
    }

    #[test]
    fn anything_else_is_the_embeds_default() {
        for query in ["", "h=0", "h=5", "h=two", "h=-1", "h="] {
            assert_eq!(
                HeadingLevel::of_query(query),
                HeadingLevel::EMBED,
                "{query}"
            );
        }
    }
}
