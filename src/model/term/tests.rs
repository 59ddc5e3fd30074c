use super::*;
use serde_json::{Value, json};

fn usage(by: &str) -> Value {
    json!({
        "by": by,
        "who": {"en": "who", "ko": "누가", "ja": "誰が"},
        "words": {"en": ["word"], "ko": ["낱말"], "ja": ["言葉"]}
    })
}

fn term() -> Value {
    json!({
        "key": "dokdo-takeshima",
        "name": {"en": "The islets", "ko": "독도", "ja": "竹島"},
        "usages": [usage("korea"), usage("japan"), usage("house")],
        "explanation": {"en": "Both claim them.", "ko": "양측이 주장한다.", "ja": "双方が主張する。"},
        "sources": [{
            "publisher": "島根県",
            "headline": "島根の活動",
            "date": "2005-03-25",
            "url": "https://www1.pref.shimane.lg.jp/admin/pref/takeshima/web-takeshima/takeshima02/index.html"
        }]
    })
}

fn problems(terms: Value) -> Vec<String> {
    match Register::from_json(&terms.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_whole_term_is_read() {
    let register = Register::from_json(&json!([term()]).to_string()).expect("valid");
    let term = &register.terms()[0];
    assert_eq!(term.key, "dokdo-takeshima");
    assert_eq!(term.words_in(Lang::Ko), ["낱말"]);
    let order: Vec<Voice> = term
        .usages_in_page_order(Lang::Ja)
        .iter()
        .map(|u| u.by)
        .collect();
    assert_eq!(order, [Voice::Japan, Voice::Korea, Voice::House]);
    let order: Vec<Voice> = term
        .usages_in_page_order(Lang::En)
        .iter()
        .map(|u| u.by)
        .collect();
    assert_eq!(order, [Voice::Korea, Voice::Japan, Voice::House]);
}

#[test]
fn a_term_without_a_language_is_refused() {
    let mut missing = term();
    missing["explanation"].as_object_mut().unwrap().remove("ja");
    assert!(problems(json!([missing]))[0].contains("missing field `ja`"));
    let mut empty = term();
    empty["name"]["ko"] = json!(" ");
    assert_eq!(
        problems(json!([empty])),
        ["dokdo-takeshima: the name is missing in a language"]
    );
    let mut no_words = term();
    no_words["usages"][1]["words"]["en"] = json!([]);
    assert_eq!(
        problems(json!([no_words])),
        ["dokdo-takeshima: the \"japan\" words are missing in a language"]
    );
}

#[test]
fn a_term_without_both_sides_usage_is_refused() {
    let mut one_sided = term();
    one_sided["usages"] = json!([usage("korea"), usage("house")]);
    assert_eq!(
        problems(json!([one_sided])),
        ["dokdo-takeshima: needs exactly one usage by \"japan\""]
    );
    let mut unknown = term();
    unknown["usages"][0]["by"] = json!("seoul");
    assert!(problems(json!([unknown]))[0].contains("unknown variant `seoul`"));
}

#[test]
fn a_word_finds_one_term_only() {
    let mut other = term();
    other["key"] = json!("east-sea");
    // Compared as the search compares them: ignoring ASCII case.
    for usage in 0..3 {
        other["usages"][usage]["words"]["en"] = json!(["WORD"]);
    }
    assert_eq!(
        problems(json!([term(), other])),
        [
            "east-sea: \"WORD\" is also a word of \"dokdo-takeshima\"",
            "east-sea: \"낱말\" is also a word of \"dokdo-takeshima\"",
            "east-sea: \"言葉\" is also a word of \"dokdo-takeshima\"",
        ]
    );
}

#[test]
fn keys_are_url_safe_and_unique_and_sources_dated_and_linked() {
    let mut bad_key = term();
    bad_key["key"] = json!("Dokdo Takeshima");
    assert_eq!(
        problems(json!([bad_key])),
        ["Dokdo Takeshima: the key must be lowercase letters, digits and single hyphens"]
    );
    assert_eq!(
        problems(json!([term(), term()])),
        ["dokdo-takeshima: the key is used by another term"]
    );
    let mut undated = term();
    undated["sources"][0]
        .as_object_mut()
        .unwrap()
        .remove("date");
    assert_eq!(
        problems(json!([undated])),
        ["dokdo-takeshima: a source needs its publisher, headline, date and link"]
    );
    let mut bad_link = term();
    bad_link["sources"][0]["url"] = json!("javascript:alert(1)");
    assert!(!problems(json!([bad_link])).is_empty());
}
