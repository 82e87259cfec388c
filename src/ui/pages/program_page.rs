//! The pages of a program (its preview, steps, check your answers and
//! confirmation), drawn from a module of their own in a release build.
//!
//! Why: they are two fifths of the wasm, and a person on the start page needs
//! none of them. With the `split` feature (which `index.html` turns on for
//! Trunk), `wasm-split-cli` moves everything only these pages reach into
//! `psf-apply_program_pages-<hash>.wasm` (`scripts/bin/wasm-bindgen`), fetched
//! in the background once the start page has been shown a moment, or when a
//! program page is opened first. Without the feature (component tests, the
//! rules alone) the same function is called directly and nothing is fetched.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::check_answers::CheckPage;
use super::confirmation::ConfirmationPage;
use super::not_found::NotFoundPage;
use super::preview::PreviewPage;
use super::step::StepPage;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::host_events;
use crate::ui::i18n::tr;
use crate::ui::route::Page;
use crate::ui::state::use_app;

/// The view of a program page. The split point: on the `split` build its
/// body lives in the other module, and calling it first loads that module.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        program_pages,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_program_pages),
        fallible
    )
)]
fn program_page_view(page: Page) -> Result<AnyView, SplitLoaderError> {
    if let Some(opened) = page
        .program_or_preview()
        .and_then(|p| use_app().open_program(p))
    {
        host_events::watch_program(opened);
    }
    Ok(match page {
        Page::Preview(p) => view! { <PreviewPage program=p /> }.into_any(),
        Page::Step(p, _) => view! { <StepPage program=p /> }.into_any(),
        Page::Check(p) => view! { <CheckPage program=p /> }.into_any(),
        Page::Confirmation(p) => view! { <ConfirmationPage program=p /> }.into_any(),
        Page::Start | Page::NotFound => view! { <NotFoundPage /> }.into_any(),
    })
}

#[cfg(feature = "split")]
async fn load(page: Page) -> Result<AnyView, SplitLoaderError> {
    program_page_view(page).await
}

#[cfg(not(feature = "split"))]
async fn load(page: Page) -> Result<AnyView, SplitLoaderError> {
    program_page_view(page)
}

/// How long the start page is shown before the program pages' module is
/// fetched in the background: after the start page's own work, and before
/// most people have read it and chosen (on a slow network the module then
/// takes no wait after "Start").
#[cfg(feature = "split")]
const PREFETCH_AFTER_MS: u64 = 1500;

/// Fetches the program pages' module in the background, once the start page
/// has been shown a moment. A failure is forgotten: opening a program page
/// fetches it again, and says so if that fails too. Armed once per page
/// load: the start page is drawn again on every visit and language switch.
pub fn prefetch_program_pages() {
    #[cfg(feature = "split")]
    {
        thread_local! {
            static ARMED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        }
        if ARMED.replace(true) {
            return;
        }
        set_timeout(
            || {
                leptos::task::spawn_local(async {
                    let _ = preload_program_pages().await;
                })
            },
            std::time::Duration::from_millis(PREFETCH_AFTER_MS),
        );
    }
}

/// A program page. Once its module is loaded (or on a build without the
/// split) it is drawn at once, in the same frame; the first time, it appears
/// when the module arrives, with "Loading…" shown if that takes a while. If
/// the module cannot be fetched (the network dropped), the person is told so
/// and can try again: the answers live in the app's state and the browser's
/// storage, so nothing typed is lost.
#[component]
pub fn ProgramPage(
    /// The page to draw: a preview, a step, check your answers or a confirmation.
    page: Page,
) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    // Shown by the style sheet while the box is empty (`.psf-program-page`),
    // after a moment, so a module that arrives at once flashes nothing. Not
    // `<Suspense>`: its fallback costs 2.5 KB of the first load.
    let loading = tr!("load-loading", "Loading…");
    let content = move || {
        let this = attempt.get();
        let view = Suspend::new(async move {
            match load(page).await {
                Ok(view) => view,
                Err(_) => {
                    view! { <LoadFailed on_retry=move || attempt.set(this + 1) /> }.into_any()
                }
            }
        });
        // Each attempt in the other branch, so that it is drawn afresh (empty,
        // then "Loading…", then a new alert that is announced again) rather
        // than patched into the last failure.
        if this.is_multiple_of(2) {
            Either::Left(view)
        } else {
            Either::Right(view)
        }
    };
    view! { <div class="psf-program-page" data-loading=loading>{content}</div> }
}

/// What a person sees when a program page's module could not be fetched.
#[component]
fn LoadFailed(
    /// Asks for the module again.
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    let heading = tr!("load-failed-heading", "This page could not be loaded");
    let body = tr!(
        "load-failed-body",
        "Check your internet connection, then try again. Your answers are still here.",
    );
    let retry = tr!("load-failed-retry", "Try again");
    view! {
        <div class="psf-page" role="alert">
            <PageHeading text=heading />
            <p class="psf-body">{body}</p>
            <button type="button" class="psf-button" on:click=move |_| on_retry()>
                {retry}
            </button>
        </div>
    }
}
