//! The browser app: a Leptos single-page app that walks people through the
//! PSF's Community Partner and Meetup Pro Network applications, with the
//! GOV.UK Design System's form patterns.
//!
//! Layout: every program is a definition (`crate::rules::program`) that one
//! renderer draws. [`state`] holds one generic [`draft`] per program (text
//! as typed) and derives answers and eligibility from it with the
//! [`crate::rules`]; [`route`] maps the URL hash to pages; [`pages`] and
//! [`components`] render; a program's words are in [`words`], the words of
//! the rules' codes in [`messages`]. The clock is read only in [`clock`].
//! Classes are all `psf-` prefixed so that the app can be embedded.
//!
//! The modules depend one way (`tests/module_graph.rs` fails on a cycle):
//! format, notice, config, clock, page_memo, stored, download, reminder → route, submit →
//! words → messages → draft → prefill → instance → ids → validation,
//! refusals → state → scroll, host_events → components → pages → app →
//! embed.

pub mod app;
pub mod clock;
pub mod components;
pub mod config;
pub mod download;
pub mod draft;
pub mod embed;
pub mod format;
pub mod host_events;
pub mod i18n;
pub mod ids;
pub mod instance;
pub mod language;
pub mod messages;
pub mod notice;
pub mod page_memo;
pub mod pages;
pub mod prefill;
pub mod refusals;
pub mod reminder;
pub mod route;
pub mod scroll;
pub mod state;
pub mod stored;
pub mod submit;
pub mod validation;
pub mod words;

use wasm_bindgen::JsCast;

use config::Config;

/// Id of the element the standalone page mounts the app into.
pub const MOUNT_ID: &str = "psf-apply";
/// Id of the optional `<script type="application/json">` with the config.
pub const CONFIG_ID: &str = "psf-apply-config";

/// Entry point of the standalone app: mounts into `#psf-apply`, or the body
/// when the page has no such element, once the config is read.
pub fn start() {
    // A page with `[data-psf-apply]` widgets (or loaded by embed.js) is a host.
    if embed::mount_all() {
        return;
    }
    // Not leptos's spawner: it is set up by mounting, which comes after.
    wasm_bindgen_futures::spawn_local(async {
        let config = load_config().await;
        // The first page is drawn in its language, not in English first.
        language::speak(language::initial(&config.storage_prefix, None)).await;
        mount_in_page(config);
    });
}

fn mount_in_page(config: Config) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let element = document
        .get_element_by_id(MOUNT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body());
    let Some(element) = element else {
        return;
    };
    mount(element, config);
}

/// The config from `<script type="application/json" id="psf-apply-config">`,
/// else from `config.json` beside the page, else the defaults (nothing is
/// sent; the person can download their application). Refused settings are
/// reported in the console for the host's developer and never stop the form.
async fn load_config() -> Config {
    let inline = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(CONFIG_ID))
        .and_then(|e| e.text_content());
    let text = match inline {
        Some(text) => Some(text),
        None => fetch_config_json().await,
    };
    let Some(text) = text else {
        return Config::default();
    };
    let (config, errors) = Config::from_json(&text);
    for e in &errors {
        leptos::logging::warn!("{}", messages::config_error(e));
    }
    config
}

/// Plain `fetch`, every failure read as "no config": a host page that wraps
/// `fetch` and rejects with odd values must not stop the form.
async fn fetch_config_json() -> Option<String> {
    language::fetch_text("config.json").await
}

/// Mounts the app into `element` with `config` (for host pages that embed
/// it). Several instances need distinct `config.storage_prefix` values.
pub fn mount(element: web_sys::HtmlElement, config: Config) {
    leptos::mount::mount_to(element, move || {
        leptos::view! { <app::App config=config /> }
    })
    .forget();
}
