//! The standalone page's start page, drawn by hand before the app.
//!
//! Why: Leptos, its renderer and signals, and the pages drawn with them are
//! most of the wasm, and the start page is read before anything is chosen.
//! Drawn here on `web-sys` alone, it is all the first module holds, and the
//! app comes in the module `ui::entry` opens: fetched in the background once
//! this page has been shown a moment, else when the person first moves on.
//! A start page drawn by Leptos could not get below 130.9 KB brotli (README,
//! "Performance"); this one is a fraction of that.
//!
//! It is the app's own start page (`pages::start`, under `App`'s language
//! switcher and storage notices) element for element, in the language
//! spoken, with the drafts and notices storage holds: `tests/web.rs` draws
//! both and fails when they differ. When the person moves on (a link, Back,
//! an address) or uses one of its controls (a language, "Dismiss",
//! "Continue where you left off", "Start again", a file chosen), the app is
//! drawn in its place with what this page read (storage is read once), and
//! the control is used again on its twin, with focus where it was: as the
//! two pages are the same, a control is found by its place in the page.

use std::cell::RefCell;

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, Event, HtmlElement, HtmlInputElement};

use crate::rules::program::{all_programs, Program};

use super::app::Handover;
use super::config::{Config, DEFAULT_STORAGE_PREFIX};
use super::draft::store::{open_storage, Opened};
use super::embed;
use super::entry::{self, Job};
use super::i18n::{self, tr, trf, Locale};
use super::notice::Notice;
use super::route::{Location, Page};
use super::{host_events, language, messages, words, CONFIG_ID, MOUNT_ID};

/// How long the start page is shown before the app's module is fetched in
/// the background: after the page's own work, and before most people have
/// read it and chosen (on a slow network the module then takes no wait).
const PREFETCH_AFTER_MS: i32 = 1500;

/// What the page drawn by hand holds until the app takes over, taken when
/// the app is drawn.
struct Held {
    element: HtmlElement,
    /// The config's text, read by the app (`Config::from_json`).
    config: Option<String>,
    /// Where the drafts are (`Config::storage_prefix_in`).
    storage_prefix: String,
    opened: Opened,
    root: Element,
    listeners: Vec<Listener>,
    /// Whether the app's module is on its way (the hand-over has begun).
    handing: bool,
    /// The controls used until the app is drawn, in order, to use again on
    /// the app's twins: nothing the person does while the module arrives is
    /// lost.
    used: Vec<Used>,
}

/// A listener added to the page, to take off at the hand-over.
type Listener = (
    web_sys::EventTarget,
    &'static str,
    Closure<dyn FnMut(Event)>,
);

thread_local! {
    static HELD: RefCell<Option<Held>> = const { RefCell::new(None) };
}

/// A control used on the page drawn by hand, to use again on the app's twin.
enum Used {
    /// A click on the element at this place in the page.
    Click(Vec<u32>),
    /// Files chosen in the file input at this place.
    Files(Vec<u32>, web_sys::FileList),
}

/// What began the hand-over.
#[derive(Clone, Copy, PartialEq)]
enum Began {
    /// A move to another page, or a page other than the start page opened.
    MovedOn,
    /// A control of the start page used.
    Used,
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The standalone page: its config and language, what storage holds, then
/// the start page (or, for any other page, the app at once).
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let config = config_text().await;
        let storage_prefix = config.as_deref().map_or_else(
            || DEFAULT_STORAGE_PREFIX.to_string(),
            Config::storage_prefix_in,
        );
        // The first page is drawn in its language, not in English first.
        language::speak_unseen(language::initial(&storage_prefix, None)).await;
        let Some(document) = document() else {
            return;
        };
        let element = document
            .get_element_by_id(MOUNT_ID)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            .or_else(|| document.body());
        let Some(element) = element else {
            return;
        };
        let programs = all_programs();
        let opened = open_storage(&storage_prefix, programs);
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let on_start = Location::parse(&hash, programs).is_none_or(|l| l.page == Page::Start);
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", i18n::locale().tag());
        }
        let root = draw(&document, programs, &opened, on_start);
        let _ = element.append_child(&root);
        HELD.with_borrow_mut(|held| {
            *held = Some(Held {
                element: element.clone(),
                config: config.clone(),
                storage_prefix: storage_prefix.clone(),
                opened,
                root: root.clone(),
                listeners: Vec::new(),
                handing: false,
                used: Vec::new(),
            })
        });
        // Before anything is announced: a host reacting to the step event
        // may move on at once.
        listen(&root);
        if !on_start {
            begin(Began::MovedOn, None);
            return;
        }
        document.set_title(&messages::titled(messages::start_heading(), None, false));
        host_events::announce_step_on(&element, Page::Start);
        after(PREFETCH_AFTER_MS, move || {
            wasm_bindgen_futures::spawn_local(async move {
                if entry::load().await.is_ok() {
                    if let Some(text) = config {
                        let _ = entry::open(Job::CheckConfig(text)).await;
                    }
                }
            })
        });
    });
}

