//! The root component: state, the router (the URL hash, or memory in a
//! widget) and the page switch.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::rules::program::Program;

use super::clock;
use super::components::language_switcher::LanguageSwitcher;
use super::components::storage_notices::StorageNotices;
use super::config::Config;
use super::draft::store::{open_storage, Opened};
use super::host_events::{self, HostRoot};
use super::instance::Instance;
use super::language;
use super::pages::not_found::NotFoundPage;
use super::pages::program_page::ProgramPage;
use super::pages::start::StartPage;
use super::route::{Location, Page};
use super::state::{navigate, AppState};

fn current_location(programs: &[&'static Program]) -> Location {
    let hash = window().location().hash().unwrap_or_default();
    Location::parse(&hash, programs).unwrap_or(Location::at(Page::Start))
}

/// What the start page drawn before the app (`ui::shell`) hands to it when
/// the person first moves on or uses one of its controls.
pub struct Handover {
    /// What storage held when the page opened (read once, by the shell).
    pub opened: Opened,
    /// The page the shell showed and announced to the host, which the app
    /// does not announce again; none when the app opens on another page.
    pub shown: Option<Page>,
    /// Whether the person has moved to another page since (the app then
    /// draws it as a page changed inside the app: its heading takes focus).
    pub moved_on: bool,
    /// Where the app opens when not where the address says: the start
    /// page, on which a control used is to be used again.
    pub at: Option<Location>,
}

/// The whole app. Everything it styles sits under `.psf-app`, and the
/// theme's custom properties are set there.
#[component]
pub fn App(
    /// Where and how applications are sent, and the storage prefix.
    config: Config,
    /// What makes this instance a widget; the standalone app when absent.
    #[prop(optional)]
    instance: Option<Instance>,
    /// What the start page drawn before the app hands over; absent when
    /// the app is the first thing drawn (a widget, a component test).
    #[prop(optional)]
    handover: Option<Handover>,
) -> impl IntoView {
    let instance = instance.unwrap_or_else(Instance::standalone);
    let hash_routing = instance.hash_routing;
    let programs = instance.programs;
    provide_context(instance.clone());
    let (opened, shown, moved_on, at) = match handover {
        Some(h) => (h.opened, h.shown, h.moved_on, h.at),
        None => (
            open_storage(&config.storage_prefix, programs),
            None,
            false,
            None,
        ),
    };
    let location = match at {
        Some(at) => at,
        None if hash_routing => current_location(programs),
        None => instance.start.clone(),
    };
    let app = AppState::new(config, programs, opened, location, clock::today());
    if moved_on {
        app.navigations.set(1);
    }
    provide_context(app);
    if !hash_routing {
        resume_in_widget(app, &instance);
    }
    app.offer_prefill(instance.prefill.clone());

    if hash_routing {
        // The hash is the route: Back, Forward and reload all land on the page
        // it names. Hashes that are not routes (in-page anchors) change nothing.
        let listener = window_event_listener_untyped("hashchange", move |_| {
            let hash = window().location().hash().unwrap_or_default();
            if let Some(location) = Location::parse(&hash, programs) {
                // The visit first: a step's errors belong to one visit.
                app.navigations.update(|n| *n += 1);
                app.location.set(location);
            }
        });
        on_cleanup(move || listener.remove());
    }
    // A widget's links (`href="#/…"`) are followed in memory, so the host's
    // hash and history stay the host's.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if !hash_routing {
            follow_in_memory(&ev, programs);
        }
    };
    let root = NodeRef::<html::Div>::new();
    provide_context(HostRoot(root));
    host_events::watch(app, shown);

    // All the steps of a program share one frame: a step change keeps the
    // layout and the eligibility panel (see `StepPage`).
    let page = Memo::new(move |_| match app.location.with(|l| l.page) {
        Page::Step(p, _) => Page::Step(p, 0),
        other => other,
    });
    let on_dismiss = Callback::new(move |notice| app.store.dismiss(notice));
    let storage_prefix = app.config.with_value(|c| c.storage_prefix.clone());
    if hash_routing {
        // The standalone page is the app's: its language is the page's.
        Effect::new(move |_| {
            let tag = language::spoken().tag();
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", tag);
            }
        });
    }
    view! {
        <div
            class="psf-app"
            node_ref=root
            on:click=on_click
            lang=move || language::spoken().tag()
        >
            <LanguageSwitcher storage_prefix=storage_prefix />
            // A change of language draws the page again in it; the answers
            // and the page live in the state, so nothing typed is lost.
            {move || {
                language::spoken();
                view! { <StorageNotices notices=app.store.notices on_dismiss=on_dismiss /> }
            }}
            {move || match (language::spoken(), page.get()).1 {
                Page::Start => view! { <StartPage /> }.into_any(),
                Page::NotFound => view! { <NotFoundPage /> }.into_any(),
                program_page => view! { <ProgramPage page=program_page /> }.into_any(),
            }}
        </div>
    }
}

/// A widget fixed to a program reopens where the person left off in it (the
/// step saved with the draft), as a reload of the standalone app does.
fn resume_in_widget(app: AppState, instance: &Instance) {
    let Some(program) = instance.program else {
        return;
    };
    if instance.start.page.program() != Some(program) {
        return;
    }
    let resume = app.program(program).resume.get_untracked();
    if let Some(resume) = resume.filter(|l| l.page.program() == Some(program)) {
        app.location.set(resume);
    }
}

/// Follows a click on one of the app's `#/…` links without touching the URL.
/// Clicks with a modifier key or another button keep the browser's meaning.
fn follow_in_memory(ev: &leptos::ev::MouseEvent, programs: &[&'static Program]) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return;
    }
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^='#/']").ok().flatten());
    let Some(href) = link.and_then(|a| a.get_attribute("href")) else {
        return;
    };
    if let Some(location) = Location::parse(&href, programs) {
        ev.prevent_default();
        navigate(&location);
    }
}
