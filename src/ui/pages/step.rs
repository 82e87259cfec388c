//! The one step page: every step of any program, drawn from its definition.
//! Sections with their headings, the questions in page order (which is the
//! error summary's order), Back and Continue; nothing here names a program
//! or a question.
//!
//! It is the frame of all of a program's steps: moving from one step to the
//! next rebuilds the step's own part (Back, the step indicator, the
//! heading, the form) and keeps what stays on screen, the layout, the error
//! summary and the eligibility panel, which only follow their signals.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::rules::program::Program;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::continue_from_file::ContinueFromFile;
use crate::ui::components::eligibility_panel::EligibilityPanel;
use crate::ui::components::error_summary::ErrorSummary;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::components::question::questions_view;
use crate::ui::components::save_to_file::SaveToFile;
use crate::ui::components::step_indicator::StepIndicator;
use crate::ui::instance::Instance;
use crate::ui::messages;
use crate::ui::page_memo::page_memo;
use crate::ui::route::Page;
use crate::ui::state::use_app;
use crate::ui::validation::step_problems;
use crate::ui::words;

use super::{continue_from, use_title, ContinueButton, StepErrors};

/// The steps of `program`; which one shows is the app's location.
#[component]
pub fn StepPage(program: &'static Program) -> impl IntoView {
    let app = use_app();
    let state = app.program(program);
    // Made here, in the page's body, rather than first inside a memo.
    let derived = state.derived();
    let page = page_memo(move |_| match app.location.with(|l| l.page) {
        Page::Step(p, i) if p == program => Page::Step(p, i),
        _ => Page::Step(program, 0),
    });
    let (draft, parsed) = (state.draft, derived.parsed);
    let errors = StepErrors::new(page, move |page| {
        let Page::Step(_, i) = page else {
            return Vec::new();
        };
        let Some(step) = program.steps.get(i) else {
            return Vec::new();
        };
        draft.with(|d| parsed.with(|p| step_problems(program, step, d, p)))
    });
    use_title(page, errors.has_errors());
    let top = move || {
        let page = page.get();
        // Back returns to check your answers when the person came from there.
        let back_href = if app.location.with_untracked(|l| l.return_to_check) {
            Page::Check(program).href()
        } else {
            page.previous().href()
        };
        view! {
            <BackLink href=back_href />
            <StepIndicator program=program current=page />
        }
    };
    let heading = move || {
        view! {
            <PageHeading
                text=messages::page_heading(page.get())
                caption=messages::application_name(program)
            />
        }
    };
    let form = move || {
        let Page::Step(_, index) = page.get() else {
            return ().into_any();
        };
        step_form(program, index, errors).into_any()
    };
    view! {
        <div class="psf-page">
            {top}
            <ErrorSummary problems=errors.shown() focus_request=errors.focus_request() />
            {heading}
            <div class="psf-layout">
                <div class="psf-layout__aside">
                    <EligibilityPanel evaluation=derived.evaluation />
                </div>
                <div class="psf-layout__main">{form}</div>
            </div>
        </div>
    }
}

/// The form of step `index`: its sections and questions, and Continue.
fn step_form(program: &'static Program, index: usize, errors: StepErrors) -> impl IntoView {
    let app = use_app();
    let messages = errors.messages();
    let (draft, today) = (app.program(program).draft, app.today);
    let page = Page::Step(program, index);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if errors.continue_pressed() {
            continue_from(page, program);
        }
    };
    let words = words::of(program);
    let sections = program.steps.get(index).map(|step| {
        step.sections
            .iter()
            .map(|section| {
                let heading = section
                    .heading
                    .map(|key| view! { <h2 class="psf-heading-m">{words.section(key)}</h2> });
                let questions = questions_view(program, section.questions, draft, messages, today);
                view! { {heading} {questions} }
            })
            .collect_view()
    });
    // Where a widget is fixed to one program its first step is its start
    // page, so a saved file is taken up there.
    let fixed = use_context::<Instance>().is_some_and(|i| i.program.is_some());
    let from_file = (fixed && index == 0)
        .then(|| view! { <ContinueFromFile heading_id="psf-continue-file" /> });
    view! {
        <form class="psf-form" novalidate on:submit=on_submit>
            {sections}
            <ContinueButton />
        </form>
        <SaveToFile program=program />
        {from_file}
    }
}
