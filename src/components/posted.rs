/// What the server was handed with a form post, for the page that answers it.
///
/// A page answering a post (to show errors and keep what was typed) is rendered with the
/// posted values in context, read where the page loads its data (the event form's island then
/// gets them as its props).
pub async fn posted<T: Clone + Default + Send + Sync + 'static>() -> T {
    #[cfg(feature = "ssr")]
    return leptos::prelude::use_context::<T>().unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    T::default()
}