/// The config's text: from `<script type="application/json"
/// id="psf-apply-config">`, else from `config.json` beside the page; none,
/// and the app takes the defaults (nothing is sent; the person can download
/// their application). The app reads it and reports refused settings in
/// the console (`entry::read_config`), never stopping the form; this page
/// reads only the storage prefix.
async fn config_text() -> Option<String> {
    let inline = document()
        .and_then(|d| d.get_element_by_id(CONFIG_ID))
        .and_then(|e| e.text_content());
    match inline {
        Some(text) => Some(text),
        // Plain `fetch`, every failure read as "no config": a host page that
        // wraps `fetch` and rejects with odd values must not stop the form.
        None => language::fetch_text("config.json").await,
    }
}

fn after(ms: i32, then: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let callback = Closure::once_into_js(then);
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
}

/// The page's listeners: a move to another page, a click on one of its
/// buttons, a file chosen.
fn listen(root: &Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_hash = Closure::<dyn FnMut(Event)>::new(|_: Event| {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        // In-page anchors are not routes; the start page is this one. Once
        // the hand-over has begun, the app reads the address itself.
        if Location::parse(&hash, all_programs()).is_some_and(|l| l.page != Page::Start) {
            begin(Began::MovedOn, Some(Page::Start));
        }
    });
    let on_click = Closure::<dyn FnMut(Event)>::new(|e: Event| {
        let button = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("button").ok().flatten())
            // "Try again" in the box of a page on its way is its own.
            .filter(|b| b.closest(".psf-program-page").ok().flatten().is_none());
        if let Some(place) = button.and_then(|b| place_of(&b)) {
            e.prevent_default();
            used(Used::Click(place));
        }
    });
    let on_change = Closure::<dyn FnMut(Event)>::new(|e: Event| {
        let input = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input.filter(|i| i.type_() == "file") {
            let (Some(files), Some(place)) = (input.files(), place_of(&input)) else {
                return;
            };
            used(Used::Files(place, files));
        }
    });
    let mut listeners = Vec::new();
    for (target, name, listener) in [
        (
            window.unchecked_into::<web_sys::EventTarget>(),
            "hashchange",
            on_hash,
        ),
        (root.clone().unchecked_into(), "click", on_click),
        (root.clone().unchecked_into(), "change", on_change),
    ] {
        let _ = target.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        listeners.push((target, name, listener));
    }
    HELD.with_borrow_mut(|held| {
        if let Some(held) = held {
            held.listeners = listeners;
        }
    });
}

/// The place of `element` in the page drawn by hand: the index among its
/// siblings of each element from the page's root down to it.
fn place_of(element: &Element) -> Option<Vec<u32>> {
    let root = HELD.with_borrow(|h| h.as_ref().map(|h| h.root.clone()))?;
    let mut place = Vec::new();
    let mut at = element.clone();
    while at != root {
        let mut index = 0;
        let mut sibling = at.previous_element_sibling();
        while let Some(s) = sibling {
            index += 1;
            sibling = s.previous_element_sibling();
        }
        place.push(index);
        at = at.parent_element()?;
    }
    place.reverse();
    Some(place)
}

