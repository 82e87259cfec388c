//! The way into the app drawn by Leptos: every page, every widget and a
//! host's `mount()` go through [`open`].
//!
//! Why a door of its own: Leptos, its renderer and signals, and every page
//! drawn with them are most of the wasm, and a person on the start page
//! needs none of it until they move on or use one of its controls
//! (`ui::shell` draws that page by hand). With the `split` feature (which
//! `index.html` turns on for Trunk), `wasm-split-cli` moves everything only
//! `run` reaches into `psf-apply_app-<hash>.wasm`
//! (`scripts/bin/wasm-bindgen`), fetched in the background once the start
//! page has been shown a moment, or at once for any other page or a widget.
//! Without the feature (component tests, the rules alone) the same function
//! is called directly and nothing is fetched.

use leptos::wasm_split::SplitLoaderError;
use web_sys::HtmlElement;

use super::app::Handover;
use super::config::Config;
use super::embed;
use super::messages;

/// What the app is opened for.
pub enum Job {
    /// The standalone page, taking over from the start page drawn by hand;
    /// `config` is the config's text, if the page has one, and
    /// `storage_prefix` the prefix the start page read its drafts under
    /// (`Config::storage_prefix_in`), which the app keeps.
    Page {
        element: HtmlElement,
        config: Option<String>,
        storage_prefix: String,
        handover: Handover,
    },
    /// Reports the settings of the page's config that are refused, in the
    /// console for the host's developer: once the module is here, whether
    /// or not the app is drawn yet.
    CheckConfig(String),
    /// Every `[data-psf-apply]` element of a host page, as widgets.
    Widgets(Vec<HtmlElement>),
    /// A host's `mount(element, config)`; `config` is the JSON of its object.
    Mount {
        element: HtmlElement,
        config: String,
    },
}

/// Draws what `job` asks. The split point: on the `split` build its body,
/// and everything only it reaches, live in the other module.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        app,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_app),
        fallible
    )
)]
fn run(job: Job) -> Result<(), SplitLoaderError> {
    match job {
        Job::Page {
            element,
            config,
            storage_prefix,
            handover,
        } => {
            let mut config = config.map_or_else(Config::default, |text| read_config(&text));
            config.storage_prefix = storage_prefix;
            super::mount_handed_over(element, config, handover);
        }
        Job::CheckConfig(text) => {
            read_config(&text);
        }
        Job::Widgets(elements) => {
            for element in elements {
                embed::mount_from_attributes(element);
            }
        }
        Job::Mount { element, config } => embed::mount_from_js(element, &config),
    }
    Ok(())
}

/// The page's config, its refused settings reported the first time only.
fn read_config(text: &str) -> Config {
    thread_local! {
        static REPORTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    let (config, errors) = Config::from_json(text);
    if !REPORTED.replace(true) {
        for e in &errors {
            leptos::logging::warn!("{}", messages::config_error(e));
        }
    }
    config
}

/// Fetches and starts the app's module, without drawing anything (already
/// loaded: at once). A failure is not remembered: the next call fetches
/// anew.
pub async fn load() -> Result<(), SplitLoaderError> {
    #[cfg(feature = "split")]
    {
        preload_app().await
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(())
    }
}

/// Draws what `job` asks once the app's module is loaded ([`load`] first,
/// to keep the job should the module fail to arrive).
pub async fn open(job: Job) -> Result<(), SplitLoaderError> {
    #[cfg(feature = "split")]
    {
        run(job).await
    }
    #[cfg(not(feature = "split"))]
    {
        run(job)
    }
}
