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

/// Points a download link at a file made on its click: the browser reads
/// `href` and `download` after the click handlers ran, so a file that
/// depends on the moment (a timestamp, the latest answers) is made only
/// when it is asked for, never on every change.
pub fn offer(link: &web_sys::HtmlAnchorElement, name: &str, mime: &str, text: &str) {
    link.set_href(&data_href(mime, text));
    link.set_download(name);
}
