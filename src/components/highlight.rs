//! Search words marked in text.

use leptos::prelude::*;

/// The text with every occurrence of any of the words wrapped in `<mark>`. Matching
/// ignores ASCII case, as the search does.
#[component]
pub fn Highlighted(text: String, words: Vec<String>) -> impl IntoView {
    let ranges = match_ranges(&text, &words);
    let mut parts = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for (start, end) in ranges {
        parts.push(text[at..start].to_owned().into_any());
        parts.push(view! { <mark>{text[start..end].to_owned()}</mark> }.into_any());
        at = end;
    }
    parts.push(text[at..].to_owned().into_any());
    parts
}

/// Byte ranges of the words in the text, sorted, merged where they overlap.
fn match_ranges(text: &str, words: &[String]) -> Vec<(usize, usize)> {
    // ASCII lowercasing keeps byte offsets, so they index the original text.
    let haystack = text.to_ascii_lowercase();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for word in words.iter().filter(|w| !w.is_empty()) {
        let needle = word.to_ascii_lowercase();
        ranges.extend(
            haystack
                .match_indices(&needle)
                .map(|(start, found)| (start, start + found.len())),
        );
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| (*w).to_owned()).collect()
    }

    #[test]
    fn finds_words_ignoring_ascii_case() {
        let text = "GSOMIA suspended; gsomia talks";
        assert_eq!(match_ranges(text, &words(&["Gsomia"])), [(0, 6), (18, 24)]);
    }

    #[test]
    fn merges_overlapping_matches_and_handles_korean() {
        assert_eq!(
            match_ranges("export curbs", &words(&["export", "port c"])),
            [(0, 8)]
        );
        let text = "한일 지소미아 종료";
        let ranges = match_ranges(text, &words(&["지소미아"]));
        assert_eq!(&text[ranges[0].0..ranges[0].1], "지소미아");
        assert!(match_ranges(text, &words(&[""])).is_empty());
    }
}
