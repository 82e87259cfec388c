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
//! embed → entry → shell.

pub mod app;
pub mod clock;
pub mod components;
pub mod config;
pub mod download;
pub mod draft;
pub mod embed;
pub mod entry;
pub mod format;
pub mod host_events;
pub mod i18n;
pub mod ids;
pub mod instance;
pub mod json;
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
pub mod shell;
pub mod state;
pub mod stored;
pub mod submit;
pub mod validation;
pub mod words;

use config::Config;

/// Id of the element the standalone page mounts the app into.
pub const MOUNT_ID: &str = "psf-apply";
/// Id of the optional `<script type="application/json">` with the config.
pub const CONFIG_ID: &str = "psf-apply-config";

/// Entry point: widgets on a host page (or a page loaded by embed.js) open
/// the app at once; the standalone page draws its start page by hand and
/// opens the app when the person moves on ([`shell`]).
pub fn start() {
    if shell::host_page() {
        return;
    }
    shell::start();
}

/// Mounts the app into `element` with `config`, at once, reading storage
/// itself (component tests; a host page goes through `mount()`, see
/// [`shell::mount_js`]). Several instances need distinct
/// `config.storage_prefix` values.
pub fn mount(element: web_sys::HtmlElement, config: Config) {
    leptos::mount::mount_to(element, move || {
        leptos::view! { <app::App config=config /> }
    })
    .forget();
}

/// Mounts the standalone app where the start page drawn by hand was
/// ([`shell`]), with what it read and showed.
pub fn mount_handed_over(element: web_sys::HtmlElement, config: Config, handover: app::Handover) {
    leptos::mount::mount_to(element, move || {
        leptos::view! { <app::App config=config handover=handover /> }
    })
    .forget();
}
