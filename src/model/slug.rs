//! URL slugs made from titles.

/// Long titles are cut at a word boundary near this many characters.
const MAX_LEN: usize = 60;

/// What a title with no ASCII letters or digits (say, one in Korean) becomes.
const FALLBACK: &str = "event";

/// A lowercase ASCII slug for a title: letters and digits joined by single hyphens,
/// never empty. Slugs are decoration: an event's id alone identifies it.
pub fn slugify(title: &str) -> String {
    let mut slug = String::with_capacity(title.len().min(MAX_LEN));
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let extra = word.len() + usize::from(!slug.is_empty());
        if slug.len() + extra > MAX_LEN {
            if slug.is_empty() {
                slug.push_str(&word[..MAX_LEN].to_ascii_lowercase());
            }
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if slug.is_empty() {
        FALLBACK.to_owned()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_lowercase_words_with_hyphens() {
        assert_eq!(
            slugify("Japan's export curbs take effect (July 2019)"),
            "japan-s-export-curbs-take-effect-july-2019"
        );
        assert_eq!(
            slugify("  GSOMIA: the last-minute suspension!  "),
            "gsomia-the-last-minute-suspension"
        );
    }

    #[test]
    fn is_never_empty() {
        assert_eq!(slugify("한일 기본조약"), "event");
        assert_eq!(slugify("日韓基本条約"), "event");
        assert_eq!(slugify(""), "event");
        assert_eq!(slugify("—"), "event");
    }

    #[test]
    fn keeps_ascii_words_from_mixed_titles() {
        assert_eq!(slugify("GSOMIA 지소미아 종료 유예"), "gsomia");
        assert_eq!(slugify("Café Seoul"), "caf-seoul");
    }

    #[test]
    fn cuts_long_titles_at_a_word_boundary() {
        let slug = slugify(&"word ".repeat(40));
        assert!(slug.len() <= MAX_LEN);
        assert!(slug.ends_with("word"));
        assert_eq!(slugify(&"x".repeat(100)).len(), MAX_LEN);
    }
}
