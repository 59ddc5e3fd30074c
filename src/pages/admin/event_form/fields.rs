//! The event form's fields: a text field or area with its error, a tick box, a row of the
//! sources table, a position. Each shows its problem beside it, as the editor types and after
//! a save.

use crate::components::{actor_name, holder_name, raw_text};
use crate::i18n::{t, t_with};
use crate::model::{EventForm, FormField, Holder, Lang, PositionForm, SourceForm, TranslationForm};
use leptos::prelude::*;

/// One source: publisher, headline, date and link, with a button to remove it.
#[component]
pub(super) fn SourceRow(
    row: usize,
    source: SourceForm,
    error: impl Fn(FormField) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
    edit: impl Fn(FormField, Box<dyn FnOnce(&mut EventForm)>) + Copy + Send + Sync + 'static,
    lang: Lang,
) -> impl IntoView {
    let number = row + 1;
    let numbered = |id: &str| t_with(lang, id, &[("number", number.into())]);
    let set = move |field: FormField, set: fn(&mut SourceForm, String)| {
        Callback::new(move |value: String| {
            edit(
                field,
                Box::new(move |f| {
                    if let Some(source) = f.sources.get_mut(row) {
                        set(source, value);
                    }
                }),
            )
        })
    };
    view! {
        <div class="form__source" role="group" aria-label=numbered("source-number")>
            <TextField
                name="source_publisher"
                id=format!("source-{row}-publisher")
                label=t(lang, "field-publisher")
                value=source.publisher
                error=error(FormField::SourcePublisher(row))
                on_input=set(FormField::SourcePublisher(row), |s, v| s.publisher = v)
            />
            <TextField
                name="source_headline"
                id=format!("source-{row}-headline")
                label=t(lang, "field-headline")
                value=source.headline
                error=error(FormField::SourceHeadline(row))
                on_input=set(FormField::SourceHeadline(row), |s, v| s.headline = v)
            />
            <TextField
                name="source_date"
                id=format!("source-{row}-date")
                label=t(lang, "field-source-date")
                value=source.date
                error=error(FormField::SourceDate(row))
                on_input=set(FormField::SourceDate(row), |s, v| s.date = v)
            />
            <TextField
                name="source_url"
                id=format!("source-{row}-url")
                label=t(lang, "field-link")
                value=source.url
                error=error(FormField::SourceUrl(row))
                on_input=set(FormField::SourceUrl(row), |s, v| s.url = v)
            />
            <button
                class="button button--quiet"
                type="submit"
                name="action"
                value=format!("remove-source-{row}")
            >
                {numbered("remove-source")}
            </button>
        </div>
    }
}

