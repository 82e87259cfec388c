//! The root component: state, the hash router and the page switch.

use leptos::prelude::*;

use super::clock;
use super::components::storage_notices::StorageNotices;
use super::config::Config;
use super::fields::Program;
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
use super::route::{Location, Page};
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
) -> impl IntoView {
    let app = AppState::new(config, current_location(), clock::today());
    provide_context(app);

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

    let page = Memo::new(move |_| app.location.with(|l| l.page));
    let on_dismiss = Callback::new(move |notice| app.store.dismiss(notice));
    view! {
        <div class="psf-app">
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