/// The element at `place` under `root`.
fn at_place(root: &Element, place: &[u32]) -> Option<HtmlElement> {
    let mut at = root.clone();
    for &index in place {
        at = at.first_element_child()?;
        for _ in 0..index {
            at = at.next_element_sibling()?;
        }
    }
    at.dyn_into().ok()
}

/// Keeps a control used for the app's twin, and begins the hand-over if
/// it has not begun.
fn used(control: Used) {
    HELD.with_borrow_mut(|held| {
        if let Some(held) = held {
            held.used.push(control);
        }
    });
    begin(Began::Used, Some(Page::Start));
}

/// Opens the app in place of the page drawn by hand, once, then uses again
/// on the app's twins the controls used meanwhile, each focused first. A
/// move to another page shows the box the page is drawn in, with
/// "Loading…" after a moment; a control used keeps the start page until
/// the app, opened on it, uses the control (and then follows the address,
/// should the person have moved on since). Should the module not arrive,
/// the page says so and the person can try again; nothing they did is
/// lost. `shown`: the page this one showed and announced (none when the
/// app opens on another page).
fn begin(began: Began, shown: Option<Page>) {
    let Some(root) = HELD.with_borrow_mut(|held| {
        let held = held.as_mut().filter(|h| !h.handing)?;
        held.handing = true;
        Some(held.root.clone())
    }) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Some(document) = document() else {
            return;
        };
        let page_box = (began == Began::MovedOn).then(|| box_for_page(&document, &root));
        if entry::load().await.is_err() {
            let page_box = page_box.unwrap_or_else(|| box_for_page(&document, &root));
            load_or_say_why(&document, &[page_box]).await;
        }
        let Some(held) = HELD.with_borrow_mut(Option::take) else {
            return;
        };
        for (target, name, listener) in &held.listeners {
            let _ =
                target.remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        }
        let Held {
            element,
            config,
            storage_prefix,
            opened,
            root,
            used,
            ..
        } = held;
        root.remove();
        let opened_on = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let handover = Handover {
            opened,
            shown,
            moved_on: began == Began::MovedOn && shown.is_some(),
            // A control is used again on the page it was used on.
            at: (began == Began::Used).then(|| Location::at(Page::Start)),
        };
        let job = Job::Page {
            element: element.clone(),
            config,
            storage_prefix,
            handover,
        };
        if entry::open(job).await.is_err() {
            return;
        }
        let Some(app_root) = element.query_selector(":scope > .psf-app").ok().flatten() else {
            return;
        };
        for control in used {
            let (Used::Click(place) | Used::Files(place, _)) = &control;
            let Some(twin) = at_place(&app_root, place) else {
                continue;
            };
            let _ = twin.focus();
            match control {
                Used::Click(_) => twin.click(),
                Used::Files(_, files) => {
                    if let Ok(input) = twin.dyn_into::<HtmlInputElement>() {
                        input.set_files(Some(&files));
                        if let Ok(change) = Event::new("change") {
                            let _ = input.dispatch_event(&change);
                        }
                    }
                }
            }
        }
        // Opened on the start page while the person moved on since: the app
        // follows the address they went to, as it does any move, even if a
        // control used before (Start again, Continue) led elsewhere: that
        // step is replaced in the history, as the person had left it.
        let moved =
            Location::parse(&opened_on, all_programs()).is_some_and(|l| l.page != Page::Start);
        if began == Began::Used && moved {
            let Some(window) = web_sys::window() else {
                return;
            };
            let now = window.location().hash().unwrap_or_default();
            if now != opened_on {
                let _ = window.location().replace(&opened_on);
            } else if let Ok(change) = Event::new("hashchange") {
                let _ = window.dispatch_event(&change);
            }
        }
    });
}

/// The box the next page is drawn in, put where the page's own content
/// (`.psf-page`, or the box the frame was drawn with for another page) was.
fn box_for_page(document: &Document, root: &Element) -> Element {
    let page_box = loading_box(document);
    let page = root
        .query_selector(":scope > .psf-page, :scope > .psf-program-page")
        .ok()
        .flatten();
    match page {
        Some(page) => {
            let _ = page.replace_with_with_node_1(&page_box);
        }
        None => {
            let _ = root.append_child(&page_box);
        }
    }
    page_box
}

