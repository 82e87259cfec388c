//! Which language the page speaks, and changing it: the host's choice (a
//! widget's `data-lang` / `mount({lang})`) wins, then the person's own
//! choice remembered beside their drafts (`<prefix>:v1:lang`), then the
//! browser's preferred languages. A catalogue other than English is
//! fetched from `locales/<tag>.ftl` beside the app (or beside `embed.js`)
//! when first chosen; until it has arrived, and if it cannot be read, the
//! app speaks English.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::draft::store::STORAGE_VERSION;
use super::i18n::{self, Locale};

thread_local! {
    /// The page's language as a signal, so that every instance on the page
    /// draws its words again when it changes. Reference-counted rather than
    /// owned by one app, as it outlives any single widget. It starts in the
    /// language already spoken: the start page drawn before the app
    /// (`ui::shell`) may have chosen it.
    static SPOKEN: ArcRwSignal<Locale> = ArcRwSignal::new(i18n::locale());
}

/// The language words are drawn in; reading it in a view makes the view
/// follow a change of language.
pub fn spoken() -> Locale {
    SPOKEN.with(|s| s.get())
}

fn lang_key(storage_prefix: &str) -> String {
    format!("{storage_prefix}:v{STORAGE_VERSION}:lang")
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language to start in: `host` (a widget's setting), else the
/// remembered choice, else the browser's languages.
pub fn initial(storage_prefix: &str, host: Option<Locale>) -> Locale {
    if let Some(l) = host {
        return l;
    }
    let remembered = local_storage()
        .and_then(|s| s.get_item(&lang_key(storage_prefix)).ok().flatten())
        .and_then(|tag| Locale::from_tag(&tag));
    if let Some(l) = remembered {
        return l;
    }
    let languages: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    Locale::negotiate(languages.iter().map(String::as_str))
}

/// Remembers the person's choice beside their drafts. Never for the host's
/// choice, which the host makes again on every visit.
pub fn remember(storage_prefix: &str, locale: Locale) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(&lang_key(storage_prefix), locale.tag());
    }
}

/// Where the catalogues are: beside `embed.js` when it loaded the app (it
/// sets `__psfApplyBase`), else beside the page.
fn catalogue_url(locale: Locale) -> String {
    let base = js_sys::Reflect::get(&js_sys::global(), &"__psfApplyBase".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    format!("{base}locales/{}.ftl", locale.tag())
}

/// A file's text by plain `fetch`, `None` on any failure (a host page may
/// wrap `fetch` and reject with odd values).
pub(crate) async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Speaks `locale`, fetching its catalogue first if need be, and redraws
/// every instance. Returns the locale now spoken: English when the
/// catalogue could not be fetched or read (reported in the console).
pub async fn speak(locale: Locale) -> Locale {
    let spoken = speak_unseen(locale).await;
    SPOKEN.with(|s| {
        if s.get_untracked() != spoken {
            s.set(spoken);
        }
    });
    spoken
}

/// [`speak`] without the redraw, before any app is drawn (`ui::shell`):
/// the app's signal then starts in the language spoken.
pub async fn speak_unseen(locale: Locale) -> Locale {
    if locale != Locale::En && i18n::loaded(locale).is_none() {
        let url = catalogue_url(locale);
        match fetch_text(&url).await {
            Some(text) => {
                if let Err(e) = i18n::load(locale, text) {
                    leptos::logging::warn!(
                        "psf-apply: {url} line {}: expected {}; speaking English",
                        e.line,
                        e.expected
                    );
                }
            }
            None => leptos::logging::warn!("psf-apply: could not fetch {url}; speaking English"),
        }
    }
    i18n::set_locale(locale)
}

/// Speaks `locale` at once when no catalogue is needed (English, or one
/// already read); for a test that mounts components in a locale it loaded.
pub fn speak_loaded(locale: Locale) -> Locale {
    let spoken = i18n::set_locale(locale);
    SPOKEN.with(|s| s.set(spoken));
    spoken
}
