//! Embedding: every `[data-psf-apply]` element of a host page becomes its own
//! widget, and hosts can mount one from JavaScript with `mount(element,
//! config)`. What sets a widget apart from the standalone app is its
//! [`Instance`]: element ids of its own, routing that never touches the
//! host's URL, a storage prefix of its own, the program it is fixed to and
//! the answers the host prefills.

use std::cell::RefCell;

use leptos::prelude::*;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::rules::program::{all_programs, by_slug, Program};

use super::app::App;
use super::config::{Config, ConfigError, DEFAULT_STORAGE_PREFIX};
use super::i18n::Locale;
pub use super::ids::{dom_id, owns_document};
pub use super::instance::Instance;
use super::language;
use super::messages;
use super::prefill::{self, Answers};

/// Marks an element as taken, so a second mount (or `start` running after a
/// host's own `mount`) does not render a second app into it.
pub const MOUNTED_ATTRIBUTE: &str = "data-psf-apply-mounted";
/// Set by `embed.js` before the wasm starts: the page loads the app as a
/// widget library, so without `[data-psf-apply]` elements nothing is mounted
/// (the host mounts from JavaScript) rather than the standalone app.
const EMBED_LOADER_FLAG: &str = "__psfApplyEmbed";

/// A widget's settings besides the submission config.
#[derive(Default, Debug, PartialEq)]
pub struct WidgetOptions {
    pub program: Option<&'static Program>,
    pub preview: bool,
    pub prefill: Answers,
    pub storage_prefix: Option<String>,
    /// The host's language for the widget (`data-lang`, `mount({lang})`),
    /// which wins over the person's remembered choice and their browser's.
    pub lang: Option<Locale>,
    /// Problems to report in the console (never stopping the form).
    pub warnings: Vec<String>,
}

impl WidgetOptions {
    /// Reads `program`, `mode` and `prefill` (a JSON object, or for
    /// `data-prefill` its text) from (name, value) pairs.
    pub fn read(program: Option<&str>, mode: Option<&str>, prefill: Option<Value>) -> Self {
        let mut options = WidgetOptions::default();
        if let Some(slug) = program.map(str::trim).filter(|s| !s.is_empty()) {
            match by_slug(slug) {
                Some(p) => options.program = Some(p),
                None => options.warnings.push(format!(
                    "psf-apply: unknown program \"{slug}\"; showing every program"
                )),
            }
        }
        match mode.map(str::trim) {
            None | Some("") | Some("form") => {}
            Some("preview") if options.program.is_some() => options.preview = true,
            Some("preview") => options.warnings.push(
                "psf-apply: mode \"preview\" needs a program (data-program); showing the start page"
                    .to_string(),
            ),
            Some(other) => options
                .warnings
                .push(format!("psf-apply: unknown mode \"{other}\"; showing the form")),
        }
        match prefill {
            None | Some(Value::Null) => {}
            Some(Value::Object(map)) => options.prefill = map,
            Some(Value::String(text)) => match serde_json::from_str::<Value>(&text) {
                Ok(Value::Object(map)) => options.prefill = map,
                _ => options
                    .warnings
                    .push("psf-apply: prefill is not a JSON object; ignored".to_string()),
            },
            Some(_) => options
                .warnings
                .push("psf-apply: prefill is not a JSON object; ignored".to_string()),
        }
        options
    }

    /// Reads the host's `lang`: a tag the app speaks, or its language
    /// (`fr-CA` → French); anything else is reported and ignored.
    pub fn read_lang(&mut self, lang: Option<&str>) {
        let Some(tag) = lang.map(str::trim).filter(|t| !t.is_empty()) else {
            return;
        };
        let locale = Locale::negotiate([tag]);
        if locale == Locale::En
            && !tag.eq_ignore_ascii_case("en")
            && !tag.to_ascii_lowercase().starts_with("en-")
        {
            self.warnings.push(format!(
                "psf-apply: lang \"{tag}\" is not offered (en, es, pt-BR, fr); using the visitor's language"
            ));
            return;
        }
        self.lang = Some(locale);
    }
}

/// The `[data-psf-apply]` elements of the page, each to become a widget.
pub fn widget_elements() -> Vec<HtmlElement> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(found) = document.query_selector_all("[data-psf-apply]") else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// Whether `embed.js` loaded the app: then the page is a host's, whose
/// widgets may come later through `mount()`.
pub fn loaded_by_embed_js() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(EMBED_LOADER_FLAG))
        .is_ok_and(|v| v.is_truthy())
}