/// Fetches the app's module until it arrives: after each failure, every one
/// of `boxes` says so, with "Try again".
async fn load_or_say_why(document: &Document, boxes: &[Element]) {
    loop {
        // Focus goes to the message when what had it went (the "Try again"
        // just pressed, the link followed), as a page changed inside the app.
        let lost = document
            .active_element()
            .is_none_or(|a| document.body().is_some_and(|b| a == *b.as_ref()));
        let retried = Promise::new(&mut |resolve, _| {
            for page_box in boxes {
                page_box.replace_children_with_node_0();
                let _ = page_box.append_child(&load_failed(document, &resolve));
            }
        });
        let heading = boxes
            .first()
            .and_then(|b| b.query_selector("h1").ok().flatten())
            .and_then(|h| h.dyn_into::<HtmlElement>().ok());
        if let Some(heading) = heading.filter(|_| lost) {
            let _ = heading.focus();
        }
        let _ = JsFuture::from(retried).await;
        for page_box in boxes {
            page_box.replace_children_with_node_0();
        }
        if entry::load().await.is_ok() {
            return;
        }
    }
}

/// Opens the app for a host page's widgets: each element shows "Loading…"
/// until the module arrives, and says so, with "Try again", if it cannot.
pub fn open_widgets(elements: Vec<HtmlElement>, job: Job) {
    wasm_bindgen_futures::spawn_local(async move {
        let Some(document) = document() else {
            return;
        };
        // In English and marked so: the widget's own language is read with
        // its settings, by the app.
        let boxes: Vec<Element> = elements
            .iter()
            .map(|element| {
                let app = el(&document, "div", &[("class", "psf-app"), ("lang", "en")]);
                let page_box = loading_box(&document);
                let _ = app.append_child(&page_box);
                let _ = element.append_child(&app);
                page_box
            })
            .collect();
        if entry::load().await.is_err() {
            load_or_say_why(&document, &boxes).await;
        }
        for page_box in &boxes {
            if let Some(app) = page_box.parent_element() {
                app.remove();
            }
        }
        let _ = entry::open(job).await;
    });
}

/// Whether the page is a host's: its `[data-psf-apply]` elements become
/// widgets (the app is opened for them at once), and a page that loaded
/// the app through `embed.js` waits for `mount()`.
pub fn host_page() -> bool {
    let found = embed::widget_elements();
    if found.is_empty() {
        return embed::loaded_by_embed_js();
    }
    // Taken now, in the page's order: a host's `mount()` on one of them
    // while the module arrives is refused, as it was before the split.
    let widgets: Vec<HtmlElement> = found
        .into_iter()
        .filter(|w| !w.has_attribute(embed::MOUNTED_ATTRIBUTE))
        .collect();
    for widget in &widgets {
        let _ = widget.set_attribute(embed::MOUNTED_ATTRIBUTE, "");
    }
    open_widgets(widgets.clone(), Job::Widgets(widgets));
    true
}

/// JavaScript API: `mount(element, {program, mode, prefill, lang, endpoint,
/// headers, credentials, timeoutMs, retries, storagePrefix, scrollOffset})`.
/// Every key is optional; a refused setting is reported in the console and
/// its default used (`embed::mount_from_js`). Throws only when `element` is
/// not an element or already holds an app.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: JsValue, config: JsValue) -> Result<(), JsValue> {
    let element: HtmlElement = element.dyn_into().map_err(|_| {
        js_sys::Error::new("psf-apply mount: the first argument must be an element")
    })?;
    if element.has_attribute(embed::MOUNTED_ATTRIBUTE) {
        return Err(js_sys::Error::new(
            "psf-apply mount: this element already holds an application",
        )
        .into());
    }
    let _ = element.set_attribute(embed::MOUNTED_ATTRIBUTE, "");
    let config = if config.is_undefined() || config.is_null() {
        "{}".to_string()
    } else {
        js_sys::JSON::stringify(&config)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| "{}".to_string())
    };
    open_widgets(vec![element.clone()], Job::Mount { element, config });
    Ok(())
}

