//! The pages of a program (its preview, steps, check your answers and
//! confirmation). They live, with the rest of the app, in the module the
//! start page fetches when the person moves on (`ui::entry`).

use leptos::prelude::*;

use super::check_answers::CheckPage;
use super::confirmation::ConfirmationPage;
use super::not_found::NotFoundPage;
use super::preview::PreviewPage;
use super::step::StepPage;
use crate::ui::host_events;
use crate::ui::route::Page;
use crate::ui::state::use_app;

/// The view of a program page; the first page of a program arms what only
/// its pages need (`AppState::open_program`).
fn program_page_view(page: Page) -> AnyView {
    if let Some(opened) = page
        .program_or_preview()
        .and_then(|p| use_app().open_program(p))
    {
        host_events::watch_program(opened);
    }
    match page {
        Page::Preview(p) => view! { <PreviewPage program=p /> }.into_any(),
        Page::Step(p, _) => view! { <StepPage program=p /> }.into_any(),
        Page::Check(p) => view! { <CheckPage program=p /> }.into_any(),
        Page::Confirmation(p) => view! { <ConfirmationPage program=p /> }.into_any(),
        Page::Start | Page::NotFound => view! { <NotFoundPage /> }.into_any(),
    }
}

/// A program page, in the box in which the start page drawn by hand
/// (`ui::shell`) shows "Loading…" while the app's module arrives.
#[component]
pub fn ProgramPage(
    /// The page to draw: a preview, a step, check your answers or a confirmation.
    page: Page,
) -> impl IntoView {
    view! { <div class="psf-program-page">{program_page_view(page)}</div> }
}