/// One side's position: whose, the language of its original words, its words in every
/// language (the quote and its unofficial translations), its source, and a button to remove
/// it.
#[component]
pub(super) fn PositionRow(
    row: usize,
    position: PositionForm,
    error: impl Fn(FormField) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
    edit: impl Fn(FormField, Box<dyn FnOnce(&mut EventForm)>) + Copy + Send + Sync + 'static,
    lang: Lang,
) -> impl IntoView {
    let numbered = |id: &str| t_with(lang, id, &[("number", (row + 1).into())]);
    let set = move |field: FormField, set: fn(&mut PositionForm, String)| {
        Callback::new(move |value: String| {
            edit(
                field,
                Box::new(move |f| {
                    if let Some(position) = f.positions.get_mut(row) {
                        set(position, value);
                    }
                }),
            )
        })
    };
    let id = |part: &str| format!("position-{row}-{part}");
    let holders = Holder::all()
        .map(|holder| {
            let code = holder.code();
            let name = format!(
                "{} — {}",
                actor_name(lang, holder.actor()),
                holder_name(lang, holder)
            );
            view! { <option value=code selected=position.holder == code>{name}</option> }
        })
        .collect_view();
    let languages = Lang::ALL
        .into_iter()
        .map(|code| {
            view! {
                <option value=code.code() selected=position.lang == code.code() lang=code.code()>
                    {code.native_name()}
                </option>
            }
        })
        .collect_view();
    let words = Lang::ALL
        .into_iter()
        .map(|in_lang| {
            let field = FormField::PositionWords(row, in_lang);
            let label = t_with(
                lang,
                "field-in-language",
                &[
                    ("field", t(lang, "field-words").into()),
                    ("language", in_lang.code().into()),
                ],
            );
            view! {
                <TextField
                    name=PositionForm::words_name(in_lang)
                    id=id(in_lang.code())
                    label
                    lang=in_lang.code()
                    rows=3
                    value=position.words(in_lang).to_owned()
                    error=error(field)
                    on_input=Callback::new(move |value: String| {
                        edit(
                            field,
                            Box::new(move |f| {
                                if let Some(position) = f.positions.get_mut(row) {
                                    *position.words_mut(in_lang) = value;
                                }
                            }),
                        )
                    })
                />
            }
        })
        .collect_view();
    let choice = move |field: FormField, set: fn(&mut PositionForm, String)| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            edit(
                field,
                Box::new(move |f| {
                    if let Some(position) = f.positions.get_mut(row) {
                        set(position, value);
                    }
                }),
            );
        }
    };
    let source = position.source;
    view! {
        <div class="form__source" role="group" aria-label=numbered("position-number")>
            <label for=id("holder")>{t(lang, "field-holder")}</label>
            <select
                id=id("holder")
                name="position_holder"
                aria-describedby=id("holder-error")
                on:change=choice(FormField::PositionHolder(row), |p, v| p.holder = v)
            >
                <option value="" selected=position.holder.is_empty()>
                    {t(lang, "choose-holder")}
                </option>
                {holders}
            </select>
            <FieldError id=id("holder-error") error=error(FormField::PositionHolder(row)) />
            <label for=id("lang")>{t(lang, "field-quote-lang")}</label>
            <select
                id=id("lang")
                name="position_lang"
                aria-describedby=id("lang-error")
                on:change=choice(FormField::PositionLang(row), |p, v| p.lang = v)
            >
                <option value="" selected=position.lang.is_empty()>
                    {t(lang, "choose-quote-lang")}
                </option>
                {languages}
            </select>
            <FieldError id=id("lang-error") error=error(FormField::PositionLang(row)) />
            {words}
            <TextField
                name="position_publisher"
                id=id("publisher")
                label=t(lang, "field-publisher")
                value=source.publisher
                error=error(FormField::PositionPublisher(row))
                on_input=set(FormField::PositionPublisher(row), |p, v| p.source.publisher = v)
            />
            <TextField
                name="position_headline"
                id=id("headline")
                label=t(lang, "field-headline")
                value=source.headline
                error=error(FormField::PositionHeadline(row))
                on_input=set(FormField::PositionHeadline(row), |p, v| p.source.headline = v)
            />
            <TextField
                name="position_date"
                id=id("date")
                label=t(lang, "field-quote-date")
                value=source.date
                error=error(FormField::PositionDate(row))
                on_input=set(FormField::PositionDate(row), |p, v| p.source.date = v)
            />
            <TextField
                name="position_url"
                id=id("url")
                label=t(lang, "field-quote-link")
                value=source.url
                error=error(FormField::PositionUrl(row))
                on_input=set(FormField::PositionUrl(row), |p, v| p.source.url = v)
            />
            <button
                class="button button--quiet"
                type="submit"
                name="action"
                value=format!("remove-position-{row}")
            >
                {numbered("remove-position")}
            </button>
        </div>
    }
    .into_any()
}

