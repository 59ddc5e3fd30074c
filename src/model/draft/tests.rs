//! The form's rules, case by case.

use super::*;
use crate::model::{Court, EventText, Holder};

fn valid() -> EventForm {
    EventForm {
        title: "Talks in Seoul".into(),
        summary: "Officials met to discuss export controls.".into(),
        start: "2020-02-06".into(),
        category: "trade".into(),
        actors: vec!["KR".into(), "JP".into()],
        sources: vec![SourceForm {
            publisher: "Yonhap".into(),
            headline: "Talks held".into(),
            date: "2020-02-06".into(),
            url: "https://en.yna.co.kr/".into(),
        }],
        related: "3, #4 3".into(),
        ..EventForm::default()
    }
}

fn error(form: &EventForm, field: FormField) -> FormProblem {
    let errors = form.validate().expect_err("the form is invalid");
    errors
        .get(field)
        .unwrap_or_else(|| panic!("no error for {field:?}: {errors:?}"))
        .clone()
}

#[test]
fn a_complete_form_becomes_an_event() {
    let draft = valid().validate().unwrap();
    assert_eq!(draft.event.title, "Talks in Seoul");
    assert_eq!(draft.event.actors, vec![Actor::SouthKorea, Actor::Japan]);
    assert_eq!(draft.event.sources.len(), 1);
    let related: Vec<i64> = draft.related.into_iter().map(i64::from).collect();
    assert_eq!(related, vec![3, 4]);
    assert_eq!(draft.event.body, None);
}

#[test]
fn invisible_characters_are_refused_beside_their_field_but_line_breaks_are_kept_in_bodies() {
    for (field, hidden) in [
        (FormField::Title, "Talks\u{0}in Seoul"),
        (FormField::Title, "Talks in \u{202E}luoeS"),
        (FormField::Title, "Talks\nin Seoul"),
        (FormField::Summary, "Ministers \u{1b}[31mmet."),
        (FormField::Body, "A bell\u{7}."),
        (FormField::Body, "An isolate \u{2067}here\u{2069}."),
        (FormField::SourceHeadline(0), "Head\u{202D}line"),
        (
            FormField::SourceUrl(0),
            "https://example.org/\u{202E}gpj.exe",
        ),
    ] {
        let mut form = valid();
        match field {
            FormField::Title => form.title = hidden.into(),
            FormField::Summary => form.summary = hidden.into(),
            FormField::Body => form.body = hidden.into(),
            FormField::SourceHeadline(_) => form.sources[0].headline = hidden.into(),
            _ => form.sources[0].url = hidden.into(),
        }
        let errors = form.validate().expect_err(hidden);
        assert_eq!(
            errors.get(field),
            Some(&FormProblem::HiddenCharacter),
            "{hidden:?}"
        );
    }
    let mut form = valid();
    form.summary = "First line.\nSecond line.".into();
    form.body = "First paragraph.\r\n\r\nSecond\tparagraph.".into();
    assert!(form.validate().is_ok());
}

#[test]
fn texts_are_required_and_limited() {
    let form = EventForm {
        title: "  ".into(),
        ..valid()
    };
    assert_eq!(error(&form, FormField::Title), FormProblem::Required);
    let form = EventForm {
        title: "가".repeat(MAX_TITLE_CHARS + 1),
        ..valid()
    };
    assert_eq!(
        error(&form, FormField::Title),
        FormProblem::TooLong { max: 200 }
    );
    // Characters, not bytes: 200 Hangul syllables are fine.
    let form = EventForm {
        title: "가".repeat(MAX_TITLE_CHARS),
        ..valid()
    };
    assert!(form.validate().is_ok());
    let form = EventForm {
        summary: "x".repeat(MAX_SUMMARY_CHARS + 1),
        ..valid()
    };
    assert_eq!(
        error(&form, FormField::Summary),
        FormProblem::TooLong { max: 1000 }
    );
    let form = EventForm {
        body: "x".repeat(MAX_BODY_CHARS + 1),
        ..valid()
    };
    assert_eq!(
        error(&form, FormField::Body),
        FormProblem::TooLong { max: 20000 }
    );
}

