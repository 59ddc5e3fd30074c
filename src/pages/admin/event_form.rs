//! `/admin/events/new` and `/admin/events/{id}`: the event form.
//!
//! A plain form that posts to the server, so it works without JavaScript; with it, each
//! field is checked as it is typed, by the same rules the server applies on saving.

mod fields;
mod preview;
mod related;
mod sections;

use super::{AdminNav, AdminProblem};
use crate::components::{PageTitle, posted};
use crate::components::{actor_name, category_name};
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::editors::{EventFormState, FormAndPreview, load_event_form};
use crate::model::{
    Actor, BadUrl, Category, DateError, EventForm, EventId, FormField, FormProblem, Lang,
    MAX_FORM_BYTES, MAX_POSITIONS, MAX_RELATED, MAX_SOURCES, MAX_URL_CHARS, MAX_YEAR, MIN_YEAR,
    timeline_anchor,
};
use crate::pages::NotFound;
use fields::{FieldError, PositionRow, SourceRow, TextField, Tick, TranslationFields};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::{use_params_map, use_query_map};
use preview::Preview;
use related::RelatedPicker;
use sections::{Part, Section};

#[component]
pub fn EventFormPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    // `new`, or the id of the event to edit; anything else is not a page.
    let key = move || {
        let key = params.read().get("key").unwrap_or_default();
        match key.as_str() {
            "new" => Some(None),
            other => other.parse::<EventId>().ok().map(Some),
        }
    };
    let state = Resource::new(key, |key| async move {
        if let Some(posted) = posted::<Option<FormAndPreview>>().await {
            return Ok(Some(posted));
        }
        let form = match key {
            Some(id) => load_event_form(id).await?,
            None => None,
        };
        Ok(form.map(|form| FormAndPreview {
            form,
            preview: None,
        }))
    });
    view! {
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-form")}</p> }>
                {move || Suspend::new(async move {
                    let saved = query.read_untracked().get("saved");
                    match state.await {
                        Ok(Some(FormAndPreview { form, preview })) => {
                            let heading = heading(lang, form.id);
                            // Above the form, where the page opens: what the editor asked
                            // to see.
                            let preview = preview.map(|pages| view! { <Preview pages lang /> });
                            view! {
                                <PageTitle text=heading.clone() />
                                <h1>{heading}</h1>
                                {preview}
                                <EventEditor state=form saved lang />
                            }
                                .into_any()
                        }
                        Ok(None) => view! { <NotFound /> }.into_any(),
                        Err(err) => view! { <AdminProblem error=err /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn heading(lang: Lang, id: Option<EventId>) -> String {
    match id {
        Some(id) => t_with(lang, "edit-event-title", &[("id", id.to_string().into())]),
        None => t(lang, "new-event-title"),
    }
}

/// The message after a save, retire or restore (from `?saved=` on the page it lands on).
fn saved_message(lang: Lang, saved: &str) -> String {
    let id = match saved {
        "retired" => "saved-retired",
        "restored" => "saved-restored",
        _ => "saved",
    };
    t(lang, id)
}

/// What is wrong with a field, in the editor's language.
pub(super) fn problem_words(lang: Lang, problem: &FormProblem) -> String {
    let at_most = |id: &str, max: usize| t_with(lang, id, &[("max", max.into())]);
    let about = |id: &str, value: String| t_with(lang, id, &[("value", value.into())]);
    match problem {
        FormProblem::Required => t(lang, "problem-required"),
        FormProblem::TooLong { max } => at_most("problem-too-long", *max),
        FormProblem::HiddenCharacter => t(lang, "problem-hidden-character"),
        FormProblem::NoStart => t(lang, "problem-no-start"),
        FormProblem::Date(DateError::Format) => t(lang, "problem-date-format"),
        FormProblem::Date(DateError::Year) => t_with(
            lang,
            "problem-date-year",
            &[
                ("min", MIN_YEAR.to_string().into()),
                ("max", MAX_YEAR.to_string().into()),
            ],
        ),
        FormProblem::Date(DateError::Month) => t(lang, "problem-date-month"),
        FormProblem::Date(DateError::Day) => t(lang, "problem-date-day"),
        FormProblem::EndBeforeStart => t(lang, "problem-end-before-start"),
        FormProblem::NoCategory => t(lang, "problem-no-category"),
        FormProblem::UnknownActor(code) => about("problem-unknown-actor", code.clone()),
        FormProblem::NoActor => t(lang, "problem-no-actor"),
        FormProblem::TooManySources => at_most("problem-too-many-sources", MAX_SOURCES),
        FormProblem::NoSource => t(lang, "problem-no-source"),
        FormProblem::Url(BadUrl::TooLong) => at_most("problem-too-long", MAX_URL_CHARS),
        FormProblem::Url(BadUrl::NotHttp) => t(lang, "problem-url-scheme"),
        FormProblem::Url(BadUrl::NotAWebAddress) => t(lang, "problem-url-invalid"),
        FormProblem::TooManyPositions => at_most("problem-too-many-positions", MAX_POSITIONS),
        FormProblem::NoHolder => t(lang, "problem-no-holder"),
        FormProblem::NoQuoteLanguage => t(lang, "problem-no-quote-language"),
        FormProblem::TranslationIsQuote => t(lang, "problem-translation-is-quote"),
        FormProblem::NotAnEventNumber(word) => about("problem-not-event-number", word.clone()),
        FormProblem::TooManyRelated => at_most("problem-too-many-related", MAX_RELATED),
        FormProblem::CorrectionWithoutNote => t(lang, "problem-correction-without-note"),
        FormProblem::UnknownRelated(id) => t_with(
            lang,
            "problem-unknown-related",
            &[("id", id.to_string().into())],
        ),
    }
}

/// The form itself: an island, the one part of the site that runs in the browser. It
/// speaks the editor's language, which the page hands it.
#[island]
fn EventEditor(state: EventFormState, saved: Option<String>, lang: Lang) -> impl IntoView {
    let EventFormState {
        id,
        form,
        errors,
        retired,
        path,
        notice,
        outdated,
    } = state;
    let action = match id {
        Some(id) => lang.path(&format!("/admin/events/{id}")),
        None => lang.path("/admin/events/new"),
    };

    // What is typed now, which fields were touched, and what is wrong: a touched field
    // shows the browser's verdict, an untouched one the server's from the last post.
    let typed = RwSignal::new(form.clone());
    let touched = RwSignal::new(Vec::<FormField>::new());
    let server_errors = StoredValue::new(errors);
    let browser_errors = Memo::new(move |_| typed.with(|f| f.validate().err().unwrap_or_default()));
    let error = move |field: FormField| {
        Signal::derive(move || {
            if touched.with(|t| t.contains(&field)) {
                browser_errors.with(|e| e.get(field).map(|p| problem_words(lang, p)))
            } else {
                server_errors.with_value(|e| e.get(field).map(|p| problem_words(lang, p)))
            }
        })
    };
    let edit = move |field: FormField, change: Box<dyn FnOnce(&mut EventForm)>| {
        typed.update(change);
        touched.update(|t| {
            if !t.contains(&field) {
                t.push(field);
            }
        });
    };
    let text = move |field: FormField, set: fn(&mut EventForm, String)| {
        Callback::new(move |value: String| edit(field, Box::new(move |f| set(f, value))))
    };
    let has_errors = !server_errors.with_value(|e| e.is_empty());
    let opens = move |part: Part| server_errors.with_value(|e| part.opens(id.is_none(), e));
    let in_timeline = id.map(|id| format!("{}#{}", lang.path("/"), timeline_anchor(id)));
    let path = path.map(|path| lang.path(&path));

    // Tells the page (and its tests) that the fields are now checked as they are typed.
    Effect::new(|| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-ready", "");
        }
    });

    view! {
        {saved
            .map(|saved| {
                view! {
                    <p class="form-saved" role="status">
                        {saved_message(lang, &saved)}
                    </p>
                }
            })}
        {notice
            .map(|notice| {
                view! {
                    <p class="form-error" role="alert">
                        {notice}
                    </p>
                }
            })}
        {has_errors
            .then(|| {
                view! {
                    <p class="form-error" role="alert">
                        {t(lang, "nothing-saved")}
                    </p>
                }
            })}
        {id
            .map(|_| {
                let status = t(lang, if retired { "event-retired" } else { "event-published" });
                view! {
                    <p class="admin__status">
                        {status} " "
                        {path
                            .filter(|_| !retired)
                            .map(|path| view! { <a href=path>{t(lang, "permanent-page")}</a> " · " })}
                        {in_timeline
                            .filter(|_| !retired)
                            .map(|href| view! { <a href=href>{t(lang, "see-in-timeline")}</a> })}
                    </p>
                }
            })}
        <form class="form event-form" method="post" action=action novalidate>
            // Enter in a field submits with the first button in the form: make it Save.
            <button class="default-submit" type="submit" tabindex="-1" aria-hidden="true">
                {t(lang, "save")}
            </button>
            <input type="hidden" name="version" value=form.version.clone() />
            <Section part=Part::Texts(Lang::En) name=Lang::En.native_name() lang=Lang::En.code() open=opens(Part::Texts(Lang::En))>
            <TextField
                name="title"
                label=t(lang, "field-title")
                value=form.title.clone()
                error=error(FormField::Title)
                on_input=text(FormField::Title, |f, v| f.title = v)
            />
            <TextField
                name="summary"
                label=t(lang, "field-summary")
                hint=t(lang, "field-summary-hint")
                rows=3
                value=form.summary.clone()
                error=error(FormField::Summary)
                on_input=text(FormField::Summary, |f, v| f.summary = v)
            />
            <TextField
                name="body"
                label=t(lang, "field-body")
                hint=t(lang, "field-body-hint")
                rows=10
                value=form.body.clone()
                error=error(FormField::Body)
                on_input=text(FormField::Body, |f, v| f.body = v)
            />
            </Section>
            {form
                .translations
                .iter()
                .cloned()
                .map(|translation| {
                    let in_lang = translation.lang;
                    let outdated = outdated.contains(&in_lang);
                    let part = Part::Texts(in_lang);
                    view! {
                        <Section part name=in_lang.native_name() lang=in_lang.code() open=opens(part)>
                            <TranslationFields translation=translation.clone() outdated error edit lang />
                        </Section>
                    }
                })
                .collect_view()}
            <Section part=Part::DatesAndClassification name=t(lang, "form-part-dates") open=opens(Part::DatesAndClassification)>
            <div class="form__row">
                <div class="form__cell">
                    <TextField
                        name="start"
                        label=t(lang, "field-start")
                        hint=t(lang, "field-start-hint")
                        value=form.start.clone()
                        error=error(FormField::Start)
                        on_input=text(FormField::Start, |f, v| f.start = v)
                    />
                    <Tick
                        name="start_circa"
                        label=t(lang, "field-circa")
                        checked=form.start_circa
                        on_change=Callback::new(move |on: bool| {
                            edit(FormField::Start, Box::new(move |f| f.start_circa = on))
                        })
                    />
                </div>
                <div class="form__cell">
                    <TextField
                        name="end"
                        label=t(lang, "field-end")
                        hint=t(lang, "field-end-hint")
                        value=form.end.clone()
                        error=error(FormField::End)
                        on_input=text(FormField::End, |f, v| f.end = v)
                    />
                    <Tick
                        name="end_circa"
                        label=t(lang, "field-circa")
                        checked=form.end_circa
                        on_change=Callback::new(move |on: bool| {
                            edit(FormField::End, Box::new(move |f| f.end_circa = on))
                        })
                    />
                </div>
            </div>
            <label for="category">{t(lang, "field-category")}</label>
            <select
                id="category"
                name="category"
                aria-describedby="category-error"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    edit(FormField::Category, Box::new(move |f| f.category = value));
                }
            >
                <option value="" selected=form.category.is_empty()>
                    {t(lang, "choose-category")}
                </option>
                {Category::ALL
                    .iter()
                    .map(|&category| {
                        view! {
                            <option value=category.code() selected=form.category == category.code()>
                                {category_name(lang, category)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldError id="category-error" error=error(FormField::Category) />
            <fieldset class="form__choices" aria-describedby="actors-error">
                <legend>{t(lang, "field-actors")}</legend>
                {Actor::ALL
                    .iter()
                    .map(|&actor| {
                        let code = actor.code();
                        view! {
                            <label class="form__choice">
                                <input
                                    type="checkbox"
                                    name="actor"
                                    value=code
                                    checked=form.actors.iter().any(|a| a == code)
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        edit(
                                            FormField::Actors,
                                            Box::new(move |f| {
                                                f.actors.retain(|a| a != code);
                                                if on {
                                                    f.actors.push(code.to_owned());
                                                }
                                            }),
                                        );
                                    }
                                />
                                {actor_name(lang, actor)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <FieldError id="actors-error" error=error(FormField::Actors) />
            </Section>
            <Section part=Part::Sources name=t(lang, "field-sources") open=opens(Part::Sources)>
            <fieldset class="form__sources" aria-describedby="sources-error">
                <legend>{t(lang, "field-sources")}</legend>
                {form
                    .sources
                    .iter()
                    .enumerate()
                    .map(|(row, source)| view! { <SourceRow row source=source.clone() error edit lang /> })
                    .collect_view()}
                <FieldError id="sources-error" error=error(FormField::Sources) />
                <button class="button button--quiet" type="submit" name="action" value="add-source">
                    {t(lang, "add-source")}
                </button>
            </fieldset>
            </Section>
            <Section part=Part::Positions name=t(lang, "field-positions") open=opens(Part::Positions)>
            <fieldset class="form__sources" aria-describedby="positions-hint positions-error">
                <legend>{t(lang, "field-positions")}</legend>
                <p class="field-hint" id="positions-hint">{t(lang, "positions-hint")}</p>
                {form
                    .positions
                    .iter()
                    .enumerate()
                    .map(|(row, position)| {
                        view! { <PositionRow row position=position.clone() error edit lang /> }
                    })
                    .collect_view()}
                <FieldError id="positions-error" error=error(FormField::Positions) />
                <button class="button button--quiet" type="submit" name="action" value="add-position">
                    {t(lang, "add-position")}
                </button>
            </fieldset>
            </Section>
            <Section part=Part::Related name=t(lang, "form-part-related") open=opens(Part::Related)>
            <TextField
                name="related"
                label=t(lang, "field-related")
                hint=t(lang, "field-related-hint")
                value=form.related.clone()
                error=error(FormField::Related)
                on_input=text(FormField::Related, |f, v| f.related = v)
            />
            <RelatedPicker typed edit lang />
            </Section>
            // Shown with the revision this save makes in the event's public history.
            <TextField
                name="note"
                label=t(lang, "field-note")
                hint=t(lang, "field-note-hint")
                value=form.note.clone()
                error=error(FormField::Note)
                on_input=text(FormField::Note, |f, v| f.note = v)
            />
            // Only a change to an existing event can correct it.
            {id
                .is_some()
                .then(|| {
                    view! {
                        <Tick
                            name="correction"
                            label=t(lang, "field-correction")
                            checked=form.correction
                            on_change=Callback::new(move |on: bool| {
                                edit(FormField::Note, Box::new(move |f| f.correction = on))
                            })
                        />
                    }
                })}
            // Stays at the foot of the screen while the form scrolls under it.
            <div class="form__save-bar">
            <p class="field-error" role="status" aria-live="polite">
                {move || {
                    let bytes = typed.with(EventForm::encoded_len);
                    (bytes > MAX_FORM_BYTES)
                        .then(|| {
                            t_with(
                                lang,
                                "too-large-to-send",
                                &[
                                    ("size", bytes.div_ceil(1024).into()),
                                    ("limit", (MAX_FORM_BYTES / 1024).into()),
                                ],
                            )
                        })
                }}
            </p>
            // Checked as a save is, and shown as readers would see it, nothing saved.
            <button class="button button--quiet" type="submit" name="action" value="preview">
                {t(lang, "preview")}
            </button>
            <button class="button" type="submit" name="action" value="save">
                {t(lang, "save")}
            </button>
            </div>
        </form>
        {id
            .map(|id| {
                let verb = if retired { "restore" } else { "retire" };
                view! {
                    <form class="admin__retire" method="post" action=lang.path(&format!("/admin/events/{id}/{verb}"))>
                        <button class="button button--quiet" type="submit">
                            {t(lang, verb)}
                        </button>
                    </form>
                    <p>
                        <a href=lang.path(&format!("/admin/events/{id}/revisions"))>
                            {t(lang, "admin-revisions-link")}
                        </a>
                    </p>
                }
            })}
    }
    // One erased type: the whole form as a single type is too deep for the compiler.
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_with_a_field_is_worded_in_every_language() {
        let problems = [
            FormProblem::Required,
            FormProblem::TooLong { max: 200 },
            FormProblem::NoStart,
            FormProblem::Date(DateError::Format),
            FormProblem::Date(DateError::Year),
            FormProblem::Date(DateError::Month),
            FormProblem::Date(DateError::Day),
            FormProblem::EndBeforeStart,
            FormProblem::NoCategory,
            FormProblem::UnknownActor("XX".into()),
            FormProblem::NoActor,
            FormProblem::TooManySources,
            FormProblem::NoSource,
            FormProblem::TooManyPositions,
            FormProblem::NoHolder,
            FormProblem::NoQuoteLanguage,
            FormProblem::TranslationIsQuote,
            FormProblem::Url(BadUrl::TooLong),
            FormProblem::Url(BadUrl::NotHttp),
            FormProblem::Url(BadUrl::NotAWebAddress),
            FormProblem::NotAnEventNumber("four".into()),
            FormProblem::TooManyRelated,
            FormProblem::UnknownRelated(EventId::try_from(7).unwrap()),
            FormProblem::CorrectionWithoutNote,
        ];
        for problem in &problems {
            let words = Lang::ALL.map(|lang| problem_words(lang, problem));
            assert!(words.iter().all(|w| !w.is_empty()), "{problem:?}");
            assert_ne!(words[0], words[1], "{problem:?}");
            assert_ne!(words[0], words[2], "{problem:?}");
        }
        assert_eq!(
            problem_words(Lang::En, &FormProblem::Date(DateError::Year)),
            "The year must be between 1000 and 9999."
        );
        assert_eq!(
            problem_words(
                Lang::En,
                &FormProblem::UnknownRelated(EventId::try_from(7).unwrap())
            ),
            "There is no event 7 to relate to."
        );
    }
}
