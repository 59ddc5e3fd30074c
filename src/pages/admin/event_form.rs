//! `/admin/events/new` and `/admin/events/{id}`: the event form.
//!
//! A plain form that posts to the server, so it works without JavaScript; with it, each
//! field is checked as it is typed, by the same rules the server applies on saving.

mod fields;

use super::{AdminNav, AdminProblem};
use crate::admin_api::{EventFormState, load_event_form};
use crate::components::{PageTitle, posted};
use crate::model::{
    Actor, Category, EventForm, EventId, FormField, MAX_FORM_BYTES, timeline_anchor,
};
use crate::pages::NotFound;
use fields::{FieldError, SourceRow, TextField, Tick, TranslationFields};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn EventFormPage() -> impl IntoView {
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
        if let Some(posted) = posted::<Option<EventFormState>>().await {
            return Ok(Some(posted));
        }
        match key {
            Some(id) => load_event_form(id).await,
            None => Ok(None),
        }
    });
    view! {
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <Suspense fallback=|| view! { <p class="loading">"Loading the form…"</p> }>
                {move || Suspend::new(async move {
                    let saved = query.read_untracked().get("saved");
                    match state.await {
                        Ok(Some(state)) => {
                            view! {
                                <PageTitle text=heading(state.id) />
                                <EventEditor state saved />
                            }
                                .into_any()
                        }
                        Ok(None) => view! { <NotFound /> }.into_any(),
                        Err(err) => view! { <AdminProblem message=err.to_string() /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

fn heading(id: Option<EventId>) -> String {
    match id {
        Some(id) => format!("Edit event {id}"),
        None => "New event".to_owned(),
    }
}

/// The message after a save, retire or restore (from `?saved=` on the page it lands on).
fn saved_message(saved: &str) -> &'static str {
    match saved {
        "retired" => "Retired: readers no longer see this event.",
        "restored" => "Restored: readers see this event again.",
        _ => "Saved.",
    }
}

/// The form itself: an island, the one part of the site that runs in the browser.
#[island]
fn EventEditor(state: EventFormState, saved: Option<String>) -> impl IntoView {
    let EventFormState {
        id,
        form,
        errors,
        retired,
        path,
        notice,
        outdated,
    } = state;
    let heading = heading(id);
    let action = match id {
        Some(id) => format!("/admin/events/{id}"),
        None => "/admin/events/new".to_owned(),
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
                browser_errors.with(|e| e.get(field).map(str::to_owned))
            } else {
                server_errors.with_value(|e| e.get(field).map(str::to_owned))
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
    let in_timeline = id.map(|id| format!("/#{}", timeline_anchor(id)));

    // Tells the page (and its tests) that the fields are now checked as they are typed.
    Effect::new(|| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-ready", "");
        }
    });

    view! {
        <h1>{heading}</h1>
        {saved
            .map(|saved| {
                view! {
                    <p class="form-saved" role="status">
                        {saved_message(&saved)}
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
                        "Nothing was saved: please correct the fields marked below."
                    </p>
                }
            })}
        {id
            .map(|_| {
                let status = if retired {
                    "Retired: hidden from readers."
                } else {
                    "Published."
                };
                view! {
                    <p class="admin__status">
                        {status} " "
                        {path
                            .filter(|_| !retired)
                            .map(|path| view! { <a href=path>"Permanent page"</a> " · " })}
                        {in_timeline
                            .filter(|_| !retired)
                            .map(|href| view! { <a href=href>"See in timeline"</a> })}
                    </p>
                }
            })}
        <form class="form event-form" method="post" action=action novalidate>
            // Enter in a field submits with the first button in the form: make it Save.
            <button class="default-submit" type="submit" tabindex="-1" aria-hidden="true">
                "Save"
            </button>
            <input type="hidden" name="version" value=form.version.clone() />
            <TextField
                name="title"
                label="Title"
                value=form.title.clone()
                error=error(FormField::Title)
                on_input=text(FormField::Title, |f, v| f.title = v)
            />
            <TextField
                name="summary"
                label="Summary"
                hint="One or two sentences, shown on the timeline."
                rows=3
                value=form.summary.clone()
                error=error(FormField::Summary)
                on_input=text(FormField::Summary, |f, v| f.summary = v)
            />
            <TextField
                name="body"
                label="Body (optional)"
                hint="The full account, shown on the event's page. Separate paragraphs with a blank line."
                rows=10
                value=form.body.clone()
                error=error(FormField::Body)
                on_input=text(FormField::Body, |f, v| f.body = v)
            />
            {form
                .translations
                .iter()
                .map(|translation| {
                    let outdated = outdated.contains(&translation.lang);
                    view! {
                        <TranslationFields translation=translation.clone() outdated error edit />
                    }
                })
                .collect_view()}
            <div class="form__row">
                <div class="form__cell">
                    <TextField
                        name="start"
                        label="Start date"
                        hint="YYYY, YYYY-MM or YYYY-MM-DD"
                        value=form.start.clone()
                        error=error(FormField::Start)
                        on_input=text(FormField::Start, |f, v| f.start = v)
                    />
                    <Tick
                        name="start_circa"
                        label="Approximate (circa)"
                        checked=form.start_circa
                        on_change=Callback::new(move |on: bool| {
                            edit(FormField::Start, Box::new(move |f| f.start_circa = on))
                        })
                    />
                </div>
                <div class="form__cell">
                    <TextField
                        name="end"
                        label="End date (optional)"
                        hint="For a period; not before the start"
                        value=form.end.clone()
                        error=error(FormField::End)
                        on_input=text(FormField::End, |f, v| f.end = v)
                    />
                    <Tick
                        name="end_circa"
                        label="Approximate (circa)"
                        checked=form.end_circa
                        on_change=Callback::new(move |on: bool| {
                            edit(FormField::End, Box::new(move |f| f.end_circa = on))
                        })
                    />
                </div>
            </div>
            <label for="category">"Category"</label>
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
                    "Choose a category"
                </option>
                {Category::ALL
                    .into_iter()
                    .map(|category| {
                        view! {
                            <option value=category.code() selected=form.category == category.code()>
                                {category.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldError id="category-error" error=error(FormField::Category) />
            <fieldset class="form__choices" aria-describedby="actors-error">
                <legend>"Actors"</legend>
                {Actor::ALL
                    .into_iter()
                    .map(|actor| {
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
                                {actor.name()}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <FieldError id="actors-error" error=error(FormField::Actors) />
            <fieldset class="form__sources" aria-describedby="sources-error">
                <legend>"Sources"</legend>
                {form
                    .sources
                    .iter()
                    .enumerate()
                    .map(|(row, source)| view! { <SourceRow row source=source.clone() error edit /> })
                    .collect_view()}
                <FieldError id="sources-error" error=error(FormField::Sources) />
                <button class="button button--quiet" type="submit" name="action" value="add-source">
                    "Add a source"
                </button>
            </fieldset>
            <TextField
                name="related"
                label="Related events (optional)"
                hint="Event numbers, separated by commas: the number starts each event's address, /events/12-…"
                value=form.related.clone()
                error=error(FormField::Related)
                on_input=text(FormField::Related, |f, v| f.related = v)
            />
            <p class="field-error" role="status" aria-live="polite">
                {move || {
                    let bytes = typed.with(EventForm::encoded_len);
                    (bytes > MAX_FORM_BYTES)
                        .then(|| {
                            format!(
                                "Too large to send: {} KB, and the server accepts {} KB. \
                                 Shorten the longest text (Korean and Japanese characters \
                                 take nine bytes each when sent).",
                                bytes.div_ceil(1024),
                                MAX_FORM_BYTES / 1024,
                            )
                        })
                }}
            </p>
            <button class="button" type="submit" name="action" value="save">
                "Save"
            </button>
        </form>
        {id
            .map(|id| {
                let (verb, label) = if retired {
                    ("restore", "Restore")
                } else {
                    ("retire", "Retire")
                };
                view! {
                    <form class="admin__retire" method="post" action=format!("/admin/events/{id}/{verb}")>
                        <button class="button button--quiet" type="submit">
                            {label}
                        </button>
                    </form>
                }
            })}
    }
    // One erased type: the whole form as a single type is too deep for the compiler.
    .into_any()
}
