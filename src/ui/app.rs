//! The root component: state, the router (the URL hash, or memory in a
//! widget) and the page switch.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::clock;
use super::components::storage_notices::StorageNotices;
use super::config::Config;
use super::draft::ProgramDraft;
use super::embed::Instance;
use super::fields::Program;
use super::host_events::{self, HostRoot};
use super::pages::check_answers::{CpCheckPage, MpCheckPage};
use super::pages::confirmation::ConfirmationPage;
use super::pages::cp_acknowledgements::CpAcknowledgementsPage;
use super::pages::cp_applicant::CpApplicantPage;
use super::pages::cp_event::CpEventPage;
use super::pages::mp_applicant::MpApplicantPage;
use super::pages::mp_group::MpGroupPage;
use super::pages::not_found::NotFoundPage;
use super::pages::preview::PreviewPage;
use super::pages::start::StartPage;
use super::prefill::Answers;
use super::route::{navigate, Location, Page};
use super::state::AppState;

fn current_location() -> Location {
    let hash = window().location().hash().unwrap_or_default();
    Location::parse(&hash).unwrap_or(Location::at(Page::Start))
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
) -> impl IntoView {
    let instance = instance.unwrap_or_else(Instance::standalone);
    let hash_routing = instance.hash_routing;
    provide_context(instance.clone());
    let location = if hash_routing {
        current_location()
    } else {
        instance.start.clone()
    };
    let app = AppState::new(config, location, clock::today());
    provide_context(app);
    if !hash_routing {
        resume_in_widget(app, &instance);
    }
    prefill(app, instance.prefill.clone());

    if hash_routing {
        // The hash is the route: Back, Forward and reload all land on the page
        // it names. Hashes that are not routes (in-page anchors) change nothing.
        let listener = window_event_listener_untyped("hashchange", move |_| {
            let hash = window().location().hash().unwrap_or_default();
            if let Some(location) = Location::parse(&hash) {
                app.location.set(location);
                app.navigations.update(|n| *n += 1);
            }
        });
        on_cleanup(move || listener.remove());
    }
    // A widget's links (`href="#/…"`) are followed in memory, so the host's
    // hash and history stay the host's.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if !hash_routing {
            follow_in_memory(&ev);
        }
    };
    let root = NodeRef::<html::Div>::new();
    provide_context(HostRoot(root));
    host_events::watch(app);

    let page = Memo::new(move |_| app.location.with(|l| l.page));
    let on_dismiss = Callback::new(move |notice| app.store.dismiss(notice));
    view! {
        <div class="psf-app" node_ref=root on:click=on_click>
            <StorageNotices notices=app.store.notices on_dismiss=on_dismiss />
            {move || match page.get() {
                Page::Start => view! { <StartPage /> }.into_any(),
                Page::Preview(program) => view! { <PreviewPage program=program /> }.into_any(),
                Page::CpApplicant => view! { <CpApplicantPage /> }.into_any(),
                Page::CpEvent => view! { <CpEventPage /> }.into_any(),
                Page::CpAcknowledgements => view! { <CpAcknowledgementsPage /> }.into_any(),
                Page::CpCheck => view! { <CpCheckPage /> }.into_any(),
                Page::CpConfirmation => {
                    view! { <ConfirmationPage program=Program::CommunityPartner /> }.into_any()
                }
                Page::MpApplicant => view! { <MpApplicantPage /> }.into_any(),
                Page::MpGroup => view! { <MpGroupPage /> }.into_any(),
                Page::MpCheck => view! { <MpCheckPage /> }.into_any(),
                Page::MpConfirmation => {
                    view! { <ConfirmationPage program=Program::MeetupPro /> }.into_any()
                }
                Page::NotFound => view! { <NotFoundPage /> }.into_any(),
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
    if !matches!(instance.start.page, p if p.program() == Some(program)) {
        return;
    }
    let resume = match program {
        Program::CommunityPartner => app.cp.resume.get_untracked(),
        Program::MeetupPro => app.mp.resume.get_untracked(),
    };
    if let Some(resume) = resume.filter(|l| l.page.program() == Some(program)) {
        app.location.set(resume);
    }
}

/// The host's known answers go into the questions still empty (see
/// `prefill`), in an application and its eligibility preview, once the
/// person is on one of its pages: the page the app opens on at once (so
/// that alone saves nothing), another program when they go there.
fn prefill(app: AppState, sources: Vec<Answers>) {
    fn into<D: ProgramDraft>(draft: RwSignal<D>, sources: &[Answers]) {
        let mut value = draft.get_untracked();
        let filled: usize = sources
            .iter()
            .map(|answers| super::prefill::fill(&mut value, answers))
            .sum();
        if filled > 0 {
            draft.set(value);
        }
    }
    if sources.iter().all(Answers::is_empty) {
        return;
    }
    let sources = StoredValue::new(sources);
    let done = StoredValue::new(Vec::<Program>::new());
    let fill_for = move |page: Page| {
        let Some(program) = page.program().or(match page {
            Page::Preview(p) => Some(p),
            _ => None,
        }) else {
            return;
        };
        if done.with_value(|d| d.contains(&program)) {
            return;
        }
        done.update_value(|d| d.push(program));
        sources.with_value(|sources| match program {
            Program::CommunityPartner => {
                into(app.cp.draft, sources);
                into(app.cp.preview, sources);
            }
            Program::MeetupPro => {
                into(app.mp.draft, sources);
                into(app.mp.preview, sources);
            }
        });
    };
    fill_for(app.location.with_untracked(|l| l.page));
    Effect::new(move |_| fill_for(app.location.with(|l| l.page)));
}

/// Follows a click on one of the app's `#/…` links without touching the URL.
/// Clicks with a modifier key or another button keep the browser's meaning.
fn follow_in_memory(ev: &leptos::ev::MouseEvent) {
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
    if let Some(location) = Location::parse(&href) {
        ev.prevent_default();
        navigate(&location);
    }
}