#[test]
fn dates_must_be_real_and_in_order() {
    let form = EventForm {
        start: "2019-02-30".into(),
        ..valid()
    };
    assert_eq!(
        error(&form, FormField::Start),
        FormProblem::Date(DateError::Day)
    );
    let form = EventForm {
        start: "yesterday".into(),
        ..valid()
    };
    assert_eq!(
        error(&form, FormField::Start),
        FormProblem::Date(DateError::Format)
    );
    let form = EventForm {
        end: "2019-12".into(),
        ..valid()
    };
    assert_eq!(error(&form, FormField::End), FormProblem::EndBeforeStart);
    let form = EventForm {
        start: "1910".into(),
        start_circa: true,
        end: "1945".into(),
        ..valid()
    };
    let when = form.validate().unwrap().event.when;
    assert!(when.start().circa && when.is_period());
}

#[test]
fn links_are_web_addresses_only() {
    let mut form = valid();
    form.sources[0].url = "javascript:alert(1)".into();
    assert_eq!(
        error(&form, FormField::SourceUrl(0)),
        FormProblem::Url(BadUrl::NotHttp)
    );
}

#[test]
fn choices_and_sources_are_required() {
    let form = EventForm {
        category: String::new(),
        actors: vec![],
        sources: vec![SourceForm::default()],
        ..valid()
    };
    let errors = form.validate().unwrap_err();
    assert_eq!(
        errors.get(FormField::Category),
        Some(&FormProblem::NoCategory)
    );
    assert_eq!(errors.get(FormField::Actors), Some(&FormProblem::NoActor));
    assert_eq!(errors.get(FormField::Sources), Some(&FormProblem::NoSource));
    let mut form = valid();
    form.sources[0].publisher.clear();
    assert_eq!(
        error(&form, FormField::SourcePublisher(0)),
        FormProblem::Required
    );
    let form = EventForm {
        related: "3, four".into(),
        ..valid()
    };
    assert_eq!(
        error(&form, FormField::Related),
        FormProblem::NotAnEventNumber("four".into())
    );
}

#[test]
fn the_encoded_size_counts_what_the_browser_sends() {
    let short = valid().encoded_len();
    let long = EventForm {
        body: "가".repeat(1000),
        ..valid()
    };
    // Each Hangul syllable is three UTF-8 bytes, each sent as %XX.
    assert_eq!(long.encoded_len(), short + 9 * 1000);
}

#[test]
fn posted_pairs_rebuild_the_form_and_its_rows() {
    let (form, action) = EventForm::from_pairs([
        ("title", "T"),
        ("actor", "KR"),
        ("actor", "JP"),
        ("start_circa", "on"),
        ("source_publisher", "A"),
        ("source_headline", "a"),
        ("source_date", ""),
        ("source_url", ""),
        ("source_publisher", "B"),
        ("source_headline", "b"),
        ("source_date", "2020"),
        ("source_url", "https://b.example"),
        ("action", "remove-source-0"),
    ]);
    assert_eq!(form.title, "T");
    assert_eq!(form.actors, vec!["KR", "JP"]);
    assert!(form.start_circa && !form.end_circa);
    assert_eq!(form.sources.len(), 2);
    assert_eq!(form.sources[1].url, "https://b.example");
    assert_eq!(action, FormAction::RemoveSource(0));
    let mut form = form;
    form.apply(action);
    assert_eq!(form.sources[0].publisher, "B");
    form.apply(FormAction::AddSource);
    assert_eq!(form.sources.len(), 2);
}

/// The valid form with its Korean words as given.
fn with_korean(title: &str, summary: &str, body: &str) -> EventForm {
    let mut form = EventForm {
        translations: EventForm::blank().translations,
        ..valid()
    };
    let korean = form.translation_mut(Lang::Ko).unwrap();
    korean.title = title.into();
    korean.summary = summary.into();
    korean.body = body.into();
    form
}

