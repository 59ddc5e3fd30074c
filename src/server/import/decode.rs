//! An uploaded file's bytes as text. Imports take UTF-8 only (with or without a byte order
//! mark); anything else is refused naming the encoding it seems to be in, since Excel saves
//! Korean as EUC-KR and Japanese as Shift_JIS unless asked for "CSV UTF-8".

use crate::model::FileProblem;

pub(super) fn text(bytes: &[u8]) -> Result<&str, FileProblem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileProblem::Empty);
    }
    std::str::from_utf8(bytes).map_err(|_| FileProblem::NotUtf8 {
        looks_like: looks_like(bytes),
    })
}

/// The encoding a file that is not UTF-8 seems to be in, if it seems to be text at all.
fn looks_like(bytes: &[u8]) -> Option<String> {
    // A file with NUL bytes (other than UTF-16's) is no text file.
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if utf16 {
        return Some("UTF-16".to_owned());
    }
    if bytes.contains(&0) {
        return None;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let (encoding, sure) = detector.guess_assess(None, true);
    sure.then(|| encoding.name().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_read_with_or_without_its_mark() {
        assert_eq!(text("id,title_en\n".as_bytes()), Ok("id,title_en\n"));
        assert_eq!(text(b"\xEF\xBB\xBFid\n"), Ok("id\n"));
        assert_eq!(text(b""), Err(FileProblem::Empty));
        assert_eq!(text(b"\xEF\xBB\xBF \r\n"), Err(FileProblem::Empty));
    }

    #[test]
    fn korean_and_japanese_in_their_old_encodings_are_named() {
        // "독도 문제에 관한 한국 정부의 입장" in EUC-KR, "竹島問題に関する日本政府の立場" in Shift_JIS.
        let euc_kr: &[u8] = &[
            0xB5, 0xB6, 0xB5, 0xB5, 0x20, 0xB9, 0xAE, 0xC1, 0xA6, 0xBF, 0xA1, 0x20, 0xB0, 0xFC,
            0xC7, 0xD1, 0x20, 0xC7, 0xD1, 0xB1, 0xB9, 0x20, 0xC1, 0xA4, 0xBA, 0xCE, 0xC0, 0xC7,
            0x20, 0xC0, 0xD4, 0xC0, 0xE5,
        ];
        let shift_jis: &[u8] = &[
            0x92, 0x7C, 0x93, 0x87, 0x96, 0xE2, 0x91, 0xE8, 0x82, 0xC9, 0x8A, 0xD6, 0x82, 0xB7,
            0x82, 0xE9, 0x93, 0xFA, 0x96, 0x7B, 0x90, 0xAD, 0x95, 0x7B, 0x82, 0xCC, 0x97, 0xA7,
            0x8F, 0xEA,
        ];
        let named = |bytes| match text(bytes) {
            Err(FileProblem::NotUtf8 { looks_like }) => looks_like,
            other => panic!("{other:?}"),
        };
        assert_eq!(named(euc_kr).as_deref(), Some("EUC-KR"));
        assert_eq!(named(shift_jis).as_deref(), Some("Shift_JIS"));
        assert_eq!(named(b"\x00\x01\xFF\xFE junk"), None);
    }
}
