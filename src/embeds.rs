//! How another site shows a view of the timeline: the `<iframe>` of its embed (`/embed/…`), and
//! the script the host page adds so that the frame takes the embed's height. The Embed control
//! on the site's pages and the oEmbed answer both write them here.

use crate::markup::escape;

/// The width and height an embed is offered at, in CSS pixels, when its host says nothing.
pub const WIDTH: u32 = 640;
pub const HEIGHT: u32 = 640;

/// The frame of an embed at `src` (an absolute address). `width` is a number of pixels, or
/// `None` for the host's whole column; `height` is where it starts, until the embed says how
/// tall it is.
pub fn iframe(src: &str, title: &str, width: Option<u32>, height: u32) -> String {
    let width = width.map_or_else(|| "100%".to_owned(), |width| width.to_string());
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{width}\" height=\"{height}\" \
         style=\"border:0\" loading=\"lazy\"></iframe>",
        escape(src),
        escape(title)
    )
}

/// The host page's script: takes each embed's height as its own frame reports it (see
/// `src/enhance/embed.js`), and only from this site (`origin`) and that very frame.
pub fn resizer(origin: &str) -> String {
    format!(
        "<script>addEventListener(\"message\",function(e){{\
         if(e.origin!=={origin:?}||!e.data||e.data.type!==\"kjt:height\")return;\
         document.querySelectorAll(\"iframe\").forEach(function(f){{\
         if(f.contentWindow===e.source)f.style.height=e.data.height+\"px\"}})}})</script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_names_its_address_and_title_safely() {
        let frame = iframe(
            "https://t.example/ko/embed?category=trade&actor=JP",
            "한일 \"관계\" <연표>",
            None,
            HEIGHT,
        );
        assert_eq!(
            frame,
            "<iframe src=\"https://t.example/ko/embed?category=trade&amp;actor=JP\" \
             title=\"한일 &quot;관계&quot; &lt;연표&gt;\" width=\"100%\" height=\"640\" \
             style=\"border:0\" loading=\"lazy\"></iframe>"
        );
        assert!(iframe("https://t.example/embed", "t", Some(500), 300).contains("width=\"500\""));
    }

    #[test]
    fn the_resizer_listens_to_this_site_only() {
        let script = resizer("https://t.example");
        assert!(
            script.contains("e.origin!==\"https://t.example\""),
            "{script}"
        );
        assert!(script.contains("f.contentWindow===e.source"), "{script}");
    }
}