#[test]
fn a_translation_is_written_whole_or_not_at_all() {
    // Left empty: not translated yet, and nothing to check.
    let draft = with_korean(" ", "", "").validate().unwrap();
    assert!(draft.event.translations.is_empty());

    let draft = with_korean(" 서울 회담 ", "수출 통제를 논의했다.", "")
        .validate()
        .unwrap();
    assert_eq!(draft.event.translations.len(), 1);
    let korean = &draft.event.translations[0];
    assert_eq!(korean.lang, Lang::Ko);
    assert_eq!(korean.text.title, "서울 회담");
    assert_eq!(korean.text.body, None);

    // Begun, it needs a title and a summary, within the English limits, each problem at
    // its own field.
    let begun = with_korean("서울 회담", "", "");
    assert_eq!(
        error(&begun, FormField::TranslatedSummary(Lang::Ko)),
        FormProblem::Required
    );
    assert!(
        begun
            .validate()
            .unwrap_err()
            .get(FormField::Summary)
            .is_none()
    );
    let long = with_korean(&"가".repeat(MAX_TITLE_CHARS + 1), "요약", "");
    assert_eq!(
        error(&long, FormField::TranslatedTitle(Lang::Ko)),
        FormProblem::TooLong {
            max: MAX_TITLE_CHARS
        }
    );
}

#[test]
fn translations_are_posted_under_their_own_names() {
    let (form, _) = EventForm::from_pairs([
        ("title", "T"),
        ("title_ko", "제목"),
        ("summary_ja", "概要"),
        ("body_ja", "本文"),
        ("title_zh", "ignored"),
        ("colour_ko", "ignored"),
    ]);
    let text = |lang| form.translations.iter().find(|t| t.lang == lang).unwrap();
    assert_eq!(form.translations.len(), 2);
    assert_eq!(text(Lang::Ko).title, "제목");
    assert_eq!(text(Lang::Ja).summary, "概要");
    assert_eq!(text(Lang::Ja).body, "本文");
    // A language the post did not carry keeps its stored words.
    let mut kept = form.clone();
    kept.translations.retain(|t| t.lang == Lang::Ko);
    let stored = Translation {
        lang: Lang::Ja,
        text: EventText {
            title: "保存済み".into(),
            summary: "概要".into(),
            body: None,
        },
    };
    kept.keep_unposted_translations(std::slice::from_ref(&stored));
    assert_eq!(kept.translations.len(), 2);
    assert_eq!(kept.translations[1].title, "保存済み");
    assert_eq!(kept.translations[0].title, "제목");
    // And they count towards what the browser sends.
    let mut longer = form.clone();
    longer.translation_mut(Lang::Ko).unwrap().body = "가".repeat(10);
    assert_eq!(longer.encoded_len(), form.encoded_len() + 9 * 10);
}

/// Japan's position on an event, complete.
fn position() -> PositionForm {
    PositionForm {
        holder: "JP".into(),
        lang: "ja".into(),
        ja: "完全かつ最終的に解決済みである。".into(),
        en: "It has been settled completely and finally.".into(),
        ko: "완전히 그리고 최종적으로 해결되었다.".into(),
        source: SourceForm {
            publisher: "外務省".into(),
            headline: "外務大臣談話".into(),
            date: "2018-10-30".into(),
            url: "https://www.mofa.go.jp/".into(),
        },
    }
}

fn with_position(position: PositionForm) -> EventForm {
    EventForm {
        positions: vec![position],
        ..valid()
    }
}