// --- Drawing ---------------------------------------------------------------

fn el(document: &Document, tag: &str, attributes: &[(&str, &str)]) -> Element {
    // Creating an element only fails for an invalid tag name, and these are
    // all literals.
    let element = document
        .create_element(tag)
        .unwrap_or_else(|_| wasm_bindgen::throw_str("psf-apply: createElement"));
    for (name, value) in attributes {
        let _ = element.set_attribute(name, value);
    }
    element
}

/// `el` with its text.
fn el_text(document: &Document, tag: &str, attributes: &[(&str, &str)], text: &str) -> Element {
    let element = el(document, tag, attributes);
    element.set_text_content(Some(text));
    element
}

/// A button whose name ends in words only a screen reader says (`hidden`).
fn button(document: &Document, class: &str, visible: &str, hidden: &str) -> Element {
    let button = el_text(
        document,
        "button",
        &[("type", "button"), ("class", class)],
        visible,
    );
    add(
        &button,
        &[&el_text(
            document,
            "span",
            &[("class", "psf-visually-hidden")],
            hidden,
        )],
    );
    button
}

fn add(parent: &Element, children: &[&Element]) {
    for child in children {
        let _ = parent.append_child(child);
    }
}

/// The app's frame (`App`): the language switcher, the storage notices,
/// then the start page, or for another page the box it is drawn in.
fn draw(
    document: &Document,
    programs: &[&'static Program],
    opened: &Opened,
    on_start: bool,
) -> Element {
    let spoken = i18n::locale();
    let root = el(
        document,
        "div",
        &[("class", "psf-app"), ("lang", spoken.tag())],
    );
    add(
        &root,
        &[
            &language_switcher(document, spoken),
            &notices(document, &opened.notices),
        ],
    );
    if on_start {
        add(&root, &[&start_page(document, programs, opened)]);
    } else {
        add(&root, &[&loading_box(document)]);
    }
    root
}

/// `components::language_switcher`.
fn language_switcher(document: &Document, spoken: Locale) -> Element {
    let nav = el(
        document,
        "nav",
        &[
            ("class", "psf-language psf-no-print"),
            ("aria-label", tr!("language-switcher-label", "Language")),
        ],
    );
    let list = el(document, "ul", &[("class", "psf-language__list")]);
    for locale in Locale::OFFERED {
        let item = el(document, "li", &[("class", "psf-language__item")]);
        let button = el_text(
            document,
            "button",
            &[
                ("type", "button"),
                ("class", "psf-language__option"),
                ("lang", locale.tag()),
            ],
            locale.own_name(),
        );
        if locale == spoken {
            let _ = button.set_attribute("aria-current", "true");
        }
        add(&item, &[&button]);
        add(&list, &[&item]);
    }
    add(&nav, &[&list]);
    nav
}

/// `components::storage_notices`.
fn notices(document: &Document, notices: &[Notice]) -> Element {
    let region = el(
        document,
        "div",
        &[("class", "psf-notices"), ("role", "status")],
    );
    for &notice in notices {
        let item = el(document, "div", &[("class", "psf-notice")]);
        let text = el(document, "p", &[("class", "psf-notice__text")]);
        add(
            &text,
            &[
                &el_text(
                    document,
                    "span",
                    &[("class", "psf-notice__icon"), ("aria-hidden", "true")],
                    "!",
                ),
                &el_text(document, "span", &[], &messages::notice(notice)),
            ],
        );
        let dismiss = button(
            document,
            "psf-notice__dismiss psf-link-button",
            tr!("storage-notices-dismiss", "Dismiss"),
            tr!("storage-notices-dismiss-hidden", " this message"),
        );
        add(&item, &[&text, &dismiss]);
        add(&region, &[&item]);
    }
    region
}

/// `pages::start`.
fn start_page(document: &Document, programs: &[&'static Program], opened: &Opened) -> Element {
    let page = el(document, "div", &[("class", "psf-page")]);
    let heading = el(document, "div", &[("class", "psf-page-heading")]);
    add(
        &heading,
        &[&el_text(
            document,
            "h1",
            &[("class", "psf-heading-xl"), ("tabindex", "-1")],
            messages::start_heading(),
        )],
    );
    let lead = tr!(
        "start-lead",
        "The Python Software Foundation supports Python communities around the world. Choose the program that fits what you run.",
    );
    add(
        &page,
        &[
            &heading,
            &el_text(document, "p", &[("class", "psf-lead")], lead),
        ],
    );
    for (&program, loaded) in programs.iter().zip(&opened.drafts) {
        if let Some(loaded) = loaded.as_ref().filter(|l| !l.draft.is_blank()) {
            add(&page, &[&draft_notice(document, program, loaded.saved_at)]);
        }
    }
    let cards = el(document, "div", &[("class", "psf-programs")]);
    for &program in programs {
        add(&cards, &[&card(document, program)]);
    }
    let saved = tr!(
        "start-saved-note",
        "Your answers are saved in this browser as you go, so you can come back later. Nothing is sent to the PSF until you submit.",
    );
    add(
        &page,
        &[
            &cards,
            &continue_from_file(document),
            &el_text(
                document,
                "p",
                &[("class", "psf-body psf-secondary-text")],
                saved,
            ),
        ],
    );
    page
}

/// A program's card on the start page.
fn card(document: &Document, program: &'static Program) -> Element {
    let w = words::card(program);
    let id = format!("psf-program-{}", w.card_id);
    let section = el(
        document,
        "section",
        &[("class", "psf-program"), ("aria-labelledby", &id)],
    );
    let facts = el(document, "dl", &[("class", "psf-facts")]);
    for fact in w.facts {
        let row = el(document, "div", &[("class", "psf-facts__row")]);
        add(
            &row,
            &[
                &el_text(document, "dt", &[], fact.term),
                &el_text(document, "dd", &[], &(fact.detail)()),
            ],
        );
        add(&facts, &[&row]);
    }
    let buttons = el(document, "div", &[("class", "psf-button-group")]);
    let preview = el_text(
        document,
        "a",
        &[
            ("class", "psf-link"),
            ("href", &Page::Preview(program).href()),
        ],
        tr!("start-check-eligibility-link", "Check eligibility first"),
    );
    add(
        &preview,
        &[&el_text(
            document,
            "span",
            &[("class", "psf-visually-hidden")],
            w.preview_link_hidden,
        )],
    );
    add(
        &buttons,
        &[
            &el_text(
                document,
                "a",
                &[
                    ("class", "psf-button psf-button--start"),
                    ("href", &Page::Step(program, 0).href()),
                ],
                w.start_button,
            ),
            &preview,
        ],
    );
    add(
        &section,
        &[
            &el_text(
                document,
                "h2",
                &[("class", "psf-heading-l"), ("id", &id)],
                w.name,
            ),
            &facts,
            &buttons,
        ],
    );
    section
}

/// `components::draft_notice`.
fn draft_notice(
    document: &Document,
    program: &'static Program,
    saved_at: Option<chrono::DateTime<chrono::FixedOffset>>,
) -> Element {
    let title_id = format!("psf-draft-{}-title", program.slug);
    let name = messages::program_name(program);
    let notice = el(
        document,
        "div",
        &[
            ("class", "psf-notification"),
            ("role", "region"),
            ("aria-labelledby", &title_id),
        ],
    );
    let buttons = el(document, "div", &[("class", "psf-button-group")]);
    let resume_rest = trf!(
        "draft-notice-continue-hidden",
        "with your { $program } application",
        &[("program", name.into())],
    );
    let resume = button(
        document,
        "psf-button",
        tr!("draft-notice-continue", "Continue where you left off"),
        &format!(" {resume_rest}"),
    );
    let restart_rest = trf!(
        "draft-notice-start-again-hidden",
        "(deletes your saved { $program } answers)",
        &[("program", name.into())],
    );
    let restart = button(
        document,
        "psf-button psf-button--secondary",
        tr!("draft-notice-start-again", "Start again"),
        &format!(" {restart_rest}"),
    );
    add(&buttons, &[&resume, &restart]);
    add(
        &notice,
        &[
            &el_text(
                document,
                "h2",
                &[("class", "psf-notification__title"), ("id", &title_id)],
                &messages::draft_in_progress(program),
            ),
            &el_text(
                document,
                "p",
                &[("class", "psf-notification__text")],
                &messages::draft_saved(saved_at),
            ),
            &buttons,
        ],
    );
    notice
}

/// `components::continue_from_file`, before a file is chosen.
fn continue_from_file(document: &Document) -> Element {
    let (heading_id, input_id) = ("psf-continue-file", "psf-continue-file-input");
    let hint_id = format!("{input_id}-hint");
    let section = el(
        document,
        "section",
        &[
            ("class", "psf-continue-file psf-no-print"),
            ("aria-labelledby", heading_id),
        ],
    );
    let group = el(document, "div", &[("class", "psf-form-group")]);
    add(
        &group,
        &[
            &el_text(
                document,
                "label",
                &[("class", "psf-label"), ("for", input_id)],
                tr!("continue-from-file-label", "Choose your saved answers file"),
            ),
            &el_text(
                document,
                "div",
                &[("class", "psf-hint"), ("id", &hint_id)],
                tr!(
                    "continue-from-file-hint",
                    "The .json file you made with “Save your answers to a file”, on this or another device.",
                ),
            ),
            &el(
                document,
                "input",
                &[
                    ("class", "psf-file-upload"),
                    ("type", "file"),
                    ("accept", ".json,application/json"),
                    ("id", input_id),
                    ("aria-describedby", &hint_id),
                ],
            ),
        ],
    );
    add(
        &section,
        &[
            &el_text(
                document,
                "h2",
                &[("class", "psf-heading-m"), ("id", heading_id)],
                tr!("continue-from-file-heading", "Continue from a saved file"),
            ),
            &group,
            &el(
                document,
                "div",
                &[("class", "psf-visually-hidden"), ("role", "status")],
            ),
        ],
    );
    section
}

/// The box a page is drawn in: empty, it shows "Loading…" after a moment
/// (the style sheet draws it, so a module that arrives at once flashes
/// nothing).
fn loading_box(document: &Document) -> Element {
    el(
        document,
        "div",
        &[
            ("class", "psf-program-page"),
            ("data-loading", tr!("load-loading", "Loading…")),
        ],
    )
}

/// What a person sees when the app's module could not be fetched; "Try
/// again" calls `retry`.
fn load_failed(document: &Document, retry: &js_sys::Function) -> Element {
    let alert = el(document, "div", &[("class", "psf-page"), ("role", "alert")]);
    let heading = el(document, "div", &[("class", "psf-page-heading")]);
    add(
        &heading,
        &[&el_text(
            document,
            "h1",
            &[("class", "psf-heading-xl"), ("tabindex", "-1")],
            tr!("load-failed-heading", "This page could not be loaded"),
        )],
    );
    let button = el_text(
        document,
        "button",
        &[("type", "button"), ("class", "psf-button")],
        tr!("load-failed-retry", "Try again"),
    );
    let _ = button.add_event_listener_with_callback("click", retry);
    add(
        &alert,
        &[
            &heading,
            &el_text(
                document,
                "p",
                &[("class", "psf-body")],
                tr!(
                    "load-failed-body",
                    "Check your internet connection, then try again. Your answers are still here.",
                ),
            ),
            &button,
        ],
    );
    alert
}

/// Draws the start page as [`start`] does, into `element`, from what
/// storage held (`opened`): for a component test to hold it against the
/// app's own (`tests/web.rs`).
pub fn draw_start_page(element: &Element, opened: &Opened) {
    let Some(document) = document() else {
        return;
    };
    let _ = element.append_child(&draw(&document, all_programs(), opened, true));
}
