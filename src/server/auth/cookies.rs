//! The editors' cookies (the session's and the known browser's), made and read with the
//! `cookie` crate: each is HttpOnly (no script reads it), `SameSite=Strict` (no other site's
//! request carries it) and for the whole site (`Path=/`: sign-in pages are under every
//! language's prefix), and `Secure` when readers arrive over HTTPS.

use axum::http::{HeaderMap, HeaderValue, header};
use cookie::{Cookie, SameSite};

/// The `Set-Cookie` value giving the browser `name=value` for `max_age_secs` (0: forget it).
pub(crate) fn set(name: &str, value: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let cookie = Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Strict)
        .max_age(cookie::time::Duration::seconds(max_age_secs))
        .secure(secure)
        .build();
    HeaderValue::from_str(&cookie.to_string()).expect("names and tokens are plain ASCII")
}

/// Every value of the cookie `name` a request carries, in order: a browser sends one per path
/// it was set for, the most specific path first. A malformed pair is skipped, not a reason
/// to refuse the others.
pub(crate) fn values<'a>(headers: &'a HeaderMap, name: &'a str) -> impl Iterator<Item = &'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .filter(move |cookie| cookie.name() == name)
        .filter_map(|cookie| cookie.value_raw())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_is_for_the_whole_site_and_no_script_or_other_site() {
        let cookie = set("session", "abc", 60, true);
        let text = cookie.to_str().unwrap();
        for part in [
            "session=abc",
            "Path=/",
            "HttpOnly",
            "SameSite=Strict",
            "Max-Age=60",
            "Secure",
        ] {
            assert!(text.contains(part), "{text}");
        }
        assert!(
            !set("session", "", 0, false)
                .to_str()
                .unwrap()
                .contains("Secure")
        );
    }

    #[test]
    fn every_value_of_a_name_is_read_in_order() {
        let mut headers = HeaderMap::new();
        headers.append(
            header::COOKIE,
            HeaderValue::from_static("device=a; lang=ko; device=b"),
        );
        headers.append(header::COOKIE, HeaderValue::from_static("bad; device=c"));
        assert_eq!(
            values(&headers, "device").collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        assert_eq!(values(&headers, "devicex").count(), 0);
    }
}