/// A widget configured by the element's `data-*` attributes, the element
/// marked as taken already (`ui::shell::host_page`).
pub fn mount_from_attributes(element: HtmlElement) {
    let attributes: Vec<(String, String)> = element
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .filter_map(|name| {
            let value = element.get_attribute(&name)?;
            Some((name.strip_prefix("data-")?.to_string(), value))
        })
        .collect();
    let get = |wanted: &str| {
        attributes
            .iter()
            .find(|(name, _)| name == wanted)
            .map(|(_, value)| value.as_str())
    };
    let (config, errors) =
        Config::from_attributes(attributes.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    for e in &errors {
        leptos::logging::warn!("{}", messages::config_error(e));
    }
    let mut options = WidgetOptions::read(
        get("program"),
        get("mode"),
        get("prefill").map(|t| Value::String(t.to_string())),
    );
    options.read_lang(get("lang"));
    options.storage_prefix = get("storage-prefix")
        .filter(|_| {
            !errors
                .iter()
                .any(|e| matches!(e, ConfigError::StoragePrefix(_)))
        })
        .map(str::to_string);
    mount_widget(element, config, options, true);
}

thread_local! {
    /// Storage prefixes and id prefixes handed out on this page.
    static TAKEN: RefCell<(u32, Vec<String>)> = const { RefCell::new((0, Vec::new())) };
}

/// The storage prefix of a widget the host gave none: `psf-apply-<element
/// id>`, else `psf-apply-<program>[-preview]`, numbered when taken. Never
/// `psf-apply:…`, which the standalone app treats as its own namespace.
fn default_storage_prefix(element: &HtmlElement, options: &WidgetOptions) -> String {
    let id: String = element
        .id()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_' || *c == '.')
        .take(40)
        .collect();
    let base = if !id.is_empty() {
        format!("{DEFAULT_STORAGE_PREFIX}-{id}")
    } else {
        let program = options.program.map_or("all", |p| p.slug);
        let mode = if options.preview { "-preview" } else { "" };
        format!("{DEFAULT_STORAGE_PREFIX}-{program}{mode}")
    };
    TAKEN.with_borrow(|(_, taken)| {
        (1..)
            .map(|n| {
                if n == 1 {
                    base.clone()
                } else {
                    format!("{base}-{n}")
                }
            })
            .find(|p| !taken.contains(p))
            .unwrap_or(base.clone())
    })
}

/// Mounts one widget. An element that already holds one (marked by
/// `ui::shell::mount_js` or an earlier mount) keeps it, unless
/// `claimed`: marked for this very mount.
fn mount_widget(element: HtmlElement, mut config: Config, options: WidgetOptions, claimed: bool) {
    if element.has_attribute(MOUNTED_ATTRIBUTE) && !claimed {
        return;
    }
    for w in &options.warnings {
        leptos::logging::warn!("{w}");
    }
    let storage_prefix = options
        .storage_prefix
        .clone()
        .unwrap_or_else(|| default_storage_prefix(&element, &options));
    let n = TAKEN.with_borrow_mut(|(count, taken)| {
        *count += 1;
        taken.push(storage_prefix.clone());
        *count
    });
    config.storage_prefix = storage_prefix;
    let instance = Instance {
        id_prefix: format!("psf-w{n}-"),
        hash_routing: false,
        start: Instance::widget_start(options.program, options.preview),
        programs: all_programs(),
        program: options.program,
        prefill: vec![options.prefill, prefill::from_url()],
        width: Some(f64::from(element.client_width())).filter(|w| *w > 0.0),
    };
    let _ = element.set_attribute(MOUNTED_ATTRIBUTE, "");
    let locale = language::initial(&config.storage_prefix, options.lang);
    let draw = move || {
        leptos::mount::mount_to(element, move || {
            view! { <App config=config instance=instance /> }
        })
        .forget();
    };
    if locale == language::spoken() {
        draw();
    } else {
        // Drawn once its catalogue is here, so the widget never shows
        // English before its own language.
        wasm_bindgen_futures::spawn_local(async move {
            language::speak(locale).await;
            draw();
        });
    }
}

/// A widget from a host's `mount(element, config)`, `text` being the JSON
/// of its config object (`ui::shell::mount_js` checked the element). Every
/// key is optional; a refused setting is reported in the console and its
/// default used.
pub fn mount_from_js(element: HtmlElement, text: &str) {
    let raw: Map<String, Value> = match serde_json::from_str(text) {
        Ok(Value::Object(map)) => map,
        _ => {
            leptos::logging::warn!("psf-apply mount: the config must be an object; using defaults");
            Map::new()
        }
    };
    let (config, errors) = Config::from_json(text);
    for e in &errors {
        leptos::logging::warn!("{}", messages::config_error(e));
    }
    let mut options = WidgetOptions::read(
        raw.get("program").and_then(Value::as_str),
        raw.get("mode").and_then(Value::as_str),
        raw.get("prefill").cloned(),
    );
    options.read_lang(raw.get("lang").and_then(Value::as_str));
    let prefix_refused = errors
        .iter()
        .any(|e| matches!(e, ConfigError::StoragePrefix(_)));
    if raw.contains_key("storagePrefix") && !prefix_refused {
        options.storage_prefix = Some(config.storage_prefix.clone());
    }
    mount_widget(element, config, options, true);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widget_options() {
        let o = WidgetOptions::read(
            Some("meetup-pro"),
            Some("preview"),
            Some(Value::String(r#"{"email":"a@b.org"}"#.into())),
        );
        assert_eq!(o.program, Some(&crate::rules::program::MEETUP_PRO));
        assert!(o.preview);
        assert_eq!(
            o.prefill.get("email"),
            Some(&Value::String("a@b.org".into()))
        );
        assert!(o.warnings.is_empty());

        let o = WidgetOptions::read(
            Some("nope"),
            Some("preview"),
            Some(Value::String("[1]".into())),
        );
        assert_eq!(o.program, None);
        assert!(!o.preview);
        assert!(o.prefill.is_empty());
        assert_eq!(o.warnings.len(), 3);
    }

    #[test]
    fn ids_outside_an_app_are_left_alone() {
        assert_eq!(dom_id("psf-cp-email"), "psf-cp-email");
    }
}