#[test]
fn a_position_is_a_quote_in_its_language_with_a_translation_into_each_other() {
    let draft = with_position(position()).validate().unwrap();
    let [japan] = draft.event.positions.as_slice() else {
        panic!("one position");
    };
    assert_eq!(japan.holder, Holder::Government(Actor::Japan));
    assert_eq!(japan.lang, Lang::Ja);
    assert_eq!(japan.quote, "完全かつ最終的に解決済みである。");
    let languages: Vec<Lang> = japan.translations.iter().map(|t| t.lang).collect();
    assert_eq!(languages, [Lang::En, Lang::Ko]);
    assert_eq!(japan.source.date, Some("2018-10-30".parse().unwrap()));
    // A row left empty is no position.
    let blank = with_position(PositionForm::default()).validate().unwrap();
    assert!(blank.event.positions.is_empty());
    // A court is a holder of its own.
    let court = PositionForm {
        holder: "korea-supreme-court".into(),
        lang: "ko".into(),
        ko: "청구권협정의 적용대상에 포함된다고 볼 수 없다.".into(),
        ja: "請求権協定の適用対象に含まれるとは言えない。".into(),
        ..position()
    };
    let draft = with_position(court).validate().unwrap();
    assert_eq!(
        draft.event.positions[0].holder,
        Holder::Court(Court::KoreaSupremeCourt)
    );
}

#[test]
fn a_position_says_whose_it_is_in_which_language_and_translates_every_other() {
    let form = with_position(PositionForm {
        holder: "Tokyo".into(),
        lang: String::new(),
        ..position()
    });
    assert_eq!(
        error(&form, FormField::PositionHolder(0)),
        FormProblem::NoHolder
    );
    assert_eq!(
        error(&form, FormField::PositionLang(0)),
        FormProblem::NoQuoteLanguage
    );
    let untranslated = with_position(PositionForm {
        ko: " ".into(),
        ..position()
    });
    assert_eq!(
        error(&untranslated, FormField::PositionWords(0, Lang::Ko)),
        FormProblem::Required
    );
    // A quote is never its own translation.
    let echoed = with_position(PositionForm {
        en: " 完全かつ最終的に解決済みである。".into(),
        ..position()
    });
    assert_eq!(
        error(&echoed, FormField::PositionWords(0, Lang::En)),
        FormProblem::TranslationIsQuote
    );
    let hidden = with_position(PositionForm {
        ja: "解決済み\u{202E}である".into(),
        ..position()
    });
    assert_eq!(
        error(&hidden, FormField::PositionWords(0, Lang::Ja)),
        FormProblem::HiddenCharacter
    );
    let long = with_position(PositionForm {
        en: "a".repeat(MAX_QUOTE_CHARS + 1),
        ..position()
    });
    assert_eq!(
        error(&long, FormField::PositionWords(0, Lang::En)),
        FormProblem::TooLong {
            max: MAX_QUOTE_CHARS
        }
    );
}

#[test]
fn a_quoted_source_needs_its_date_and_its_link() {
    let mut undated = position();
    undated.source.date.clear();
    undated.source.url.clear();
    let form = with_position(undated);
    assert_eq!(
        error(&form, FormField::PositionDate(0)),
        FormProblem::Required
    );
    assert_eq!(
        error(&form, FormField::PositionUrl(0)),
        FormProblem::Required
    );
    let mut bad = position();
    bad.source.url = "javascript:alert(1)".into();
    bad.source.headline.clear();
    let form = with_position(bad);
    assert_eq!(
        error(&form, FormField::PositionUrl(0)),
        FormProblem::Url(BadUrl::NotHttp)
    );
    assert_eq!(
        error(&form, FormField::PositionHeadline(0)),
        FormProblem::Required
    );
    // An event's own sources may still go without.
    let mut form = valid();
    form.sources[0].date.clear();
    form.sources[0].url.clear();
    assert!(form.validate().is_ok());
}

#[test]
fn positions_are_limited_in_number() {
    let form = EventForm {
        positions: vec![position(); MAX_POSITIONS + 1],
        ..valid()
    };
    assert_eq!(
        error(&form, FormField::Positions),
        FormProblem::TooManyPositions
    );
}

