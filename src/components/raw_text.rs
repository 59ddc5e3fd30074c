/// Text for an element whose content the server writes as it is (`<title>` through
/// leptos_meta, `<textarea>`): escaped on the server, where `</title>` or `</textarea>` in
/// the text would otherwise end the element; unchanged in the browser, which inserts text
/// nodes.
pub fn raw_text(text: String) -> String {
    #[cfg(feature = "ssr")]
    return text.replace('&', "&amp;").replace('<', "&lt;");
    #[cfg(not(feature = "ssr"))]
    text
}
