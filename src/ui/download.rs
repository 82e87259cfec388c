//! Files made in the browser and offered as a link (a copy of an
//! application, saved answers, a calendar reminder): no backend, and
//! nothing a strict Content Security Policy blocks.

/// A `data:` URL of `text`, for an `<a download>`. A data URL rather than a
/// `blob:` one: it needs no revoking, and a host's CSP governs neither.
pub fn data_href(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}