#[test]
fn posted_position_rows_rebuild_the_form_and_count_towards_its_size() {
    let row = |holder: &'static str, ja: &'static str| {
        [
            ("position_holder", holder),
            ("position_lang", "ja"),
            ("position_en", "Settled."),
            ("position_ko", "해결되었다."),
            ("position_ja", ja),
            ("position_publisher", "外務省"),
            ("position_headline", "談話"),
            ("position_date", "2019"),
            ("position_url", "https://www.mofa.go.jp/"),
        ]
    };
    let mut pairs = vec![("title", "T")];
    pairs.extend(row("JP", "解決済み。"));
    pairs.extend(row("KR", "別の立場。"));
    pairs.push(("action", "remove-position-0"));
    let (mut form, action) = EventForm::from_pairs(pairs);
    assert_eq!(form.positions.len(), 2);
    assert_eq!(form.positions[1].holder, "KR");
    assert_eq!(form.positions[1].ja, "別の立場。");
    assert_eq!(form.positions[0].source.url, "https://www.mofa.go.jp/");
    assert_eq!(action, FormAction::RemovePosition(0));
    form.apply(action);
    assert_eq!(form.positions.len(), 1);
    assert_eq!(form.positions[0].holder, "KR");
    let (_, add) = EventForm::from_pairs([("action", "add-position")]);
    form.apply(add);
    assert_eq!(form.positions.len(), 2);
    let mut longer = form.clone();
    longer.positions[0].ko.push_str(&"가".repeat(10));
    assert_eq!(longer.encoded_len(), form.encoded_len() + 9 * 10);
}

#[test]
fn a_correction_says_what_it_corrects() {
    let ticked = EventForm {
        correction: true,
        ..valid()
    };
    assert_eq!(
        error(&ticked, FormField::Note),
        FormProblem::CorrectionWithoutNote
    );
    let blank = EventForm {
        note: "  ".into(),
        ..ticked.clone()
    };
    assert_eq!(
        error(&blank, FormField::Note),
        FormProblem::CorrectionWithoutNote
    );
    let noted = EventForm {
        note: "Corrected the date.".into(),
        ..ticked
    };
    let note = noted.validate().unwrap().note.unwrap();
    assert_eq!(
        (note.text.as_str(), note.correction),
        ("Corrected the date.", true)
    );
    // A note alone marks no correction; the box is posted as `correction`.
    let plain = EventForm {
        note: "Reworded.".into(),
        ..valid()
    };
    assert!(!plain.validate().unwrap().note.unwrap().correction);
    let (posted, _) = EventForm::from_pairs([("note", "Corrected."), ("correction", "on")]);
    assert!(posted.correction);
}

#[test]
fn the_preview_button_changes_nothing_in_the_form() {
    let (form, save) = EventForm::from_pairs([("title", "T"), ("version", "3")]);
    let (mut previewed, preview) =
        EventForm::from_pairs([("title", "T"), ("version", "3"), ("action", "preview")]);
    assert_eq!((save, preview), (FormAction::Save, FormAction::Preview));
    previewed.apply(preview);
    assert_eq!(previewed, form);
}

#[test]
fn a_browsers_line_breaks_are_read_as_plain_ones() {
    let (form, _) = EventForm::from_pairs([
        ("body", "First.\r\n\r\nSecond.\rThird."),
        ("body_ko", "첫째.\r\n둘째."),
    ]);
    assert_eq!(form.body, "First.\n\nSecond.\nThird.");
    assert_eq!(form.translations[0].body, "첫째.\n둘째.");
}

#[test]
fn actors_keep_their_stored_order_and_new_ones_follow() {
    let mut form = valid();
    form.actors = vec!["KR".into(), "JP".into(), "US".into(), "CN".into()];
    form.keep_actor_order(&[Actor::China, Actor::Japan, Actor::SouthKorea]);
    assert_eq!(form.actors, ["CN", "JP", "KR", "US"]);
    // One no longer ticked is not brought back.
    form.actors = vec!["KR".into(), "WTO".into()];
    form.keep_actor_order(&[Actor::Japan, Actor::SouthKorea]);
    assert_eq!(form.actors, ["KR", "WTO"]);
}
