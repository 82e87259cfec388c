//! The start page: every program on offer in a few lines (what you get, who
//! qualifies, when to apply), a start button and an eligibility check for
//! each, and the offer to continue a saved application. The programs and
//! their facts come from the definitions and their words.

use leptos::prelude::*;

use crate::ui::page_memo::page_memo;

use super::use_plain_title;
use crate::rules::program::Program;
use crate::ui::components::continue_from_file::ContinueFromFile;
use crate::ui::components::draft_notice::DraftNotice;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::i18n::tr;
use crate::ui::ids::dom_id;
use crate::ui::messages;
use crate::ui::route::{Location, Page};
use crate::ui::state::{navigate, use_app};
use crate::ui::words;

#[component]
pub fn StartPage() -> impl IntoView {
    use_plain_title(messages::start_heading());
    let check_first = tr!("start-check-eligibility-link", "Check eligibility first");
    let lead = tr!(
        "start-lead",
        "The Python Software Foundation supports Python communities around the world. Choose the program that fits what you run.",
    );
    let saved = tr!(
        "start-saved-note",
        "Your answers are saved in this browser as you go, so you can come back later. Nothing is sent to the PSF until you submit.",
    );
    let programs = use_app().programs;
    let resumes = programs
        .iter()
        .map(|&p| view! { <Resume program=p /> })
        .collect_view();
    let cards = programs
        .iter()
        .map(|&program| {
            let w = words::card(program);
            let id = dom_id(&format!("psf-program-{}", w.card_id));
            let facts = w
                .facts
                .iter()
                .map(|f| {
                    view! {
                        <div class="psf-facts__row">
                            <dt>{f.term}</dt>
                            <dd>{(f.detail)()}</dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="psf-program" aria-labelledby=id.clone()>
                    <h2 class="psf-heading-l" id=id.clone()>{w.name}</h2>
                    <dl class="psf-facts">{facts}</dl>
                    <div class="psf-button-group">
                        <a class="psf-button psf-button--start" href=Page::Step(program, 0).href()>
                            {w.start_button}
                        </a>
                        <a class="psf-link" href=Page::Preview(program).href()>
                            {check_first}
                            <span class="psf-visually-hidden">{w.preview_link_hidden}</span>
                        </a>
                    </div>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="psf-page">
            <PageHeading text=messages::start_heading() />
            <p class="psf-lead">{lead}</p>
            {resumes}
            <div class="psf-programs">{cards}</div>
            <ContinueFromFile heading_id="psf-continue-file" />
            <p class="psf-body psf-secondary-text">{saved}</p>
        </div>
    }
}

/// The resume offer for one program, when it has answers in progress.
#[component]
fn Resume(program: &'static Program) -> impl IntoView {
    let app = use_app();
    let state = app.program(program);
    let first = Page::Step(program, 0);
    let on_continue = Callback::new(move |_| {
        navigate(&state.resume.get_untracked().unwrap_or(Location::at(first)));
    });
    let on_start_again = Callback::new(move |_| {
        state.discard(app.store);
        navigate(&Location::at(first));
    });
    // `Show`'s own memo would stay subscribed to the draft until its next change.
    let has_draft = page_memo(move |_| app.has_draft(program));
    view! {
        <Show when=move || has_draft.get()>
            <DraftNotice
                program=program
                saved_at=state.saved_at
                on_continue=on_continue
                on_start_again=on_start_again
            />
        </Show>
    }
}