/// An event's words in one language other than English: its title, summary and body, as a
/// group of their own, each field marked with the language typed in it.
#[component]
pub(super) fn TranslationFields(
    translation: TranslationForm,
    /// Written before the English last changed.
    outdated: bool,
    error: impl Fn(FormField) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
    edit: impl Fn(FormField, Box<dyn FnOnce(&mut EventForm)>) + Copy + Send + Sync + 'static,
    /// The editor's language (not the translation's).
    #[prop(name = "lang")]
    page_lang: Lang,
) -> impl IntoView {
    let lang = translation.lang;
    let set = move |field: FormField, set: fn(&mut TranslationForm, String)| {
        Callback::new(move |value: String| {
            edit(
                field,
                Box::new(move |f| {
                    if let Some(text) = f.translation_mut(lang) {
                        set(text, value);
                    }
                }),
            )
        })
    };
    let name = |part: &str| TranslationForm::field_name(part, lang);
    let labelled = |field: &str| {
        t_with(
            page_lang,
            "field-in-language",
            &[
                ("field", t(page_lang, field).into()),
                // Its code: the catalogue names the language in the editor's language.
                ("language", lang.code().into()),
            ],
        )
    };
    view! {
        <fieldset class="form__translation">
            <legend>
                <span lang=lang.code()>{lang.native_name()}</span>
            </legend>
            <p class="field-hint">{t(page_lang, "translation-hint")}</p>
            {outdated
                .then(|| {
                    view! {
                        <p class="form-warning">{t(page_lang, "translation-outdated-warning")}</p>
                    }
                })}
            <TextField
                name=name("title")
                label=labelled("field-title")
                lang=lang.code()
                value=translation.title
                error=error(FormField::TranslatedTitle(lang))
                on_input=set(FormField::TranslatedTitle(lang), |t, v| t.title = v)
            />
            <TextField
                name=name("summary")
                label=labelled("field-summary")
                lang=lang.code()
                rows=3
                value=translation.summary
                error=error(FormField::TranslatedSummary(lang))
                on_input=set(FormField::TranslatedSummary(lang), |t, v| t.summary = v)
            />
            <TextField
                name=name("body")
                label=labelled("field-body")
                lang=lang.code()
                rows=6
                value=translation.body
                error=error(FormField::TranslatedBody(lang))
                on_input=set(FormField::TranslatedBody(lang), |t, v| t.body = v)
            />
        </fieldset>
    }
}

/// A labelled text field (a text area when `rows` is given) with its error beside it.
#[component]
pub(super) fn TextField(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    value: String,
    error: Signal<Option<String>>,
    on_input: Callback<String>,
    /// The element id, when `name` repeats on the page.
    #[prop(optional, into)]
    id: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] rows: Option<u32>,
    /// The language typed in it, when not the page's.
    #[prop(optional)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| name.clone());
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = match hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    let invalid = move || error.with(Option::is_some).to_string();
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let field = match rows {
        Some(rows) => {
            let value = raw_text(value);
            view! {
                <textarea
                    id=id.clone()
                    name=name
                    lang=lang
                    rows=rows
                    aria-invalid=invalid
                    aria-describedby=described_by
                    on:input=input
                >
                    {value}
                </textarea>
            }
            .into_any()
        }
        None => view! {
            <input
                id=id.clone()
                name=name
                lang=lang
                value=value
                aria-invalid=invalid
                aria-describedby=described_by
                on:input=input
            />
        }
        .into_any(),
    };
    view! {
        <label for=id>{label}</label>
        {hint.map(|hint| view! { <p class="field-hint" id=hint_id>{hint}</p> })}
        {field}
        <FieldError id=error_id error />
    }
}

/// A labelled checkbox.
#[component]
pub(super) fn Tick(
    name: &'static str,
    #[prop(into)] label: String,
    checked: bool,
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="form__choice">
            <input
                type="checkbox"
                name=name
                checked=checked
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            {label}
        </label>
    }
}

/// The error next to a field; always present (and announced when it changes), empty when
/// the field is fine.
#[component]
pub(super) fn FieldError(#[prop(into)] id: String, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-error" id=id aria-live="polite">
            {move || error.get()}
        </p>
    }
}
