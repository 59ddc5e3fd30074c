//! Finding registered terms in an event's text, so that its page can link each term's first
//! mention to the term's entry, and the entry can list the events whose pages do.

use super::{Register, Term};
use crate::model::Lang;
use serde::{Deserialize, Serialize};

/// The words that find one term in texts of one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermWords {
    pub key: String,
    pub words: Vec<String>,
}

impl TermWords {
    pub fn of(term: &Term, lang: Lang) -> Self {
        TermWords {
            key: term.key.clone(),
            words: term.words_in(lang),
        }
    }
}

impl Register {
    /// The words of every term in a language, for `first_mentions`.
    pub fn words_in(&self, lang: Lang) -> Vec<TermWords> {
        self.terms()
            .iter()
            .map(|term| TermWords::of(term, lang))
            .collect()
    }
}

/// A piece of a text: plain words, or a term's mention that links to its entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Term { key: String, text: String },
}

/// The texts (in reading order) cut into pieces, with each term marked at its first mention
/// across all of them and nowhere else. Where words overlap, the one that starts first wins,
/// then the longest, so a mention is never inside another.
pub fn first_mentions(texts: &[String], terms: &[TermWords]) -> Vec<Vec<Piece>> {
    let mut linked = vec![false; terms.len()];
    texts
        .iter()
        .map(|text| {
            let mut found: Vec<(usize, usize, usize)> = Vec::new();
            for (index, term) in terms.iter().enumerate().filter(|(i, _)| !linked[*i]) {
                for word in &term.words {
                    found.extend(
                        matches(text, word)
                            .into_iter()
                            .map(|(start, end)| (start, end, index)),
                    );
                }
            }
            found.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
            let mut pieces = Vec::new();
            let mut at = 0;
            for (start, end, index) in found {
                if start < at || linked[index] {
                    continue;
                }
                linked[index] = true;
                if start > at {
                    pieces.push(Piece::Text(text[at..start].to_owned()));
                }
                pieces.push(Piece::Term {
                    key: terms[index].key.clone(),
                    text: text[start..end].to_owned(),
                });
                at = end;
            }
            if at < text.len() {
                pieces.push(Piece::Text(text[at..].to_owned()));
            }
            pieces
        })
        .collect()
}

/// Whether any of the words occurs in the text, as `first_mentions` would find it.
pub fn mentions(text: &str, words: &[String]) -> bool {
    words.iter().any(|word| !matches(text, word).is_empty())
}

/// Byte ranges of a word in a text, ignoring ASCII case as the search does. A word that
/// begins or ends with a Latin letter or digit must not run on into one ("Dokdo" is not
/// found in "Dokdos"); Korean and Japanese, written without spaces between particles, need
/// no such bound.
fn matches(text: &str, word: &str) -> Vec<(usize, usize)> {
    if word.is_empty() {
        return Vec::new();
    }
    // ASCII lowercasing keeps byte offsets, so they index the original text.
    let haystack = text.to_ascii_lowercase();
    let needle = word.to_ascii_lowercase();
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let bounded_start = alnum(needle.chars().next());
    let bounded_end = alnum(needle.chars().next_back());
    haystack
        .match_indices(&needle)
        .map(|(start, found)| (start, start + found.len()))
        .filter(|&(start, end)| {
            let runs_on_before = bounded_start && alnum(haystack[..start].chars().next_back());
            let runs_on_after = bounded_end && alnum(haystack[end..].chars().next());
            !runs_on_before && !runs_on_after
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(key: &str, words: &[&str]) -> TermWords {
        TermWords {
            key: key.into(),
            words: words.iter().map(|w| (*w).to_owned()).collect(),
        }
    }

    fn texts(list: &[&str]) -> Vec<String> {
        list.iter().map(|t| (*t).to_owned()).collect()
    }

    fn linked(pieces: &[Vec<Piece>]) -> Vec<(usize, String, String)> {
        let mut out = Vec::new();
        for (at, text) in pieces.iter().enumerate() {
            for piece in text {
                if let Piece::Term { key, text } = piece {
                    out.push((at, key.clone(), text.clone()));
                }
            }
        }
        out
    }

    #[test]
    fn each_term_is_marked_once_at_its_first_mention_across_the_texts() {
        let terms = [
            term("islets", &["Dokdo", "Takeshima"]),
            term("sea", &["East Sea"]),
        ];
        let pieces = first_mentions(
            &texts(&[
                "Seoul calls them Dokdo.",
                "Tokyo: Takeshima; the East Sea; Dokdo",
            ]),
            &terms,
        );
        assert_eq!(
            linked(&pieces),
            [
                (0, "islets".into(), "Dokdo".into()),
                (1, "sea".into(), "East Sea".into())
            ]
        );
        // Nothing is lost or added: the pieces spell the texts.
        let spelled: Vec<String> = pieces
            .iter()
            .map(|text| {
                text.iter()
                    .map(|p| match p {
                        Piece::Text(t) | Piece::Term { text: t, .. } => t.as_str(),
                    })
                    .collect()
            })
            .collect();
        assert_eq!(
            spelled,
            texts(&[
                "Seoul calls them Dokdo.",
                "Tokyo: Takeshima; the East Sea; Dokdo"
            ])
        );
    }

    #[test]
    fn the_earliest_then_longest_words_win_and_never_nest() {
        let terms = [
            term("comfort-women", &["comfort women"]),
            term("victims", &["Japanese military comfort women"]),
        ];
        let pieces = first_mentions(&texts(&["The Japanese military comfort women."]), &terms);
        assert_eq!(
            linked(&pieces),
            [(
                0,
                "victims".into(),
                "Japanese military comfort women".into()
            )]
        );
    }

    #[test]
    fn latin_words_are_whole_words_and_ignore_case_while_korean_and_japanese_are_not_bounded() {
        assert!(!mentions("the Dokdos", &["Dokdo".into()]));
        assert!(mentions("DOKDO, they say", &["Dokdo".into()]));
        assert!(mentions("독도는", &["독도".into()]));
        assert!(mentions("竹島の日", &["竹島".into()]));
        let pieces = first_mentions(
            &texts(&["독도(일본명 다케시마)는"]),
            &[term("islets", &["독도", "다케시마"])],
        );
        assert_eq!(linked(&pieces), [(0, "islets".into(), "독도".into())]);
    }
}
