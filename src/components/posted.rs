/// What the server was handed with a form post, for the page that answers it.
///
/// A page answering a post (to show errors and keep what was typed) is rendered with the
/// posted values in context. Read inside a `Resource`, they travel to the browser with the
/// page, so hydration sees the same values the server rendered.
pub async fn posted<T: Clone + Default + Send + Sync + 'static>() -> T {
    #[cfg(feature = "ssr")]
    return leptos::prelude::use_context::<T>().unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    T::default()
}
