use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;

use crate::rules::program::Program;
use crate::ui::i18n::{tr, trf};
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
    let name = messages::program_name(program);
    // The visible words, then the hidden rest of the button's name.
    let resume = tr!("draft-notice-continue", "Continue where you left off");
    let resume_rest = trf!(
        "draft-notice-continue-hidden",
        "with your { $program } application",
        &[("program", name.into())],
    );
    let restart = tr!("draft-notice-start-again", "Start again");
    let restart_rest = trf!(
        "draft-notice-start-again-hidden",
        "(deletes your saved { $program } answers)",
        &[("program", name.into())],
    );
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
                    {resume}
                    <span class="psf-visually-hidden">" " {resume_rest}</span>
                </button>
                <button
                    type="button"
                    class="psf-button psf-button--secondary"
                    on:click=move |_| on_start_again.run(())
                >
                    {restart}
                    <span class="psf-visually-hidden">" " {restart_rest}</span>
                </button>
            </div>
        </div>
    }
}
