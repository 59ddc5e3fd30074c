//! How Korean and Japanese words of two characters are found: every engine indexes each
//! event's text with its Korean and Japanese characters doubled, where a trigram index can
//! find a doubled two-character word (four characters) as it finds any longer word.

/// Whether a character is written in Korean or Japanese script (Hangul, kana, CJK ideographs).
pub(in crate::server::store) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}')
}

/// A text's Korean and Japanese runs with every character doubled, other text as spaces
/// between them: "FTA 수출 규제" is " 수수출출 규규제제" (see the `event_pairs` migration).
pub(in crate::server::store) fn doubled(text: &str) -> String {
    let mut pairs = String::with_capacity(text.len() * 2);
    let mut gap = false;
    for c in text.chars() {
        if is_cjk(c) {
            pairs.push(c);
            pairs.push(c);
            gap = false;
        } else if !gap {
            pairs.push(' ');
            gap = true;
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_and_japanese_runs_are_doubled_and_the_rest_is_a_gap() {
        assert_eq!(doubled("FTA 수출 규제"), " 수수출출 규규제제");
        assert_eq!(doubled("輸出規制（2019年）"), "輸輸出出規規制制 年年 ");
        assert_eq!(doubled("GSOMIA"), " ");
        // A doubled word occurs in a doubled text only where the word does.
        assert!(doubled("한일 수출 규제").contains(&doubled("수출").trim().to_owned()));
        assert!(!doubled("수수 출출").contains(doubled("수출").trim()));
        assert!(is_cjk('가') && is_cjk('カ') && is_cjk('漢') && !is_cjk('A') && !is_cjk('—'));
    }
}
