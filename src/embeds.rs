//! How another site shows a view of the timeline: the `<iframe>` of its embed (`/embed/…`), and
//! the script the host page adds so that the frame takes the embed's height (`/embed.js`, from
//! `src/enhance/host.js`). The Embed control on the site's pages and the oEmbed answer both
//! write them here.

use crate::markup::escape;
use crate::model::Filter;
use crate::paths::EMBED;

/// The embed of a page of the timeline: `/embed`, with the view's filter and page.
pub fn of_view(filter: &Filter, page: u32) -> String {
    format!(
        "{EMBED}{}",
        filter.timeline_path(page).trim_start_matches('/')
    )
}

/// The embed of the event whose page is at `event_path` (`/events/{id}-{slug}`).
pub fn of_event(event_path: &str) -> String {
    format!("{EMBED}{event_path}")
}

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

/// Where the host page's script is served.
pub const HOST_SCRIPT_PATH: &str = "/embed.js";

/// The host page's script, minified (`src/enhance/host.js`).
#[cfg(feature = "ssr")]
pub const HOST_SCRIPT: &str = include_str!(concat!(env!("OUT_DIR"), "/host.js"));

/// The tag that loads the host page's script from the site at `origin`: it takes each
/// embed's height as its own frame reports it, and only from that site and that very frame.
pub fn resizer(origin: &str) -> String {
    format!(
        "<script src=\"{}{HOST_SCRIPT_PATH}\" async></script>",
        escape(origin)
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
    fn the_resizer_comes_from_this_site() {
        assert_eq!(
            resizer("https://t.example"),
            "<script src=\"https://t.example/embed.js\" async></script>"
        );
    }
}
