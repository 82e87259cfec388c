use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;

use crate::rules::program::Program;
use crate::ui::ids::dom_id;
use crate::ui::messages;

/// For a returning person: an application in progress, with "Continue where
/// you left off" and "Start again".
#[component]
pub fn DraftNotice(
    program: &'static Program,
    /// When it was last saved, if known.
    #[prop(into)]
    saved_at: Signal<Option<DateTime<FixedOffset>>>,
    /// "Continue where you left off": go to the step last seen.
    on_continue: Callback<()>,
    /// "Start again": forget the saved answers.
    on_start_again: Callback<()>,
) -> impl IntoView {
    let title_id = dom_id(&format!("psf-draft-{}-title", program.slug));
    view! {
        <div class="psf-notification" role="region" aria-labelledby=title_id.clone()>
            <h2 class="psf-notification__title" id=title_id.clone()>
                {messages::draft_in_progress(program)}
            </h2>
            <p class="psf-notification__text">
                {move || messages::draft_saved(saved_at.get())}
            </p>
            <div class="psf-button-group">
                <button type="button" class="psf-button" on:click=move |_| on_continue.run(())>
                    "Continue where you left off"
                    <span class="psf-visually-hidden">
                        {format!(" with your {} application", messages::program_name(program))}
                    </span>
                </button>
                <button
                    type="button"
                    class="psf-button psf-button--secondary"
                    on:click=move |_| on_start_again.run(())
                >
                    "Start again"
                    <span class="psf-visually-hidden">
                        {format!(" (deletes your saved {} answers)", messages::program_name(program))}
                    </span>
                </button>
            </div>
        </div>
    }
}
