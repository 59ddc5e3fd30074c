//! The event form's preview: a valid form, unsaved, as readers would see the event's page in
//! each language. It reads and writes nothing but the titles and dates of related events.

use crate::model::{EventDraft, EventId, EventLink, Lang, PreviewPage};
use crate::server::store::{EditError, Store};

/// The event's page in each language, from the form's valid `draft` for event `id` (`None`
/// before its first save). A related event that a save would refuse is refused here too.
pub(crate) async fn pages(
    store: &Store,
    id: Option<EventId>,
    draft: &EventDraft,
) -> Result<Vec<PreviewPage>, EditError> {
    // As a save checks them: retired events may be related, though readers do not see them.
    let known = store.event_versions(&draft.related).await?;
    if let Some(&other) =
        (draft.related.iter()).find(|&&other| Some(other) == id || !known.contains_key(&other))
    {
        return Err(EditError::UnknownRelated(other));
    }
    let mut pages = Vec::with_capacity(Lang::ALL.len());
    for lang in Lang::ALL {
        let mut related: Vec<EventLink> = (store.links(&draft.related, lang).await?)
            .into_values()
            .collect();
        // In the order of the event's page: by start date, then number.
        related.sort_by_cached_key(|link| (link.when.start().date.to_string(), link.id));
        pages.push(PreviewPage {
            lang,
            content: draft.event.content_in(lang),
            related,
        });
    }
    Ok(pages)
}
