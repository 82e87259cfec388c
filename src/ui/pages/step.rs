//! The one step page: any step of any program, drawn from its definition.
//! Sections with their headings, the questions in page order (which is the
//! error summary's order), Back and Continue; nothing here names a program
//! or a question.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::rules::program::Program;
use crate::ui::components::question::QuestionField;
use crate::ui::route::Page;
use crate::ui::state::use_app;
use crate::ui::validation::step_problems;
use crate::ui::words;

use super::{continue_from, ContinueButton, QuestionPage, StepErrors};

/// Step `index` of `program`.
#[component]
pub fn StepPage(program: &'static Program, index: usize) -> impl IntoView {
    let app = use_app();
    let state = app.program(program);
    let today = app.today;
    let page = Page::Step(program, index);
    let Some(step) = program.steps.get(index) else {
        return ().into_any();
    };
    let draft = state.draft;
    let parsed = state.parsed;
    let errors = StepErrors::new(move || {
        draft.with(|d| parsed.with(|p| step_problems(program, step, d, p)))
    });
    let messages = errors.messages();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if errors.continue_pressed() {
            continue_from(page, program);
        }
    };
    let words = words::of(program);
    let sections = step
        .sections
        .iter()
        .map(|section| {
            let heading = section
                .heading
                .map(|key| view! { <h2 class="psf-heading-m">{words.section(key)}</h2> });
            let questions = section
                .questions
                .iter()
                .copied()
                // A revealed question is drawn inside the option that shows it.
                .filter(|q| q.revealed_by.is_none())
                .map(|q| view! { <QuestionField program=program question=q draft=draft messages=messages today=today /> })
                .collect_view();
            view! { {heading} {questions} }
        })
        .collect_view();
    view! {
        <QuestionPage page=page evaluation=state.evaluation errors=errors>
            <form class="psf-form" novalidate on:submit=on_submit>
                {sections}
                <ContinueButton />
            </form>
        </QuestionPage>
    }
    .into_any()
}
