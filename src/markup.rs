//! Markup written by hand, outside the pages' views: the sitemaps, TimelineJS's HTML snippets,
//! the embed code.

/// Text as XML or HTML content or attribute value.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
